using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Reads what a whole message needs from the SIS at once and answers its submissions' lookups from that
/// (<see cref="NamedQueryStudentLookup"/>; tests use a fake): one request per message instead of one per record.
/// </summary>
internal interface IMessageStudentLookup
{
    /// <summary>
    /// The lookup for one message's planning: <paramref name="keys"/> are the keys its new submissions will be matched by
    /// (claimed first), <paramref name="knownDcids"/> the students its corrected submissions are known to be about, and
    /// <paramref name="writtenPaths"/> the SIS fields the message's mapping writes (a matched student must carry them all,
    /// as the "before" of an UPDATE). Keys or DCIDs not given here are looked up per record when asked.
    /// </summary>
    Task<IStudentLookup> ForMessageAsync(
        IReadOnlyCollection<StudentMatchKeys> keys,
        IReadOnlyCollection<long> knownDcids,
        IReadOnlyCollection<string> writtenPaths,
        CancellationToken cancellationToken);
}
