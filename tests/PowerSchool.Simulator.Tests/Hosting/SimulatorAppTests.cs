using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Hosting;

public sealed class SimulatorAppTests
{
    [Fact]
    public async Task Short_switches_set_the_simulator_keys_and_the_banner_prints_the_credentials()
    {
        await using var app = SimulatorApp.Build(["--urls", "http://127.0.0.1:0", "--students", "40", "--client-id", "banner-id", "--client-secret", "banner-secret", "--latency-ms", "5"]);
        await app.StartAsync();
        using var output = new StringWriter();

        SimulatorApp.PrintBanner(app, output);
        var directory = app.Services.GetRequiredService<IDistrictDirectory>();
        var faults = app.Services.GetRequiredService<PowerSchool.Simulator.Faults.FaultState>();

        Assert.Contains("banner-id", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("banner-secret", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, faults.Settings.LatencyMs);
        Assert.Equal(40, app.Services.GetRequiredService<DistrictStore>().Read(s => s.Students.Count));
        Assert.NotEmpty(directory.Schools);
        await app.StopAsync();
    }

    [Fact]
    public async Task Unknown_ws_path_gets_a_json_404()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();

        var (status, body) = await client.GetJsonAsync("ws/v1/nothing/here");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task District_loads_from_a_fixture_file()
    {
        var district = DistrictGenerator.Generate(new DistrictOptions { Students = 12, Seed = 3 });
        var path = Path.Combine(Path.GetTempPath(), $"fixture-{Guid.NewGuid():N}.json");
        DistrictFixture.Save(district, path);
        try
        {
            await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:FixtureFile", path)]);
            using var client = await sim.CreateAuthorizedClientAsync();

            var (_, count) = await client.GetJsonAsync("ws/v1/district/student/count");
            var (_, first) = await client.GetJsonAsync($"ws/v1/student/{district.Students[0].Dcid}");

            Assert.Equal(12, count.GetProperty("resource").GetProperty("count").GetInt32());
            Assert.Equal(district.Students[0].LastName, first.GetProperty("student").GetProperty("name").GetProperty("last_name").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Reset_returns_the_district_to_its_start()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = await sim.CreateAuthorizedClientAsync();
        await client.PostJsonAsync("ws/v1/student", StudentBodies.Single(StudentBodies.Insert()));

        await sim.ResetAsync();
        var (_, count) = await client.GetJsonAsync("ws/v1/district/student/count");
        var (_, version) = await sim.Admin.GetJsonAsync("_sim/sis/dataversion");

        Assert.Equal(SimulatorHost.DefaultStudents, count.GetProperty("resource").GetProperty("count").GetInt32());
        Assert.Equal(1, version.GetProperty("dataversion").GetInt64());
    }
}
