namespace PsFunctions.Sync.Outcomes;

/// <summary>How a person closed an <see cref="AttentionItem"/>: when, who (the signed-in name, or the OS user of <c>ops</c>), and their note.</summary>
public sealed record AttentionResolution(DateTimeOffset ResolvedAt, string ResolvedBy, string Note);
