using System.Collections.Concurrent;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students.Fakes;

/// <summary>
/// The SIS's answers to student lookups, as a test sets them (default: nobody matches by name); records what was asked.
/// As a message's lookup it answers every record itself (what was asked per message is in <see cref="MessageReads"/>).
/// </summary>
internal sealed class FakeStudentLookup : IStudentLookup, IMessageStudentLookup
{
    private readonly ConcurrentQueue<StudentMatchKeys> _asked = new();

    public Func<StudentMatchKeys, Task<StudentMatch?>> Answer { get; set; } = _ => Finds(MatchRule.NameAndBirthDate);

    public IReadOnlyCollection<StudentMatchKeys> Asked => _asked;

    /// <summary>The DCIDs the SIS still holds, for lookups by DCID (default: every DCID exists).</summary>
    public Func<long, bool> DcidExists { get; set; } = _ => true;

    /// <summary>The DCIDs asked for by <see cref="FindExistingAsync"/>.</summary>
    public ConcurrentQueue<long> AskedDcids { get; } = new();

    /// <summary>The keys and known DCIDs each message's read was given, in order.</summary>
    public ConcurrentQueue<(IReadOnlyCollection<StudentMatchKeys> Keys, IReadOnlyCollection<long> KnownDcids)> MessageReads { get; } = new();

    public Task<IStudentLookup> ForMessageAsync(
        IReadOnlyCollection<StudentMatchKeys> keys, IReadOnlyCollection<long> knownDcids, IReadOnlyCollection<string> writtenPaths, CancellationToken cancellationToken)
    {
        MessageReads.Enqueue((keys, knownDcids));
        return Task.FromResult<IStudentLookup>(this);
    }

    public static Task<StudentMatch?> Finds(MatchRule rule, params long[] dcids) => Task.FromResult<StudentMatch?>(new StudentMatch(rule, dcids));

    public Task<StudentMatch?> FindAsync(StudentMatchKeys keys, CancellationToken cancellationToken = default)
    {
        _asked.Enqueue(keys);
        return Answer(keys);
    }

    public Task<StudentMatch> FindExistingAsync(long? dcid, string? studentNumber, string? stateId, CancellationToken cancellationToken = default)
    {
        var id = dcid ?? throw new ArgumentNullException(nameof(dcid));
        AskedDcids.Enqueue(id);
        return Task.FromResult(new StudentMatch(MatchRule.Dcid, DcidExists(id) ? [id] : []));
    }
}
