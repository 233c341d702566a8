using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.Hashing;
using PsFunctions.Sync.Tests.Mapping;
using PsFunctions.Sync.Tests.Students.Fakes;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// What an UPDATE of a returning student sends and what it keeps for a person, one decision per test, with the SIS faked:
/// a school change (INSERT-only) raises a transfer and the rest is applied; <c>keep</c>, <c>flag</c> and <c>drop</c>.
/// </summary>
public sealed class UpsertPlannerAttentionTests : IDisposable
{
    private const string DeliveryTarget = "target-1";
    private const long Dcid = 42;
    private const string SchoolNumber = "school_enrollment.school_number";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 9, 14, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeStudentLookup _lookup = new();
    private readonly PolicyMapping _mapping = new();

    public void Dispose() => _mapping.Dispose();

    [Fact]
    public async Task A_returning_student_asking_for_another_school_is_updated_without_it_and_raises_a_transfer_naming_both_schools()
    {
        Returns(Student(school: 200));

        var planned = await PlanAsync(new DeliveryRecordBuilder().Student("firstName", "Alicia"));

        Assert.Equal(StudentWriteAction.Update, planned.Write.Action);
        Assert.Equal("Alicia", planned.Write.Fields.GetValueOrDefault("name.first_name"));
        Assert.False(planned.Write.Fields.ContainsKey(SchoolNumber));
        var transfer = Assert.Single(planned.Attention);
        Assert.Equal((SchoolNumber, AttentionKind.Transfer, "200", "100"), (transfer.Field, transfer.Kind, transfer.SisValue, transfer.RequestedValue));
        Assert.Equal("needs a transfer in PowerSchool from school 200 to school 100", transfer.Problem);
    }

    [Fact]
    public async Task Defaults_of_the_mapping_are_no_request_so_other_entry_dates_and_statuses_in_the_SIS_raise_nothing()
    {
        // The SIS enrolment's dates and status differ from the mapping's {schoolYear.*} and "A" defaults.
        Returns(Student(school: 100) with
        {
            SchoolEnrollment = new StudentSchoolEnrollment
            {
                SchoolNumber = 100, GradeLevel = 0, EntryDate = new DateOnly(2024, 8, 19), ExitDate = new DateOnly(2025, 6, 6), EnrollStatus = "P",
            },
        });

        var planned = await PlanAsync(new DeliveryRecordBuilder());

        Assert.Empty(planned.Attention);
    }

    [Fact]
    public async Task Another_grade_at_another_school_is_a_transfer_naming_both_schools_too()
    {
        Returns(Student(school: 200, grade: 6));

        var planned = await PlanAsync(new DeliveryRecordBuilder().Student("grade", "5"));

        var grade = Assert.Single(planned.Attention, item => item.Field == "school_enrollment.grade_level");
        Assert.Equal((AttentionKind.Transfer, "6", "5"), (grade.Kind, grade.SisValue, grade.RequestedValue));
        Assert.Contains("from school 200 to school 100", grade.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keep_never_overwrites_the_SIS_value_on_an_update_and_raises_nothing()
    {
        _mapping.With("name.first_name", "onUpdate", "keep");
        Returns(Student(school: 100));

        var planned = await PlanAsync(new DeliveryRecordBuilder().Student("firstName", "Alicia"));

        Assert.False(planned.Write.Fields.ContainsKey("name.first_name"));
        Assert.Equal("Smith", planned.Write.Fields.GetValueOrDefault("name.last_name"));
        Assert.Empty(planned.Attention);
    }

    [Fact]
    public async Task Keep_still_writes_the_value_when_the_student_is_inserted()
    {
        _mapping.With("name.first_name", "onUpdate", "keep");

        var planned = await PlanAsync(new DeliveryRecordBuilder().Student("firstName", "Alicia"));

        Assert.Equal(StudentWriteAction.Insert, planned.Write.Action);
        Assert.Equal("Alicia", planned.Write.Fields.GetValueOrDefault("name.first_name"));
    }

    [Fact]
    public async Task Flag_does_not_write_a_different_value_and_keeps_both_values_for_a_person()
    {
        _mapping.With("contact.guardian_email", "onUpdate", "flag");
        Returns(Student(school: 100) with { Contact = new StudentContact { GuardianEmail = "old.address@example.org" } });

        var planned = await PlanAsync(new DeliveryRecordBuilder());

        Assert.False(planned.Write.Fields.ContainsKey("contact.guardian_email"));
        var flagged = Assert.Single(planned.Attention);
        Assert.Equal(("contact.guardian_email", AttentionKind.Flagged), (flagged.Field, flagged.Kind));
        Assert.Equal(("old.address@example.org", "jane.smith@example.org"), (flagged.SisValue, flagged.RequestedValue));
    }

    [Fact]
    public async Task Flag_raises_nothing_when_the_SIS_holds_the_same_value_in_another_case()
    {
        _mapping.With("contact.guardian_email", "onUpdate", "flag");
        Returns(Student(school: 100) with { Contact = new StudentContact { GuardianEmail = " JANE.Smith@example.org" } });

        var planned = await PlanAsync(new DeliveryRecordBuilder());

        Assert.False(planned.Write.Fields.ContainsKey("contact.guardian_email"));
        Assert.Empty(planned.Attention);
    }

    [Fact]
    public async Task Drop_applies_the_rest_of_the_record_and_keeps_the_value_and_the_rule_for_a_person()
    {
        _mapping.With("phones.main.number", "onInvalid", "drop");

        var planned = await PlanAsync(new DeliveryRecordBuilder().With("data.parent1.homePhone", "555-01"));

        Assert.Equal(StudentWriteAction.Insert, planned.Write.Action);
        Assert.False(planned.Write.Fields.ContainsKey("phones.main.number"));
        var dropped = Assert.Single(planned.Attention);
        Assert.Equal(("phones.main.number", AttentionKind.Dropped, "555-01"), (dropped.Field, dropped.Kind, dropped.RequestedValue));
        Assert.Contains("10 digits", dropped.Rule, StringComparison.Ordinal);
        Assert.DoesNotContain("555-01", dropped.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_drop_the_same_value_rejects_the_record()
    {
        var plan = await PlanAllAsync(new DeliveryRecordBuilder().With("data.parent1.homePhone", "555-01"));

        Assert.Equal("phones.main.number", Assert.Single(Assert.Single(plan.Rejected).Reasons).Field);
    }

    private void Returns(SisStudent student) =>
        _lookup.Answer = _ => Task.FromResult<StudentMatch?>(new StudentMatch(MatchRule.NameAndBirthDate, [Dcid]) { Student = student });

    private static SisStudent Student(int school, int grade = 0) => new()
    {
        Id = Dcid,
        Name = new PersonName { FirstName = "Alice", MiddleName = "Rose", LastName = "Smith" },
        Demographics = new StudentDemographics { BirthDate = new DateOnly(2019, 4, 20), Gender = "F" },
        SchoolEnrollment = new StudentSchoolEnrollment
        {
            SchoolNumber = school, GradeLevel = grade, EntryDate = new DateOnly(2026, 8, 1), ExitDate = new DateOnly(2027, 7, 1), EnrollStatus = "A",
        },
        Contact = new StudentContact { GuardianEmail = "jane.smith@example.org" },
    };

    private async Task<PlannedWrite> PlanAsync(DeliveryRecordBuilder record)
    {
        var plan = await PlanAllAsync(record);
        Assert.Empty(plan.Rejected);
        return Assert.Single(plan.Writes);
    }

    private async Task<UpsertPlan> PlanAllAsync(DeliveryRecordBuilder record)
    {
        var options = new StudentUpsertOptions();
        var planner = new UpsertPlanner(
            new StudentMappingLoader(Options.Create(new MappingOptions { MappingFolder = _mapping.Folder(DeliveryTarget) }), NullLogger<StudentMappingLoader>.Instance),
            new FixedDistrictSchools(DeliveryRecordBuilder.Schools),
            _lookup,
            TestHashing.Key(),
            Options.Create(options),
            _time);
        await using var claims = new StudentClaimSet(new InMemoryStudentClaims(), _time, options.StudentClaimDuration);
        var json = record.Build();
        var subject = new UpsertSubject(json.GetProperty("id").GetRawText(), DeliveryTarget, "batch-1", json.GetRawText());
        return await planner.PlanAsync(DeliveryTarget, [new PendingSubmission(subject, json, null)], claims, CancellationToken.None);
    }
}
