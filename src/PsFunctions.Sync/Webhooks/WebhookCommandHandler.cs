using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Carries out one <c>webhook-commands</c> message: <c>enrollment.poll</c> runs intake for its delivery target
/// now; <c>student.update</c> applies its fields to the identified SIS student through the upsert path
/// (UPDATE only; an unknown student is a rejection with its reason). Failures are thrown so the queue
/// retries the command and, in the end, moves it to <c>webhook-commands-poison</c>.
/// </summary>
public sealed partial class WebhookCommandHandler
{
    private readonly EnrollmentIntake _intake;
    private readonly StudentFieldUpdater _updater;
    private readonly ILogger<WebhookCommandHandler> _logger;

    internal WebhookCommandHandler(EnrollmentIntake intake, StudentFieldUpdater updater, ILogger<WebhookCommandHandler> logger)
    {
        _intake = intake;
        _updater = updater;
        _logger = logger;
    }

    public async Task HandleAsync(WebhookCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        switch (command)
        {
            case EnrollmentPollCommand poll:
                LogPoll(_logger, poll.CommandId, poll.DeliveryTargetId);
                await _intake.RunAsync(poll.DeliveryTargetId, cancellationToken);
                break;
            case StudentUpdateCommand update:
                LogUpdate(_logger, update.CommandId, update.Fields.Count);
                await _updater.ApplyAsync(
                    new StudentFieldUpdate(
                        update.CommandId, update.Source, update.DeliveryId,
                        update.Student.Dcid, update.Student.StudentNumber, update.Student.StateId, update.Fields),
                    cancellationToken);
                break;
            default:
                throw new NotSupportedException($"Webhook command type {command.GetType().Name} has no handler.");
        }
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Webhook command {CommandId}: enrollment.poll for delivery target {DeliveryTargetId}")]
    private static partial void LogPoll(ILogger logger, string commandId, string deliveryTargetId);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "Webhook command {CommandId}: student.update of {FieldCount} field(s)")]
    private static partial void LogUpdate(ILogger logger, string commandId, int fieldCount);
}
