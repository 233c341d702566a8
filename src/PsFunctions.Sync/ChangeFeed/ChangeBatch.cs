using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.ChangeFeed;

/// <summary>
/// Collects the outcome of comparing a batch of students with their snapshots, then writes it in the one
/// order that loses nothing: publish the events first, then save (or delete) the snapshots. A crash between
/// the two leaves the old snapshots, so the next poll finds the same changes and re-publishes the same ids.
/// A snapshot hashed under another key (or before keyed hashes) cannot tell whether its student changed: it is
/// saved again under the current key without an event (<see cref="Rehashed"/>).
/// </summary>
internal sealed class ChangeBatch(IEventPublisher publisher, ISnapshotStore snapshots, StudentEvents events, TimeProvider timeProvider, bool quiet)
{
    private readonly List<IntegrationEvent> _events = [];
    private readonly List<StudentSnapshot> _saves = [];
    private readonly List<long> _deletes = [];

    public int Read { get; private set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Removed { get; private set; }

    /// <summary>Snapshots saved again under the current hash key, without an event.</summary>
    public int Rehashed { get; private set; }

    public int Published { get; private set; }

    /// <summary>Snapshot writes waiting for <see cref="FlushAsync"/> (each may carry an event).</summary>
    public int Pending => _saves.Count + _deletes.Count;

    /// <summary>Compares a student PowerSchool returned with its stored snapshot (null when there is none).</summary>
    public void Seen(long dcid, StudentFingerprint current, string? previousStored)
    {
        Read++;
        var formatted = current.Format();
        if (string.Equals(formatted, previousStored, StringComparison.Ordinal))
        {
            return;
        }

        var previous = StudentFingerprint.Parse(previousStored);
        if (previous is null)
        {
            Created++;
            Add(events.Created(dcid, current));
        }
        else if (!string.Equals(previous.HashKeyId, current.HashKeyId, StringComparison.Ordinal))
        {
            Rehashed++;
        }
        else if (!string.Equals(previous.RecordHash, current.RecordHash, StringComparison.Ordinal)
                 && current.ChangedFieldsSince(previous) is { Count: > 0 } changed)
        {
            Updated++;
            Add(events.Updated(dcid, previous, current, changed));
        }

        _saves.Add(new StudentSnapshot(dcid, formatted, timeProvider.GetUtcNow()));
    }

    /// <summary>A student with a snapshot that PowerSchool no longer has.</summary>
    public void Gone(long dcid, string previousStored)
    {
        Removed++;
        Add(events.Removed(dcid, StudentFingerprint.Parse(previousStored), previousStored));
        _deletes.Add(dcid);
    }

    /// <summary>Publishes the collected events, then saves and deletes the snapshots.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_events.Count > 0)
        {
            await publisher.PublishAsync(_events.ToList(), cancellationToken).ConfigureAwait(false);
            Published += _events.Count;
            _events.Clear();
        }

        if (_saves.Count > 0)
        {
            await snapshots.SaveAsync(_saves.ToList(), cancellationToken).ConfigureAwait(false);
            _saves.Clear();
        }

        if (_deletes.Count > 0)
        {
            await snapshots.DeleteAsync(_deletes.ToList(), cancellationToken).ConfigureAwait(false);
            _deletes.Clear();
        }
    }

    public ChangeFeedResult ToResult(ChangeFeedMode mode, long dataVersion) =>
        new(mode, dataVersion, Read, Created, Updated, Removed, Published, Rehashed);

    private void Add(IntegrationEvent change)
    {
        if (!quiet)
        {
            _events.Add(change);
        }
    }
}
