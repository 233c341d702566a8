using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>A malformed and hostile record set in one batch: each record ends applied or rejected with its reason.</summary>
public sealed class HostileRecordTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task Bad_dates_long_names_unknown_schools_duplicates_and_ambiguous_matches_each_end_applied_or_rejected()
    {
        await Sim.ResetAsync();
        var storage = new TestStorage(azurite);
        await using var flow = FlowEngine.Start(Sim, storage);
        var school = Sim.Directory().Schools[0];
        var birthDate = new DateOnly(2017, 3, 9);
        var twin = SisStudentWrites.Insert("Avery", "Twinset", school.SchoolNumber, new DateOnly(2016, 5, 17));
        var twins = await flow.Get<ISisClient>().WriteStudentsAsync([twin with { ClientUid = "a" }, twin with { ClientUid = "b" }]);
        Assert.All(twins, outcome => Assert.True(outcome.Succeeded));
        var before = await Sim.CountSisStudentsAsync();
        var nowhere = school with { Name = "Springfield Academy of Nowhere", SchoolNumber = 0 };
        var created = await Sim.CreateSubmissionsAsync(submissions:
        [
            FamilyData.Child("Bea", "Baddate", birthDate, school, birthDateText: "13/45/2015"),
            FamilyData.Child("Lou", new string('L', 60), birthDate, school),
            FamilyData.Child("Ned", "Nowhere", birthDate, nowhere),
            FamilyData.Child("Ann\u0007Eve", "Control", birthDate, school),
            FamilyData.Child("Dee", "Duplicate", birthDate, school),
            FamilyData.Child("Dee", "Duplicate", birthDate, school),
            FamilyData.Child("Avery", "Twinset", new DateOnly(2016, 5, 17), school),
        ]);

        await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
        Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

        await AssertRejectedAsync(storage, created[0].Id, "demographics.birth_date");
        await AssertRejectedAsync(storage, created[1].Id, "name.last_name");
        await AssertRejectedAsync(storage, created[2].Id, "school_enrollment.school_number");
        await AssertRejectedAsync(storage, created[3].Id, "name.first_name");
        var first = await storage.UpsertLedger.GetAsync(created[4].Id);
        var second = await storage.UpsertLedger.GetAsync(created[5].Id);
        Assert.Equal(UpsertState.Succeeded, first!.State);
        Assert.Equal(UpsertState.Succeeded, second!.State);
        Assert.Equal(first.Dcid, second.Dcid);
        Assert.Equal(["INSERT", "UPDATE"], new[] { first.Action, second.Action }.Order());
        await AssertRejectedAsync(storage, created[6].Id, "student");
        Assert.Equal(before + 1, await Sim.CountSisStudentsAsync());
    }

    private static async Task AssertRejectedAsync(TestStorage storage, string submissionId, string field)
    {
        Assert.Equal(UpsertState.Rejected, (await storage.UpsertLedger.GetAsync(submissionId))?.State);
        var rejection = await storage.Rejections.GetAsync(submissionId);
        Assert.Contains(rejection!.Reasons, reason => reason.Field == field);
    }
}
