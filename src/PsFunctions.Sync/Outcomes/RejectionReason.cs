namespace PsFunctions.Sync.Outcomes;

/// <summary>Why a record was refused: the field, what is wrong with its value, and the rule it breaks.</summary>
public sealed record RejectionReason(string Field, string Problem, string Rule);
