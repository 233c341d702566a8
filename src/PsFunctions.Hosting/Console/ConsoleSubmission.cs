namespace PsFunctions.Hosting.Console;

/// <summary>
/// A submission's history for the console: each delivered version (the batch it came in, what was applied to which DCID),
/// its current rejection if one waits, and its mirrored documents (links through the console, never a SAS URL).
/// </summary>
public sealed record ConsoleSubmission(
    string SubmissionId,
    IReadOnlyList<ConsoleSubmissionVersion> Versions,
    ConsoleRejection? Rejection,
    IReadOnlyList<ConsoleDocument> Documents);
