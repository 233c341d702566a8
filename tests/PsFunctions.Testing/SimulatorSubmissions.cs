using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace PsFunctions.Testing;

/// <summary>A document of a submission the simulator created: its object id and length.</summary>
public sealed record CreatedDocument(string ObjectId, long Length);

/// <summary>A submission the simulator created, with its documents.</summary>
public sealed record CreatedSubmission(string Id, IReadOnlyList<CreatedDocument> Documents);

/// <summary>Approved, valid new-student submissions created through the simulator's admin API for one delivery target.</summary>
public static class SimulatorSubmissions
{
    public static async Task<IReadOnlyList<CreatedSubmission>> CreateAsync(SimulatorHost simulator, int count, string deliveryTargetId)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        using var response = await simulator.Admin.PostAsJsonAsync(
            "_sim/enrollment/submissions", new { count, approved = true, returning = false, flawed = false, deliveryTargetId }).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return [.. created.RootElement.EnumerateArray().Select(item => new CreatedSubmission(
            item.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture),
            [.. item.GetProperty("documents").EnumerateArray().Select(document => new CreatedDocument(
                document.GetProperty("objectId").GetString()!, document.GetProperty("length").GetInt64()))]))];
    }

    /// <summary>
    /// Changes a submission's data (a JSON merge patch, e.g. <c>new { address = new { street = "1 Elm St" } }</c>) and approves it
    /// again, as staff do after returning a form to the family: the next createbatch delivers it again, in a new batch.
    /// </summary>
    public static async Task ResubmitAsync(SimulatorHost simulator, string submissionId, object dataPatch)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        using var response = await simulator.Admin.PostAsJsonAsync(
            $"_sim/enrollment/submissions/{submissionId}/resubmit", new { data = dataPatch }).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"resubmitting {submissionId} failed: {(int)response.StatusCode} {text}");
        }
    }
}
