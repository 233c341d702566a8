namespace PowerSchool.Simulator.Hosting;

/// <summary>Short command-line switches mapped onto the <c>Simulator:*</c> configuration keys.</summary>
public static class SimulatorSwitches
{
    public static IReadOnlyDictionary<string, string> Mappings { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["--client-id"] = "Simulator:Sis:ClientId",
        ["--client-secret"] = "Simulator:Sis:ClientSecret",
        ["--token-lifetime"] = "Simulator:Sis:TokenLifetimeSeconds",
        ["--max-records-per-post"] = "Simulator:Sis:MaxRecordsPerPost",
        ["--max-page-size"] = "Simulator:Sis:MaxPageSize",
        ["--students"] = "Simulator:District:Students",
        ["--schools"] = "Simulator:District:Schools",
        ["--seed"] = "Simulator:District:Seed",
        ["--fixture"] = "Simulator:District:FixtureFile",
        ["--latency-ms"] = "Simulator:Faults:LatencyMs",
        ["--jitter-ms"] = "Simulator:Faults:LatencyJitterMs",
        ["--rate-429"] = "Simulator:Faults:TooManyRequestsRate",
        ["--rate-500"] = "Simulator:Faults:ServerErrorRate",
        ["--rate-503"] = "Simulator:Faults:ServiceUnavailableRate",
        ["--drop-rate"] = "Simulator:Faults:DropConnectionRate",
        ["--slow-body-rate"] = "Simulator:Faults:SlowBodyRate",
        ["--revoke-rate"] = "Simulator:Faults:TokenRevocationRate",
        ["--min-interval-ms"] = "Simulator:Faults:MinRequestIntervalMs",
        ["--fault-seed"] = "Simulator:Faults:Seed",
        ["--fault-scope"] = "Simulator:Faults:Scope",
    };
}
