namespace PowerSchool.Client.Sis.DataVersions;

/// <summary>
/// Rows a data-versioned PowerQuery reports as changed since a version, and the version to ask from next
/// time. Store <see cref="NewVersion"/> only after the rows are handled.
/// </summary>
public sealed record DataVersionChanges(IReadOnlyList<SisRecord> Rows, long SinceVersion, long NewVersion);
