using PowerSchool.Client;
using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// Which failures are outages rather than faults of the message: PowerSchool or Enrollment unavailable (the client's
/// own retries exhausted, its circuit open), a POST whose outcome is unknown, Service Bus unavailable, and
/// <see cref="WorkNotReadyException"/>. <see cref="WorkDispatcher"/> defers such a message (<see cref="WorkDeferral"/>)
/// instead of letting it count towards poison; everything else (a malformed message, a record PowerSchool refuses, a
/// bug) is a failed delivery.
/// </summary>
public static class TransientWork
{
    public static bool IsTransient(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            WorkNotReadyException => true,
            // Outcome unknown: the ledger says Posting, so the next attempt looks the student up before any INSERT.
            PowerSchoolUnavailableException or PowerSchoolOutcomeUnknownException => true,
            PowerSchoolException { IsTransient: true } => true,
            EventPublishException { IsTransient: true } => true,
            AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient),
            _ => false,
        };
    }
}
