using System.Collections.Concurrent;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students.Fakes;

/// <summary>The SIS's answers to student lookups, as a test sets them (default: nobody matches by name); records what was asked.</summary>
internal sealed class FakeStudentLookup : IStudentLookup
{
    private readonly ConcurrentQueue<StudentMatchKeys> _asked = new();

    public Func<StudentMatchKeys, Task<StudentMatch?>> Answer { get; set; } = _ => Finds(MatchRule.NameAndBirthDate);

    public IReadOnlyCollection<StudentMatchKeys> Asked => _asked;

    public static Task<StudentMatch?> Finds(MatchRule rule, params long[] dcids) => Task.FromResult<StudentMatch?>(new StudentMatch(rule, dcids));

    public Task<StudentMatch?> FindAsync(StudentMatchKeys keys, CancellationToken cancellationToken = default)
    {
        _asked.Enqueue(keys);
        return Answer(keys);
    }
}
