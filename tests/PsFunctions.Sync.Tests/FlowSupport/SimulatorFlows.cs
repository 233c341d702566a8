using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>Arrange and assert through the simulator's admin API (<c>/_sim/</c>).</summary>
internal static class SimulatorFlows
{
    /// <summary>Creates approved submissions for the flow delivery target (POST /_sim/enrollment/submissions).</summary>
    public static async Task<IReadOnlyList<SimSubmission>> CreateSubmissionsAsync(
        this SimulatorHost sim, int count = 0, bool? returning = false, bool? flawed = false, IReadOnlyList<object>? submissions = null)
    {
        ArgumentNullException.ThrowIfNull(sim);
        var body = new { count, approved = true, returning, flawed, deliveryTargetId = FlowEngine.DeliveryTargetId, submissions };
        using var response = await sim.Admin.PostAsJsonAsync("_sim/enrollment/submissions", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"creating submissions failed: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        return [.. document.RootElement.EnumerateArray().Select(item => new SimSubmission(
            item.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture),
            item.GetProperty("returningStudentDcid").ValueKind == JsonValueKind.Number ? item.GetProperty("returningStudentDcid").GetInt64() : null,
            item.GetProperty("flaw").ValueKind == JsonValueKind.String ? item.GetProperty("flaw").GetString() : null,
            item.GetProperty("documents").GetArrayLength(),
            item.GetProperty("data").Clone()))];
    }

    /// <summary>How many students the SIS holds (GET /_sim/sis/students).</summary>
    public static async Task<int> CountSisStudentsAsync(this SimulatorHost sim)
    {
        ArgumentNullException.ThrowIfNull(sim);
        using var document = JsonDocument.Parse(await sim.Admin.GetStringAsync(new Uri("_sim/sis/students?pagesize=1", UriKind.Relative)));
        return document.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>One stored SIS student (snake_case fixture format), or null.</summary>
    public static async Task<JsonElement?> GetSisStudentAsync(this SimulatorHost sim, long dcid)
    {
        ArgumentNullException.ThrowIfNull(sim);
        using var response = await sim.Admin.GetAsync(new Uri($"_sim/sis/students/{dcid}", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The first students the SIS holds, as stored.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ListSisStudentsAsync(this SimulatorHost sim, int count)
    {
        ArgumentNullException.ThrowIfNull(sim);
        using var document = JsonDocument.Parse(await sim.Admin.GetStringAsync(new Uri($"_sim/sis/students?pagesize={count}", UriKind.Relative)));
        return [.. document.RootElement.GetProperty("students").EnumerateArray().Select(student => student.Clone())];
    }
}
