using System.Net.Http.Json;
using System.Text.Json;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Enrollment;

/// <summary>Arranges Enrollment state through the simulator's admin API.</summary>
internal static class EnrollmentTestData
{
    public const string Target = "5b0d7c0e-3f5e-4d8a-9a51-7c3e2f1d9b64";

    /// <summary>Creates approved submissions; returns the admin view of each.</summary>
    public static async Task<JsonElement> CreateSubmissionsAsync(SimulatorHost sim, int count, long[]? documentSizes = null)
    {
        using var response = await sim.Admin.PostAsJsonAsync("_sim/enrollment/submissions",
            new { count, approved = true, flawed = false, documentSizes });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
