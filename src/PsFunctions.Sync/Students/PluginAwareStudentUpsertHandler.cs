using PowerSchool.Client;
using PsFunctions.Sync.Checkpoints;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The <c>student-upserts</c> queue's handler: <see cref="StudentUpsertHandler"/>, plus the status's view of the plugin.
/// When PowerSchool refuses a student lookup or POST because of the plugin's configuration (a 25.2+ plugin without
/// <c>accessLevelV1Api</c>), the refusal is kept as the component's <see cref="PluginProblem"/> with its fix, and the
/// message fails as before; the next message that succeeds clears it. A message that succeeded by per-record lookups
/// because the plugin refuses the matching queries (<see cref="NamedQueryStudentLookup.StandingRefusal"/>) keeps that
/// refusal shown instead, until a message is matched with the queries again.
/// </summary>
internal sealed class PluginAwareStudentUpsertHandler(StudentUpsertHandler inner, PluginProblems problems, NamedQueryStudentLookup matching)
    : IWorkHandler<StudentUpsertMessage>
{
    public async Task HandleAsync(StudentUpsertMessage message, WorkDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            await inner.HandleAsync(message, delivery, cancellationToken).ConfigureAwait(false);
        }
        catch (PowerSchoolPluginConfigurationException ex)
        {
            await problems.RecordAsync(PluginProblem.StudentUpserts, ex, cancellationToken).ConfigureAwait(false);
            throw;
        }

        if (matching.StandingRefusal is { } refused)
        {
            await problems.RecordFallbackAsync(
                PluginProblem.StudentUpserts, refused, "until then each submission is looked up with its own request", cancellationToken).ConfigureAwait(false);
            return;
        }

        await problems.SucceededAsync(PluginProblem.StudentUpserts, cancellationToken).ConfigureAwait(false);
    }

    public Task OnLastDeliveryFailedAsync(StudentUpsertMessage message, WorkFailure failure, CancellationToken cancellationToken) =>
        inner.OnLastDeliveryFailedAsync(message, failure, cancellationToken);
}
