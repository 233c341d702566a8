namespace PsFunctions.Sync.Operators;

/// <summary>
/// One action a member of staff took from the operations console: when, who (their sign-in name), what (e.g.
/// <c>replay</c>, <c>requeue</c>), on which id (a submission id, a queue name: never a value), whether it was carried
/// out, and the sentence saying what came of it (ids only).
/// </summary>
public sealed record OperatorAction(DateTimeOffset At, string Who, string Action, string Target, bool Done, string Outcome);
