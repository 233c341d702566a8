using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students.Fakes;

/// <summary>
/// The real message lookup, except that the first answer of one kind (a new student's <c>FindAsync</c>, or a known
/// student's <c>FindExistingAsync</c>) is held until the test resumes it: the handling stops between its read
/// and its POST, where another instance can act. Later lookups pass.
/// </summary>
internal sealed class PausingLookup(IMessageStudentLookup messages, PausingLookup.Gate gate, bool pauseKnownStudents = false) : IMessageStudentLookup
{
    public async Task<IStudentLookup> ForMessageAsync(
        IReadOnlyCollection<StudentMatchKeys> keys, IReadOnlyCollection<long> knownDcids, IReadOnlyCollection<string> writtenPaths, CancellationToken cancellationToken) =>
        new Pausing(await messages.ForMessageAsync(keys, knownDcids, writtenPaths, cancellationToken), gate, pauseKnownStudents);

    private sealed class Pausing(IStudentLookup inner, Gate gate, bool pauseKnownStudents) : IStudentLookup
    {
        public async Task<StudentMatch?> FindAsync(StudentMatchKeys keys, CancellationToken cancellationToken = default)
        {
            var match = await inner.FindAsync(keys, cancellationToken);
            if (!pauseKnownStudents)
            {
                await gate.PassAsync();
            }

            return match;
        }

        public async Task<StudentMatch> FindExistingAsync(long? dcid, string? studentNumber, string? stateId, CancellationToken cancellationToken = default)
        {
            var match = await inner.FindExistingAsync(dcid, studentNumber, stateId, cancellationToken);
            if (pauseKnownStudents)
            {
                await gate.PassAsync();
            }

            return match;
        }
    }

    /// <summary>Where the first lookup waits; <see cref="Reached"/> tells the test it is there.</summary>
    internal sealed class Gate
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _passes;

        public Task Reached => _reached.Task;

        public void Resume() => _resumed.TrySetResult();

        public Task PassAsync()
        {
            if (Interlocked.Increment(ref _passes) > 1)
            {
                return Task.CompletedTask;
            }

            _reached.TrySetResult();
            return _resumed.Task;
        }
    }
}
