namespace PsFunctions.Hosting.Console;

/// <summary>The member of staff a console request is from: a name to record with their actions (never a student's).</summary>
public sealed record ConsolePrincipal(string Name);
