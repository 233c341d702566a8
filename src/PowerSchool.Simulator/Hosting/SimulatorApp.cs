using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Enrollment;
using PowerSchool.Simulator.Sis;

namespace PowerSchool.Simulator.Hosting;

/// <summary>
/// Builds the simulator's web application: the same code serves `dotnet run` and tests that start it
/// in-process on a free loopback port. Each API registers and maps itself; this class only wires.
/// </summary>
public static class SimulatorApp
{
    /// <summary>Builds the app from command-line arguments (and optional extra configuration).</summary>
    public static WebApplication Build(string[] args, IEnumerable<KeyValuePair<string, string?>>? settings = null) =>
        Build(args, settings, configureServices: null);

    /// <summary>
    /// Builds the app; <paramref name="configureServices"/> runs before the simulator registers its services,
    /// so a test can put in its own <see cref="TimeProvider"/> (the simulator only adds one when none is there).
    /// </summary>
    public static WebApplication Build(string[] args, IEnumerable<KeyValuePair<string, string?>>? settings, Action<IServiceCollection>? configureServices)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateSlimBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // Short switches (--students 5000, --latency-ms 100) on top of the full Simulator:* keys.
        builder.Configuration.AddCommandLine(args, SimulatorSwitches.Mappings.ToDictionary(pair => pair.Key, pair => pair.Value));
        configureServices?.Invoke(builder.Services);
        builder.Services.AddSimulatorCore();
        builder.Services.AddDistrict();
        builder.Services.AddSisApi();
        builder.Services.AddEnrollmentApi();

        var app = builder.Build();
        app.UseSimulatorCore();
        app.MapSisApi();
        app.MapEnrollmentApi();
        app.MapSimulatorAdmin();
        return app;
    }

    /// <summary>Prints where the simulator listens and the credentials it accepts (they are simulator-only values).</summary>
    public static void PrintBanner(WebApplication app, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in app.Services.GetServices<IBannerLines>().SelectMany(source => source.Lines(app)))
        {
            output.WriteLine(line);
        }
    }
}
