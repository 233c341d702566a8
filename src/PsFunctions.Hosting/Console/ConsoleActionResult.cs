namespace PsFunctions.Hosting.Console;

/// <summary>What a console action did, for the page to show: whether it was carried out, and a sentence saying what happened.</summary>
public sealed record ConsoleActionResult(bool Done, string Message);
