using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.Mapping;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>What a planned write changes: the fields it sends that differ from what the matched student holds.</summary>
public sealed class UpsertAuditChangesTests
{
    private static readonly UpsertSubject Subject = new("webhook-cmd-1", "webhook:crm", "delivery-1", "{}");

    private static readonly SisStudent Matched = new()
    {
        Id = 42,
        Name = new PersonName { FirstName = "Ann", MiddleName = "Lee", LastName = "Quintero" },
    };

    [Fact]
    public void An_update_plan_carries_the_matched_students_values_as_before()
    {
        var (planned, _) = UpsertPlanner.PlanUpdate(
            Subject, 42, new Dictionary<string, string> { ["name.first_name"] = "Anna" }, DeliveryRecordBuilder.Schools, Matched);

        Assert.Equal(SisStudentValues.Read(Matched), planned!.Before);
    }

    [Fact]
    public void An_update_changes_only_the_fields_whose_values_differ_with_their_old_values()
    {
        var write = Update(new() { ["name.first_name"] = "Anna", ["name.last_name"] = " Quintero", ["name.middle_name"] = "Lee" });

        Assert.Equal([new FieldChange("name.first_name", "Ann", "Anna")], UpsertAuditChanges.Of(write));
    }

    [Fact]
    public void A_field_the_sis_held_nothing_in_changes_from_nothing()
    {
        var write = Update(new() { ["contact.guardian_email"] = "a@family.example" });

        Assert.Equal([new FieldChange("contact.guardian_email", null, "a@family.example")], UpsertAuditChanges.Of(write));
    }

    [Fact]
    public void An_update_sending_what_the_sis_holds_changes_nothing()
    {
        Assert.Empty(UpsertAuditChanges.Of(Update(new() { ["name.first_name"] = "Ann", ["name.last_name"] = "Quintero" })));
    }

    [Fact]
    public void An_insert_changes_every_field_it_sends_from_nothing()
    {
        var insert = new PlannedWrite(
            Subject,
            StudentWriteFactory.Create(StudentWriteAction.Insert, null, Subject.SubmissionId, new Dictionary<string, string> { ["name.last_name"] = "Quintero", ["name.middle_name"] = "" }),
            UpsertActions.Insert);

        // An empty value is not sent, so it is not a change either.
        Assert.Equal([new FieldChange("name.last_name", null, "Quintero")], UpsertAuditChanges.Of(insert));
    }

    private static PlannedWrite Update(Dictionary<string, string> fields) =>
        UpsertPlanner.PlanUpdate(Subject, 42, fields, DeliveryRecordBuilder.Schools, Matched).Write!;
}
