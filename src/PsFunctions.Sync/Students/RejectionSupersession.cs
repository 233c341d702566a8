using Microsoft.Extensions.Logging;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// New content of a submission settles its earlier open rejection (of another batch): kept as superseded, no longer
/// awaiting a person. Called before the ledger says the new version is done, so a crash in between supersedes again on
/// the retry (a no-op then).
/// </summary>
internal sealed class RejectionSupersession(IRejectionStore rejections, ILogger<RejectionSupersession> logger)
{
    public async Task SupersedeAsync(IEnumerable<UpsertSubject> subjects, CancellationToken cancellationToken)
    {
        foreach (var subject in subjects.Where(subject => subject.Resubmitted))
        {
            if (await rejections.SupersedeAsync(subject.SubmissionId, subject.BatchId, cancellationToken))
            {
                ResubmissionLog.RejectionSuperseded(logger, subject.SubmissionId, subject.BatchId);
            }
        }
    }
}
