using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.Hashing;
using PsFunctions.Sync.Tests.Mapping;
using PsFunctions.Sync.Tests.Students.Fakes;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// The planner's decisions, one per test, with the SIS, the schools list and the claims store faked: reject,
/// wait for a claim, defer to the next round, INSERT or UPDATE. The end-to-end tests prove the wiring.
/// </summary>
public sealed class UpsertPlannerTests
{
    private const string DeliveryTarget = "target-1";
    private const long Dcid = 42;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 9, 14, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeStudentLookup _lookup = new();
    private readonly InMemoryStudentClaims _claims = new();
    private readonly StudentUpsertOptions _options = new();

    [Fact]
    public async Task A_record_the_mapping_refuses_is_rejected_with_its_reasons_without_a_claim_or_a_lookup()
    {
        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder().Student("lastName", null)));

        var (_, reasons) = Assert.Single(plan.Rejected);
        Assert.Contains(reasons, reason => reason.Field == "name.last_name");
        Assert.Empty(plan.Writes);
        Assert.Empty(_lookup.Asked);
        Assert.Empty(_claims.Held);
    }

    [Fact]
    public async Task A_record_matching_several_SIS_students_is_rejected_as_ambiguous()
    {
        _lookup.Answer = _ => FakeStudentLookup.Finds(MatchRule.NameAndBirthDate, 41, 42);

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder()));

        var reason = Assert.Single(Assert.Single(plan.Rejected).Reasons);
        Assert.Equal("student", reason.Field);
        Assert.Equal("matches 2 SIS students by NameAndBirthDate (DCIDs 41, 42)", reason.Problem);
        Assert.Empty(plan.Writes);
    }

    [Fact]
    public async Task A_student_number_that_names_no_SIS_student_is_rejected_rather_than_inserted()
    {
        _lookup.Answer = _ => FakeStudentLookup.Finds(MatchRule.StudentNumber);

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder().Student("studentID", "100017")));

        Assert.Equal("local_id", Assert.Single(Assert.Single(plan.Rejected).Reasons).Field);
        Assert.Empty(plan.Writes);
    }

    [Fact]
    public async Task A_lookup_that_could_not_be_made_rejects_the_record_with_its_problem_and_plans_no_write()
    {
        var problem = new PsFunctions.Sync.Outcomes.RejectionReason("state_province_id", "does not match the state id pattern", "rule");
        _lookup.Answer = _ => Task.FromResult<StudentMatch?>(StudentMatch.Refused(MatchRule.StateId, problem));

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder().Student("stateID", "IL*")));

        Assert.Equal(problem, Assert.Single(Assert.Single(plan.Rejected).Reasons));
        Assert.Empty(plan.Writes);
    }

    [Fact]
    public async Task A_record_whose_keys_cannot_identify_a_student_is_rejected()
    {
        _lookup.Answer = _ => Task.FromResult<StudentMatch?>(null);

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder()));

        Assert.Equal("demographics.birth_date", Assert.Single(Assert.Single(plan.Rejected).Reasons).Field);
        Assert.Empty(plan.Writes);
    }

    [Fact]
    public async Task A_record_that_finds_no_SIS_student_is_inserted_with_its_school_enrollment()
    {
        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder()));

        var planned = Assert.Single(plan.Writes);
        Assert.Equal(StudentWriteAction.Insert, planned.Write.Action);
        Assert.Null(planned.Write.Dcid);
        Assert.Equal("100", planned.Write.Fields.GetValueOrDefault("school_enrollment.school_number"));
        Assert.Equal(UpsertActions.Insert, planned.ReportedAction);
        Assert.Equal("4711", planned.Write.ClientUid);
    }

    [Fact]
    public async Task A_record_that_finds_one_SIS_student_updates_it_without_the_insert_only_fields()
    {
        _lookup.Answer = _ => FakeStudentLookup.Finds(MatchRule.NameAndBirthDate, Dcid);

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder().Student("firstName", "Alicia")));

        var planned = Assert.Single(plan.Writes);
        Assert.Equal((StudentWriteAction.Update, Dcid), (planned.Write.Action, planned.Write.Dcid));
        Assert.Equal("Alicia", planned.Write.Fields.GetValueOrDefault("name.first_name"));
        Assert.DoesNotContain(planned.Write.Fields.Keys, path => path.StartsWith("school_enrollment.", StringComparison.Ordinal));
        Assert.Equal(UpsertActions.Update, planned.ReportedAction);
    }

    [Fact]
    public async Task A_Posting_insert_that_finds_its_student_on_retry_is_sent_as_an_update_and_reported_as_an_insert()
    {
        _lookup.Answer = _ => FakeStudentLookup.Finds(MatchRule.NameAndBirthDate, Dcid);

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder(), Posting(UpsertActions.Insert)));

        var planned = Assert.Single(plan.Writes);
        Assert.Equal((StudentWriteAction.Update, Dcid), (planned.Write.Action, planned.Write.Dcid));
        Assert.Equal(UpsertActions.Insert, planned.ReportedAction);
    }

    [Fact]
    public async Task A_Posting_update_found_on_retry_is_reported_as_an_update()
    {
        _lookup.Answer = _ => FakeStudentLookup.Finds(MatchRule.NameAndBirthDate, Dcid);

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder(), Posting(UpsertActions.Update)));

        Assert.Equal(UpsertActions.Update, Assert.Single(plan.Writes).ReportedAction);
    }

    [Fact]
    public async Task A_record_whose_student_another_owner_claims_waits_without_a_lookup()
    {
        var record = new DeliveryRecordBuilder();
        foreach (var key in StudentClaimKeys.For(record.Map().Student!.Keys, TestHashing.Hasher))
        {
            await _claims.TryClaimAsync(key, "another-instance", _time.GetUtcNow(), _time.GetUtcNow().AddMinutes(2));
        }

        var plan = await PlanAsync(Submission(record));

        Assert.Equal("4711", Assert.Single(plan.Waiting).Subject.SubmissionId);
        Assert.Empty(plan.Writes);
        Assert.Empty(_lookup.Asked);
    }

    [Fact]
    public async Task A_new_student_is_claimed_before_it_is_looked_up()
    {
        var heldDuringLookup = -1;
        _lookup.Answer = _ =>
        {
            heldDuringLookup = _claims.Held.Count;
            return FakeStudentLookup.Finds(MatchRule.NameAndBirthDate);
        };

        await PlanAsync(Submission(new DeliveryRecordBuilder()));

        // No state id: one claim, on last name + first name + birth date.
        Assert.Equal(1, heldDuringLookup);
    }

    [Fact]
    public async Task A_record_with_a_student_number_claims_nothing()
    {
        var heldDuringLookup = -1;
        _lookup.Answer = _ =>
        {
            heldDuringLookup = _claims.Held.Count;
            return FakeStudentLookup.Finds(MatchRule.StudentNumber, Dcid);
        };

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder().Student("studentID", "100017")));

        Assert.Equal(0, heldDuringLookup);
        Assert.Single(plan.Writes);
    }

    [Fact]
    public async Task A_second_record_about_the_same_new_student_is_deferred_to_the_next_round()
    {
        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder()), Submission(new DeliveryRecordBuilder().With("id", 4712)));

        Assert.Equal("4711", Assert.Single(plan.Writes).Subject.SubmissionId);
        Assert.Equal("4712", Assert.Single(plan.Deferred).Subject.SubmissionId);
    }

    [Fact]
    public async Task Two_records_that_find_one_SIS_student_by_different_keys_are_not_posted_together()
    {
        _lookup.Answer = _ => FakeStudentLookup.Finds(MatchRule.NameAndBirthDate, Dcid);

        var plan = await PlanAsync(
            Submission(new DeliveryRecordBuilder().Student("stateID", "IL-2031")),
            Submission(new DeliveryRecordBuilder().With("id", 4712).Student("firstName", "Alicia")));

        Assert.Equal("4711", Assert.Single(plan.Writes).Subject.SubmissionId);
        Assert.Equal("4712", Assert.Single(plan.Deferred).Subject.SubmissionId);
    }

    [Fact]
    public async Task Records_about_different_students_go_in_one_round()
    {
        var plan = await PlanAsync(
            Submission(new DeliveryRecordBuilder()),
            Submission(new DeliveryRecordBuilder().With("id", 4712).Student("firstName", "Bob").Student("gender", "M")));

        Assert.Equal(["4711", "4712"], plan.Writes.Select(write => write.Subject.SubmissionId));
        Assert.Empty(plan.Deferred);
    }

    [Fact]
    public async Task The_first_record_of_the_message_goes_first_even_when_its_lookup_answers_last()
    {
        var secondAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lookups = 0;
        _lookup.Answer = async _ =>
        {
            if (Interlocked.Increment(ref lookups) == 1)
            {
                // The first lookup answers only once the second one has been asked.
                await secondAsked.Task;
            }
            else
            {
                secondAsked.SetResult();
            }

            return new StudentMatch(MatchRule.NameAndBirthDate, []);
        };

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder()), Submission(new DeliveryRecordBuilder().With("id", 4712)));

        Assert.Equal("4711", Assert.Single(plan.Writes).Subject.SubmissionId);
        Assert.Equal("4712", Assert.Single(plan.Deferred).Subject.SubmissionId);
    }

    [Theory]
    [InlineData("2026-09-14", "2026-08-01", "2027-07-01")]
    [InlineData("2027-03-01", "2026-08-01", "2027-07-01")]
    [InlineData("2027-06-30", "2026-08-01", "2027-07-01")]
    [InlineData("2027-07-01", "2027-08-01", "2028-07-01")]
    public async Task An_insert_enrols_the_student_in_the_school_year_of_the_clock(string today, string entry, string exit)
    {
        _time.SetUtcNow(new DateTimeOffset(DateOnly.Parse(today, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder()));

        var fields = Assert.Single(plan.Writes).Write.Fields;
        Assert.Equal((entry, exit), (fields.GetValueOrDefault("school_enrollment.entry_date"), fields.GetValueOrDefault("school_enrollment.exit_date")));
    }

    [Fact]
    public async Task A_configured_entry_date_replaces_the_clock_and_the_exit_follows_it()
    {
        _options.SchoolYearEntryDate = new DateOnly(2026, 8, 24);

        var plan = await PlanAsync(Submission(new DeliveryRecordBuilder()));

        var fields = Assert.Single(plan.Writes).Write.Fields;
        Assert.Equal(("2026-08-24", "2027-07-01"), (fields.GetValueOrDefault("school_enrollment.entry_date"), fields.GetValueOrDefault("school_enrollment.exit_date")));
    }

    [Fact]
    public void A_webhook_update_of_an_insert_only_field_is_rejected()
    {
        var (write, reasons) = UpsertPlanner.PlanUpdate(
            WebhookSubject(), Dcid, new Dictionary<string, string> { ["school_enrollment.grade_level"] = "4" }, DeliveryRecordBuilder.Schools);

        Assert.Null(write);
        Assert.Equal("school_enrollment.grade_level", Assert.Single(reasons!).Field);
    }

    [Fact]
    public void A_webhook_update_is_an_UPDATE_of_the_student_it_names()
    {
        var (planned, reasons) = UpsertPlanner.PlanUpdate(
            WebhookSubject(), Dcid, new Dictionary<string, string> { ["name.first_name"] = "Ann" }, DeliveryRecordBuilder.Schools);

        Assert.Null(reasons);
        Assert.Equal((StudentWriteAction.Update, Dcid, "Ann"), (planned!.Write.Action, planned.Write.Dcid, planned.Write.Fields.GetValueOrDefault("name.first_name")));
        Assert.Equal(UpsertActions.Update, planned.ReportedAction);
    }

    [Fact]
    public async Task New_content_of_a_submission_applied_before_is_an_UPDATE_of_its_known_DCID_even_when_the_name_changed()
    {
        // The corrected name matches nobody: a name match would INSERT a second student.
        _lookup.Answer = _ => FakeStudentLookup.Finds(MatchRule.NameAndBirthDate);
        var corrected = Submission(new DeliveryRecordBuilder().Student("lastName", "Corrected")) with { KnownDcid = Dcid };

        var plan = await PlanAsync(corrected);

        var write = Assert.Single(plan.Writes);
        Assert.Equal((StudentWriteAction.Update, Dcid, UpsertActions.Update), (write.Write.Action, write.Write.Dcid, write.ReportedAction));
        Assert.Equal([Dcid], _lookup.AskedDcids);
        Assert.Empty(_lookup.Asked);
        Assert.Empty(_claims.Held);
    }

    [Fact]
    public async Task New_content_whose_known_DCID_is_gone_from_the_SIS_is_matched_as_usual()
    {
        _lookup.DcidExists = _ => false;
        var corrected = Submission(new DeliveryRecordBuilder()) with { KnownDcid = Dcid };

        var plan = await PlanAsync(corrected);

        Assert.Equal(StudentWriteAction.Insert, Assert.Single(plan.Writes).Write.Action);
        Assert.Single(_lookup.Asked);
    }

    private async Task<UpsertPlan> PlanAsync(params PendingSubmission[] pending)
    {
        var planner = new UpsertPlanner(
            new StudentMappingLoader(Options.Create(new MappingOptions()), NullLogger<StudentMappingLoader>.Instance),
            new FixedDistrictSchools(DeliveryRecordBuilder.Schools),
            _lookup,
            TestHashing.Key(),
            Options.Create(_options),
            _time);
        await using var claims = new StudentClaimSet(_claims, _time, _options.StudentClaimDuration);
        return await planner.PlanAsync(DeliveryTarget, pending, claims, CancellationToken.None);
    }

    private static PendingSubmission Submission(DeliveryRecordBuilder record, UpsertLedgerEntry? entry = null)
    {
        var json = record.Build();
        var id = json.GetProperty("id").GetRawText();
        return new PendingSubmission(new UpsertSubject(id, DeliveryTarget, "batch-1", json.GetRawText()), json, entry);
    }

    private UpsertLedgerEntry Posting(string action) => new("4711", "4711", UpsertState.Posting, action, null, _time.GetUtcNow());

    private static UpsertSubject WebhookSubject() => new("webhook-cmd-1", "webhook", "delivery-1", "{}");

}
