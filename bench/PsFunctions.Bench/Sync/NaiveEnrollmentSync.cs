using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PsFunctions.Bench.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Bench.Sync;

/// <summary>
/// The baseline: enrollment to SIS the way the reference clients are used (acme_powerschool, PS_API_NOTES):
/// one request at a time, a bearer token fetched again on 401, one lookup and one POST of one student per
/// submission, no batching, no concurrency, no ledger. Written here only to be measured against.
/// </summary>
internal sealed class NaiveEnrollmentSync(SimulatorHost simulator, TimeProvider time) : IDisposable
{
    private readonly HttpClient _http = simulator.CreateClient();
    private string? _token;

    public int Applied { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Takes one batch and applies its records one by one; returns how many records the batch had.</summary>
    public async Task<int> RunAsync(int maxRecords, CancellationToken cancellationToken = default)
    {
        var records = await CreateBatchAsync(cancellationToken);
        foreach (var record in records.Take(maxRecords))
        {
            var student = record!["data"]!["student"]!;
            var dcid = await FindAsync(student, cancellationToken);
            if (await PostAsync(student, dcid, record["id"]!.ToString(), cancellationToken))
            {
                Applied++;
            }
            else
            {
                Failed++;
            }
        }

        return records.Count;
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonArray> CreateBatchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/deliverytargets/{BenchEnvironment.DeliveryTargetId}/createbatch");
        request.Headers.Authorization = Basic(simulator.EnrollmentApiKey, string.Empty);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var batch = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return batch?["records"]?.AsArray() ?? [];
    }

    private async Task<long?> FindAsync(JsonNode student, CancellationToken cancellationToken)
    {
        var number = student["studentID"]?.GetValue<string>();
        var query = string.IsNullOrEmpty(number)
            ? $"name.last_name=={student["lastName"]};name.first_name=={student["firstName"]}"
            : $"local_id=={number}";
        using var response = await SendSisAsync(() => new HttpRequestMessage(
            HttpMethod.Get, $"ws/v1/district/student?q={Uri.EscapeDataString(query)}&expansions=demographics"), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        var found = body?["students"]?["student"];
        var candidates = found is JsonArray array ? array.ToList() : found is null ? [] : [found];
        var birthDate = IsoDate(student["birthDate"]?.GetValue<string>());
        var match = candidates.FirstOrDefault(candidate => !string.IsNullOrEmpty(number)
            || candidate?["demographics"]?["birth_date"]?.GetValue<string>() == birthDate);
        return match?["id"]?.GetValue<long>();
    }

    private async Task<bool> PostAsync(JsonNode student, long? dcid, string clientUid, CancellationToken cancellationToken)
    {
        var record = Record(student, dcid, clientUid);
        var body = new JsonObject { ["students"] = new JsonObject { ["student"] = new JsonArray(record) } }.ToJsonString();
        using var response = await SendSisAsync(() => new HttpRequestMessage(HttpMethod.Post, "ws/v1/student")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        }, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode && text.Contains("\"SUCCESS\"", StringComparison.Ordinal);
    }

    private JsonObject Record(JsonNode student, long? dcid, string clientUid)
    {
        string? Text(string name) => student[name]?.GetValue<string>() is { Length: > 0 } value ? value : null;
        var (entry, exit) = SchoolYear();
        var record = new JsonObject
        {
            ["client_uid"] = clientUid,
            ["action"] = dcid is null ? "INSERT" : "UPDATE",
            ["name"] = new JsonObject { ["first_name"] = Text("firstName"), ["last_name"] = Text("lastName") },
            ["demographics"] = new JsonObject { ["birth_date"] = IsoDate(Text("birthDate")), ["gender"] = Text("gender") },
        };
        if (dcid is { } id)
        {
            record["id"] = id.ToString(CultureInfo.InvariantCulture);
            return record;
        }

        record["school_enrollment"] = new JsonObject
        {
            ["grade_level"] = Grade(Text("grade")),
            ["school_number"] = Text("schoolNumber"),
            ["entry_date"] = entry,
            ["exit_date"] = exit,
            ["enroll_status"] = "A",
        };
        return record;
    }

    // acme_powerschool's request(): on 401 fetch a new token and send once more.
    private async Task<HttpResponseMessage> SendSisAsync(Func<HttpRequestMessage> create, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            _token ??= await simulator.GetAccessTokenAsync(cancellationToken);
            using var request = create();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            var response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Unauthorized || attempt > 0)
            {
                return response;
            }

            response.Dispose();
            _token = null;
        }
    }

    private (string Entry, string Exit) SchoolYear()
    {
        var today = time.GetUtcNow();
        var start = today.Month >= 8 ? today.Year : today.Year - 1;
        return ($"{start:D4}-08-01", $"{start + 1:D4}-07-01");
    }

    private static string? IsoDate(string? usDate) =>
        DateOnly.TryParseExact(usDate, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static int? Grade(string? grade) => grade switch
    {
        null => null,
        "PK" or "TK" => -1,
        "K" => 0,
        _ => int.TryParse(grade, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) ? level : null,
    };

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
