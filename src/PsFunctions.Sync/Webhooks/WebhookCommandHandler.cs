using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Carries out one <c>webhook-commands</c> message: <c>enrollment.poll</c> runs intake for its delivery target
/// now (a target not in <c>Sync:DeliveryTargets</c> is refused: logged, nothing run); <c>student.update</c>
/// applies its fields to the identified SIS student through the upsert path (UPDATE only; an unknown student
/// is a rejection with its reason). Failures are thrown so the queue retries the command and, in the end,
/// moves it to <c>webhook-commands-poison</c>; on the last delivery (<see cref="StudentUpsertOptions.MaxDequeueCount"/>)
/// a failing <c>student.update</c> is first kept in the rejection store and published as <c>student.rejected</c>.
/// </summary>
public sealed partial class WebhookCommandHandler
{
    private readonly EnrollmentIntake _intake;
    private readonly StudentFieldUpdater _updater;
    private readonly IOptions<DeliveryTargetsOptions> _targets;
    private readonly IOptions<StudentUpsertOptions> _options;
    private readonly ILogger<WebhookCommandHandler> _logger;

    internal WebhookCommandHandler(
        EnrollmentIntake intake,
        StudentFieldUpdater updater,
        IOptions<DeliveryTargetsOptions> targets,
        IOptions<StudentUpsertOptions> options,
        ILogger<WebhookCommandHandler> logger)
    {
        _intake = intake;
        _updater = updater;
        _targets = targets;
        _options = options;
        _logger = logger;
    }

    /// <summary>Carries out <paramref name="command"/>; <paramref name="dequeueCount"/> is the queue's delivery count (1 on the first delivery).</summary>
    public async Task HandleAsync(WebhookCommand command, int dequeueCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentOutOfRangeException.ThrowIfLessThan(dequeueCount, 1);
        switch (command)
        {
            case EnrollmentPollCommand poll:
                await PollAsync(poll, cancellationToken);
                break;
            case StudentUpdateCommand update:
                await UpdateAsync(update, dequeueCount, cancellationToken);
                break;
            default:
                throw new NotSupportedException($"Webhook command type {command.GetType().Name} has no handler.");
        }
    }

    private async Task PollAsync(EnrollmentPollCommand poll, CancellationToken cancellationToken)
    {
        // The receiver refuses such a command (422); one can still be queued from before Sync:DeliveryTargets
        // changed. Retrying cannot help, so it is not thrown.
        if (!_targets.Value.Ids.Contains(poll.DeliveryTargetId, StringComparer.Ordinal))
        {
            LogUnknownTarget(_logger, poll.CommandId, poll.DeliveryTargetId);
            return;
        }

        LogPoll(_logger, poll.CommandId, poll.DeliveryTargetId);
        await _intake.RunAsync(poll.DeliveryTargetId, cancellationToken);
    }

    private async Task UpdateAsync(StudentUpdateCommand command, int dequeueCount, CancellationToken cancellationToken)
    {
        LogUpdate(_logger, command.CommandId, command.Fields.Count);
        var update = new StudentFieldUpdate(
            command.CommandId, command.Source, command.DeliveryId,
            command.Student.Dcid, command.Student.StudentNumber, command.Student.StateId, command.Fields);
        try
        {
            await _updater.ApplyAsync(update, cancellationToken);
        }
        catch (Exception ex) when (_options.Value.IsLastDelivery(dequeueCount) && !cancellationToken.IsCancellationRequested)
        {
            await _updater.RejectExhaustedAsync(update, dequeueCount, ex, cancellationToken);
            LogGivenUp(_logger, command.CommandId, dequeueCount, ex.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Webhook command {CommandId}: enrollment.poll for delivery target {DeliveryTargetId}")]
    private static partial void LogPoll(ILogger logger, string commandId, string deliveryTargetId);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "Webhook command {CommandId}: student.update of {FieldCount} field(s)")]
    private static partial void LogUpdate(ILogger logger, string commandId, int fieldCount);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning, Message = "Webhook command {CommandId}: enrollment.poll refused, delivery target {DeliveryTargetId} is not in Sync:DeliveryTargets")]
    private static partial void LogUnknownTarget(ILogger logger, string commandId, string deliveryTargetId);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Error, Message = "Webhook command {CommandId}: gave up after {Attempts} deliveries ({ErrorType}); kept in the rejection store")]
    private static partial void LogGivenUp(ILogger logger, string commandId, int attempts, string errorType);
}
