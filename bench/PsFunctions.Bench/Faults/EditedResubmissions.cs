using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using PsFunctions.Azure.Storage;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Bench.Harness;
using PsFunctions.Sync.Students;
using PsFunctions.Testing;

namespace PsFunctions.Bench.Faults;

/// <summary>
/// Corrected resubmissions during the fault campaign: a share of the submissions (chosen by the seed) is edited in the
/// simulator (a new street, as when staff return a form and approve the correction): half as soon as a batch delivered them,
/// half once their first version is applied, so Enrollment delivers them again in a later batch while faults and kills go on. <see cref="AuditAsync"/> then checks that
/// each edited one ends with its last street in the SIS.
/// </summary>
internal sealed class EditedResubmissions
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private readonly BenchEnvironment _env;
    private readonly TableUpsertLedger _ledger;
    private readonly Dictionary<long, string> _lastStreet = [];
    private readonly List<long> _chosen;
    private readonly List<string> _staleSample = [];
    private readonly List<string> _notEdited = [];
    private volatile bool _stopWaiting;

    public EditedResubmissions(BenchEnvironment env, IReadOnlyList<SubmissionInfo> submissions, double share, int seed)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(submissions);
        _env = env;
        _ledger = new TableUpsertLedger(new TableClient(env.StorageConnectionString, StorageNames.UpsertLedgerTable));
        var random = new Random(seed);
        _chosen = [.. submissions.Where(_ => random.NextDouble() < share).Select(submission => submission.Id)];
    }

    public int Chosen => _chosen.Count;

    /// <summary>When the last edit was made (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), or null while edits are still to come.</summary>
    public long? CompletedAt { get; private set; }

    /// <summary>Chosen submissions never edited because they were never applied (their message dead-lettered), with their ledger state.</summary>
    public IReadOnlyList<string> NotEdited => _notEdited;

    /// <summary>
    /// The runner drained every queue: a chosen submission not applied by now never will be (its message was dead-lettered
    /// for a person), so <see cref="RunAsync"/> stops waiting for it and lists it in <see cref="NotEdited"/>.
    /// </summary>
    public void StopWaiting() => _stopWaiting = true;

    /// <summary>After <see cref="AuditAsync"/>: up to 20 edited submissions that do not end with their last content, with their ledger state (ids only).</summary>
    public IReadOnlyList<string> StaleSample => _staleSample;

    /// <summary>
    /// Edits each chosen submission once: every other one as soon as a batch delivered it (its first version is then still
    /// in flight, so an old message may come after the correction), the rest once the first version is applied. Returns when
    /// all are edited (or on cancellation).
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var waiting = new List<long>(_chosen);
        var lastEdit = System.Diagnostics.Stopwatch.GetTimestamp();
        while (waiting.Count > 0)
        {
            if (_stopWaiting)
            {
                await ListNotEditedAsync(waiting, cancellationToken);
                break;
            }

            var delivered = await DeliveredAsync(cancellationToken);
            foreach (var id in waiting.ToList())
            {
                var text = id.ToString(CultureInfo.InvariantCulture);
                var state = (await _ledger.GetAsync(text, cancellationToken))?.State;
                if (state == UpsertState.Rejected)
                {
                    // Given up under faults before it was applied: nothing to correct (the campaign audit counts it).
                    waiting.Remove(id);
                    continue;
                }

                var early = _chosen.IndexOf(id) % 2 == 0;
                if (!(early ? delivered.Contains(id) : state == UpsertState.Succeeded))
                {
                    continue;
                }

                var street = $"{text} Corrected Street";
                await SimulatorSubmissions.ResubmitAsync(_env.Simulator, text, new { address = new { street } });
                _lastStreet[id] = street;
                lastEdit = System.Diagnostics.Stopwatch.GetTimestamp();
                waiting.Remove(id);
            }

            if (waiting.Count > 0)
            {
                await Task.Delay(Poll, cancellationToken);
            }
        }

        CompletedAt = lastEdit;
    }

    private async Task ListNotEditedAsync(IEnumerable<long> waiting, CancellationToken cancellationToken)
    {
        foreach (var id in waiting)
        {
            var entry = await _ledger.GetAsync(id.ToString(CultureInfo.InvariantCulture), cancellationToken);
            _notEdited.Add($"{id}: ledger {entry?.State.ToString() ?? "none"} in batch {entry?.BatchId ?? "none"}");
        }
    }

    /// <summary>Edited submissions, those whose SIS student carries the last street, and those that do not.</summary>
    public async Task<(int Edited, int LastContent, int Stale)> AuditAsync(CancellationToken cancellationToken)
    {
        var last = 0;
        foreach (var (id, street) in _lastStreet)
        {
            var entry = await _ledger.GetAsync(id.ToString(CultureInfo.InvariantCulture), cancellationToken);
            var sisStreet = entry?.Dcid is { } dcid ? await StreetAsync(dcid, cancellationToken) : null;
            if (entry is { State: UpsertState.Succeeded } && sisStreet == street)
            {
                last++;
            }
            else if (_staleSample.Count < 20)
            {
                var versions = await _ledger.GetVersionsAsync(id.ToString(CultureInfo.InvariantCulture), cancellationToken);
                _staleSample.Add($"{id}: {versions.Count} version(s), last {entry?.State} {entry?.Action} in batch {entry?.BatchId}; SIS street {(sisStreet is null ? "none" : sisStreet == street ? "last" : "earlier")}");
            }
        }

        return (_lastStreet.Count, last, _lastStreet.Count - last);
    }

    // The submissions a batch has delivered at least once (the simulator's admin listing).
    private async Task<HashSet<long>> DeliveredAsync(CancellationToken cancellationToken)
    {
        var listing = JsonNode.Parse(await _env.Simulator.Admin.GetStringAsync(new Uri("_sim/enrollment/submissions", UriKind.Relative), cancellationToken));
        return [.. listing!.AsArray()
            .Where(submission => submission!["deliveryCount"]!.GetValue<int>() > 0)
            .Select(submission => submission!["id"]!.GetValue<long>())];
    }

    private async Task<string?> StreetAsync(long dcid, CancellationToken cancellationToken)
    {
        using var response = await _env.Simulator.Admin.GetAsync(new Uri($"_sim/sis/students/{dcid}", UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var student = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return student?["physical_address"]?["street"]?.GetValue<string>();
    }
}
