namespace PowerSchool.Simulator.Faults;

/// <summary>The faults drawn for one request.</summary>
public sealed record FaultDraw(
    TimeSpan Latency,
    bool DropConnection,
    bool TooManyRequests,
    bool ServiceUnavailable,
    bool ServerError,
    bool SlowBody,
    bool RevokeToken,
    TimeSpan ThrottledFor);
