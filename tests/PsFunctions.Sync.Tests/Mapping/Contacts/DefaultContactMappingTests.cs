using System.Text.Json;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Mapping.Contacts;

namespace PsFunctions.Sync.Tests.Mapping.Contacts;

/// <summary>The default mapping's contacts section over the documented delivery-record shape (parent1 / parent2 blocks).</summary>
public sealed class DefaultContactMappingTests
{
    private static ContactMappingOutcome Map(DeliveryRecordBuilder record)
    {
        // The student's own fields may be refused by the legacy contact rules (emergency name and phone together): the
        // contacts are mapped all the same, with the student's address when it mapped.
        var outcome = record.Map();
        var studentFields = outcome.IsMapped ? outcome.Student.Fields : new Dictionary<string, string>();
        return StudentMappingLoader.DefaultMapping.Contacts.Map(record.Build(), studentFields);
    }

    [Fact]
    public void Parent_1_becomes_a_contact_with_the_district_codes_and_the_students_address()
    {
        var outcome = Map(new DeliveryRecordBuilder());

        Assert.Empty(outcome.Problems);
        var mother = Assert.Single(outcome.Contacts);
        Assert.Equal(("parent1", "Jane", "Smith", "Mother"), (mother.Entry, mother.FirstName, mother.LastName, mother.RelationshipCode));
        Assert.Equal([new MappedContactChannel("jane.smith@example.org", "Personal", FieldUpdatePolicy.Write)], mother.Emails);
        Assert.Equal(["217-555-0101 Mobile", "217-555-0100 Home"], mother.Phones.Select(phone => $"{phone.Value} {phone.Type}"));
        Assert.Equal(new MappedContactAddress("12 Oak Street", "Springfield", "IL", "62704", "Home", SameAsStudent: true), mother.Address);
        Assert.True(mother.Flags[ContactFlag.Custody] && mother.Flags[ContactFlag.LivesWith] && mother.Flags[ContactFlag.ReceivesMail]);
    }

    [Fact]
    public void A_missing_or_empty_parent_2_is_no_contact_and_no_problem()
    {
        var empty = new DeliveryRecordBuilder().With("data.parent2", JsonSerializer.SerializeToNode(new { relationship = "", firstName = "", lastName = "", email = "" }));

        Assert.Single(Map(new DeliveryRecordBuilder()).Contacts);
        var outcome = Map(empty);
        Assert.Single(outcome.Contacts);
        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public void Relationship_words_match_ignoring_case_and_an_unknown_word_gets_the_other_code()
    {
        var outcome = Map(new DeliveryRecordBuilder()
            .With("data.parent1.relationship", "grandmother")
            .With("data.parent2", JsonSerializer.SerializeToNode(new { relationship = "Godparent", firstName = "Ray", lastName = "Smith", cellPhone = "2175550150" })));

        Assert.Equal(["Grandparent", "Other"], outcome.Contacts.Select(contact => contact.RelationshipCode));
        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public void A_person_named_without_a_last_name_is_left_out_with_the_field_and_the_rule()
    {
        var outcome = Map(new DeliveryRecordBuilder().With("data.parent2", JsonSerializer.SerializeToNode(new { relationship = "Father", firstName = "Ray", email = "ray@example.org" })));

        Assert.Single(outcome.Contacts);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("parent2", "contacts.parent2.lastName", true), (problem.Entry, problem.Reason.Field, problem.ContactLeftOut));
        Assert.Contains("first and a last name", problem.Reason.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_phone_or_e_mail_is_left_out_and_kept_as_a_problem_while_the_contact_stays()
    {
        var outcome = Map(new DeliveryRecordBuilder().With("data.parent1.cellPhone", "555-01").With("data.parent1.email", "jane at example.org"));

        var mother = Assert.Single(outcome.Contacts);
        Assert.Equal(["217-555-0100"], mother.Phones.Select(phone => phone.Value));
        Assert.Empty(mother.Emails);
        Assert.Equal(["contacts.parent1.emails[0]", "contacts.parent1.phones[0]"], outcome.Problems.Select(p => p.Reason.Field).Order());
        Assert.All(outcome.Problems, problem => Assert.False(problem.ContactLeftOut));
        // A problem names the field and the rule, never the family's value.
        Assert.DoesNotContain(outcome.Problems, problem => problem.Reason.Problem.Contains("jane at", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_number_given_as_cell_and_home_phone_is_kept_once_with_its_first_type()
    {
        var outcome = Map(new DeliveryRecordBuilder().With("data.parent1.homePhone", "217-555-0101"));

        Assert.Equal(["217-555-0101 Mobile"], Assert.Single(outcome.Contacts).Phones.Select(phone => $"{phone.Value} {phone.Type}"));
    }

    [Fact]
    public void A_student_without_an_address_gives_same_as_student_contacts_none()
    {
        var record = new DeliveryRecordBuilder().With("data.address", null);

        Assert.Null(Assert.Single(Map(record).Contacts).Address);
    }
}
