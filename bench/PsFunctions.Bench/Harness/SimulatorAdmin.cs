using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PsFunctions.Testing;

namespace PsFunctions.Bench.Harness;

/// <summary>The simulator's <c>/_sim/</c> admin calls the benches need: make submissions, count requests, list the SIS.</summary>
internal sealed class SimulatorAdmin(SimulatorHost simulator)
{
    // The admin API creates at most this many submissions per call.
    private const int MaxPerCall = 10_000;

    /// <summary>Creates <paramref name="count"/> approved, unflawed submissions for the bench delivery target.</summary>
    public async Task<IReadOnlyList<SubmissionInfo>> CreateSubmissionsAsync(
        int count, IReadOnlyList<long>? documentSizes = null, bool? returning = null, CancellationToken cancellationToken = default)
    {
        var created = new List<SubmissionInfo>(count);
        for (var left = count; left > 0; left -= MaxPerCall)
        {
            var body = new { count = Math.Min(left, MaxPerCall), approved = true, flawed = false, returning, documentSizes, deliveryTargetId = BenchEnvironment.DeliveryTargetId };
            using var response = await simulator.Admin.PostAsJsonAsync("_sim/enrollment/submissions", body, cancellationToken);
            response.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            created.AddRange(json.RootElement.EnumerateArray().Select(SubmissionInfo.From));
        }

        return created;
    }

    /// <summary>Requests per endpoint since the last <see cref="ClearCountersAsync"/>, split into SIS (<c>/ws</c>, <c>/oauth</c>) and Enrollment (<c>/api</c>).</summary>
    public async Task<RequestCounts> CountRequestsAsync(CancellationToken cancellationToken = default)
    {
        var counters = await simulator.GetCountersAsync(cancellationToken);
        long sis = 0, enrollment = 0;
        foreach (var (endpoint, count) in counters)
        {
            var path = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            if (path.StartsWith("/ws", StringComparison.Ordinal) || path.StartsWith("/oauth", StringComparison.Ordinal))
            {
                sis += count;
            }
            else if (path.StartsWith("/api", StringComparison.Ordinal))
            {
                enrollment += count;
            }
        }

        return new RequestCounts(sis, enrollment, counters);
    }

    public async Task ClearCountersAsync(CancellationToken cancellationToken = default)
    {
        using var response = await simulator.Admin.DeleteAsync(new Uri("_sim/counters", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every SIS student as stored (dcid, first and last name, birth date), read in pages of 5,000 (bounded by the total).</summary>
    public async Task<IReadOnlyList<SisStudentRow>> ListSisStudentsAsync(CancellationToken cancellationToken = default)
    {
        const int pageSize = 5_000;
        var rows = new List<SisStudentRow>();
        for (var page = 1; page <= 1_000; page++)
        {
            var body = await simulator.Admin.GetFromJsonAsync<JsonObject>($"_sim/sis/students?page={page}&pagesize={pageSize}", cancellationToken)
                ?? throw new InvalidOperationException("The simulator answered /_sim/sis/students with no body.");
            var students = body["students"]!.AsArray();
            rows.AddRange(students.Select(student => new SisStudentRow(
                student!["dcid"]!.GetValue<long>(),
                student["first_name"]?.GetValue<string>(),
                student["last_name"]?.GetValue<string>(),
                student["date_of_birth"]?.GetValue<string>())));
            if (students.Count < pageSize)
            {
                break;
            }
        }

        return rows;
    }
}
