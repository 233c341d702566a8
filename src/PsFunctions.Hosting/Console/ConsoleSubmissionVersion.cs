namespace PsFunctions.Hosting.Console;

/// <summary>One delivered version of a submission, as the upsert ledger keeps it.</summary>
public sealed record ConsoleSubmissionVersion(
    string? DeliveryTargetId, string? BatchId, string State, string? Action, long? Dcid, DateTimeOffset? DeliveredAt, DateTimeOffset UpdatedAt);
