namespace PowerSchool.Simulator.Faults;

/// <summary>Log messages of the fault middleware (endpoint keys only, never bodies or query values).</summary>
internal static partial class FaultLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Injected fault {Fault} on {Endpoint}")]
    public static partial void Injected(ILogger logger, string fault, string endpoint);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Injected fault HTTP {Status} on {Endpoint}")]
    public static partial void InjectedStatus(ILogger logger, int status, string endpoint);
}
