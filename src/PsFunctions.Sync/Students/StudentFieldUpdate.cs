namespace PsFunctions.Sync.Students;

/// <summary>
/// New values for SIS fields of one existing student (paths as in <see cref="PowerSchool.Client.Sis.Students.SisStudentFields"/>),
/// identified by DCID, student number or state id, from a command (<paramref name="CommandId"/>, its
/// <paramref name="Source"/> and <paramref name="DeliveryId"/>). Holds student data: never log it.
/// </summary>
public sealed record StudentFieldUpdate(
    string CommandId,
    string Source,
    string DeliveryId,
    long? Dcid,
    string? StudentNumber,
    string? StateId,
    IReadOnlyDictionary<string, string> Fields);
