namespace PsFunctions.Hosting.Console;

/// <summary>One action taken from the console: who, when, what (replay, requeue), on which id, and what came of it.</summary>
public sealed record ConsoleAction(DateTimeOffset At, string Who, string Action, string Target, string Outcome);
