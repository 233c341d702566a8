using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Status;
using PsFunctions.Sync.Students;

namespace PsFunctions.App.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class EnrollmentThroughHostTests(HostFixture fixture)
{
    [HostFact]
    public async Task The_enrollment_timer_takes_a_batch_and_the_queue_triggers_apply_it_to_the_SIS_and_mirror_its_documents()
    {
        var run = await fixture.CleanRunAsync();

        Assert.Equal(HttpStatusCode.Accepted, run.EnrollmentTimer);
        var ledger = fixture.Storage.GetRequiredService<IUpsertLedger>();
        var applied = 0;
        foreach (var submission in run.Submissions)
        {
            var entry = await ledger.GetAsync(submission.Id);
            Assert.NotNull(entry);
            if (entry.State == UpsertState.Rejected)
            {
                Assert.NotEmpty((await fixture.Storage.GetRequiredService<IRejectionStore>().GetAsync(submission.Id))!.Reasons);
                continue;
            }

            using var student = await fixture.Simulator.Admin.GetAsync(new Uri($"_sim/sis/students/{entry.Dcid}", UriKind.Relative));
            Assert.True(student.IsSuccessStatusCode, $"the SIS has no student {entry.Dcid} for submission {submission.Id}");
            applied++;
        }

        Assert.True(applied > 0, "no submission was applied");
        var documents = fixture.Storage.GetRequiredService<IDocumentStore>();
        var expected = run.Submissions.SelectMany(submission => submission.Documents.Select(document => (Path: CleanDistrictRun.DocumentPath(submission, document), document.Length))).ToList();
        Assert.NotEmpty(expected);
        foreach (var (path, length) in expected)
        {
            Assert.Equal(length, (await documents.GetAsync(path))?.Length);
        }
    }

    [HostFact]
    public async Task The_change_feed_timer_runs_and_records_its_data_version()
    {
        var run = await fixture.CleanRunAsync();

        Assert.Equal(HttpStatusCode.Accepted, run.ChangeFeedTimer);
        Assert.NotEmpty(HostLog.Executed(fixture.Host.Log, "PollSisChanges", "Succeeded"));
        var status = await fixture.Storage.GetRequiredService<SyncStatusReader>().ReadAsync([HostFixture.DeliveryTargetId]);
        Assert.True(status.ChangeFeed?.DataVersion > 0, "the change feed stored no data version");
    }
}
