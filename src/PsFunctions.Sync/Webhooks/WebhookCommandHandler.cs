using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Carries out one <c>webhook-commands</c> message: <c>enrollment.poll</c> runs intake for its delivery target
/// now (a target not in <c>Sync:DeliveryTargets</c> is refused: logged, nothing run); <c>student.update</c>
/// applies its fields to the identified SIS student through the upsert path (UPDATE only; an unknown student
/// is a rejection with its reason). Failures are thrown: an outage puts the command back later, anything else
/// makes the queue deliver it again and, in the end, move it to <c>webhook-commands-poison</c>; a <c>student.update</c>
/// that is given up is kept in the rejection store and published as <c>student.rejected</c>.
/// </summary>
internal sealed partial class WebhookCommandHandler(
    EnrollmentIntake intake,
    StudentFieldUpdater updater,
    IOptions<DeliveryTargetsOptions> targets,
    ILogger<WebhookCommandHandler> logger) : IWorkHandler<WebhookCommand>
{
    /// <summary>Carries out <paramref name="command"/> on one of its deliveries.</summary>
    public Task HandleAsync(WebhookCommand command, WorkDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command switch
        {
            EnrollmentPollCommand poll => PollAsync(poll, cancellationToken),
            StudentUpdateCommand update => UpdateAsync(update, cancellationToken),
            _ => throw new NotSupportedException($"Webhook command type {command.GetType().Name} has no handler."),
        };
    }

    /// <summary>
    /// The command is given up: a <c>student.update</c> is kept in the rejection store and published as
    /// <c>student.rejected</c>; an <c>enrollment.poll</c> needs nothing kept (the next intake run does its work).
    /// </summary>
    public async Task OnLastDeliveryFailedAsync(WebhookCommand command, WorkFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(failure);
        if (command is StudentUpdateCommand update)
        {
            await updater.RejectExhaustedAsync(FieldUpdate(update), failure, cancellationToken);
            LogGivenUp(logger, update.CommandId, failure.Attempts, failure.LastError.GetType().Name);
        }
    }

    private async Task PollAsync(EnrollmentPollCommand poll, CancellationToken cancellationToken)
    {
        // The receiver refuses such a command (422); one can still be queued from before Sync:DeliveryTargets
        // changed. Retrying cannot help, so it is not thrown.
        if (!targets.Value.Ids.Contains(poll.DeliveryTargetId, StringComparer.Ordinal))
        {
            LogUnknownTarget(logger, poll.CommandId, poll.DeliveryTargetId);
            return;
        }

        LogPoll(logger, poll.CommandId, poll.DeliveryTargetId);
        await intake.RunAsync(poll.DeliveryTargetId, cancellationToken);
    }

    private Task UpdateAsync(StudentUpdateCommand command, CancellationToken cancellationToken)
    {
        LogUpdate(logger, command.CommandId, command.Fields.Count);
        return updater.ApplyAsync(FieldUpdate(command), cancellationToken);
    }

    private static StudentFieldUpdate FieldUpdate(StudentUpdateCommand command) => new(
        command.CommandId, command.Source, command.DeliveryId,
        command.Student.Dcid, command.Student.StudentNumber, command.Student.StateId, command.Fields);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Webhook command {CommandId}: enrollment.poll for delivery target {DeliveryTargetId}")]
    private static partial void LogPoll(ILogger logger, string commandId, string deliveryTargetId);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "Webhook command {CommandId}: student.update of {FieldCount} field(s)")]
    private static partial void LogUpdate(ILogger logger, string commandId, int fieldCount);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning, Message = "Webhook command {CommandId}: enrollment.poll refused, delivery target {DeliveryTargetId} is not in Sync:DeliveryTargets")]
    private static partial void LogUnknownTarget(ILogger logger, string commandId, string deliveryTargetId);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Error, Message = "Webhook command {CommandId}: gave up after {Attempts} attempt(s) ({ErrorType}); kept in the rejection store")]
    private static partial void LogGivenUp(ILogger logger, string commandId, int attempts, string errorType);
}
