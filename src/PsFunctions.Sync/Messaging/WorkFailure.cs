using System.Globalization;
using PowerSchool.Client;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Why a work message is given up, in words that carry no student data (error types, operations, settings): the last
/// error, how often the message was tried, what went wrong and the rule that ended it. The dispatcher keeps
/// <see cref="Reason"/> in the dead-letter store and hands the failure to the handler's
/// <see cref="IWorkHandler{TMessage}.OnLastDeliveryFailedAsync"/>.
/// </summary>
public sealed record WorkFailure(Exception LastError, int Attempts, string Problem, string Rule)
{
    /// <summary>Problem and rule in one line, as the dead-letter store keeps it.</summary>
    public string Reason => $"{Problem} (rule: {Rule})";

    /// <summary>A failure that counts towards poison (not transient) on the message's last delivery.</summary>
    public static WorkFailure LastDelivery(Exception lastError, int deliveries) => new(
        lastError,
        deliveries,
        $"failed on its last delivery ({deliveries} of {deliveries}); last error {Describe(lastError)}",
        "Sync:Queues:MaxDequeueCount deliveries of one work message");

    /// <summary>A transient failure that outlasted <see cref="WorkDeferralOptions.GiveUpAfter"/> of deferrals.</summary>
    public static WorkFailure DeferralExpired(Exception lastError, int attempts, TimeSpan deferredFor) => new(
        lastError,
        attempts,
        $"still failing after {attempts} attempts deferred over {deferredFor.ToString("c", CultureInfo.InvariantCulture)}; last error {Describe(lastError)}",
        "Sync:Queues:Deferral:GiveUpAfter since the first transient failure");

    // The type, and for PowerSchool errors the operation (a path template) and status: never the message, which may quote a URL.
    private static string Describe(Exception error) => error switch
    {
        PowerSchoolException { Operation: { } operation, StatusCode: { } status } =>
            $"{error.GetType().Name} on {operation} (HTTP {((int)status).ToString(CultureInfo.InvariantCulture)})",
        PowerSchoolException { Operation: { } operation } => $"{error.GetType().Name} on {operation}",
        _ => error.GetType().Name,
    };
}
