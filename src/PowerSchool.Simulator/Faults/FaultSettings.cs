using System.ComponentModel.DataAnnotations;

namespace PowerSchool.Simulator.Faults;

/// <summary>
/// Faults the simulator injects into PowerSchool paths: bound from <c>Simulator:Faults</c> at start-up and
/// replaced at run time through <c>PUT /_sim/faults</c> (same names, camelCase in JSON). Rates are 0..1.
/// </summary>
public sealed record FaultSettings
{
    public const string Section = "Simulator:Faults";

    /// <summary>Delay added before every faulted-scope request is handled.</summary>
    [Range(0, 600_000)]
    public int LatencyMs { get; init; }

    /// <summary>Up to this many extra milliseconds, drawn per request.</summary>
    [Range(0, 600_000)]
    public int LatencyJitterMs { get; init; }

    /// <summary>Share of requests answered 429 Too Many Requests with <see cref="RetryAfterSeconds"/>.</summary>
    [Range(0.0, 1.0)]
    public double TooManyRequestsRate { get; init; }

    [Range(0, 3600)]
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Share of requests answered 500 Internal Server Error.</summary>
    [Range(0.0, 1.0)]
    public double ServerErrorRate { get; init; }

    /// <summary>Share of requests answered 503 Service Unavailable.</summary>
    [Range(0.0, 1.0)]
    public double ServiceUnavailableRate { get; init; }

    /// <summary>Share of requests whose connection is aborted before any response.</summary>
    [Range(0.0, 1.0)]
    public double DropConnectionRate { get; init; }

    /// <summary>Share of responses whose body is sent slowly, in chunks with <see cref="SlowBodyChunkDelayMs"/> between them.</summary>
    [Range(0.0, 1.0)]
    public double SlowBodyRate { get; init; }

    [Range(0, 60_000)]
    public int SlowBodyChunkDelayMs { get; init; } = 200;

    /// <summary>Share of SIS `/ws` requests whose bearer token is revoked just before it is checked (so they get 401).</summary>
    [Range(0.0, 1.0)]
    public double TokenRevocationRate { get; init; }

    /// <summary>PowerSchool's "minimum time interval (ms) between API requests per plugin": SIS requests sooner than this after the last one are refused.</summary>
    [Range(0, 600_000)]
    public int MinRequestIntervalMs { get; init; }

    /// <summary>Status of a throttled request: 429 or 503 (PowerSchool does not document which).</summary>
    [AllowedValues(429, 503)]
    public int ThrottleStatusCode { get; init; } = 429;

    /// <summary>Whether a throttled answer carries <c>Retry-After</c> with the seconds to wait (undocumented).</summary>
    public bool ThrottleRetryAfterHeader { get; init; } = true;

    /// <summary>Whether the message of a throttled answer says how many seconds to wait (PowerSchool documents that it does).</summary>
    public bool ThrottleSecondsInBody { get; init; } = true;

    /// <summary>Seed of the fault dice, so a run repeats.</summary>
    public int Seed { get; init; } = 1;

    public FaultScope Scope { get; init; } = FaultScope.All;

    /// <summary>When not empty, faults hit only these endpoints (counter keys such as <c>POST /ws/v1/student</c>).</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];
}
