using System.Text.Json;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Mapping.Contacts;

namespace PsFunctions.Sync.Tests.Mapping.Contacts;

/// <summary>A mapping file's contacts section: validated on load, every problem named with its entry; its own addresses, flags from items, each.</summary>
public sealed class ContactMappingFileTests
{
    private const string Fields = """
        "fields": { "name.first_name": { "from": "data.student.firstName" }, "name.last_name": { "from": "data.student.lastName" } }
        """;

    private static StudentMapping Parse(string contacts) => StudentMapping.Parse($$"""{ {{Fields}}, "contacts": {{contacts}} }""", "test.json");

    private static IReadOnlyList<string> Errors(string contacts) =>
        Assert.Throws<MappingFileException>(() => Parse(contacts)).Errors;

    [Fact]
    public void A_file_without_a_contacts_section_writes_no_contact()
    {
        var mapping = StudentMapping.Parse($$"""{ {{Fields}} }""", "test.json");

        Assert.Same(ContactMapping.None, mapping.Contacts);
        Assert.Empty(mapping.Contacts.Map(JsonDocument.Parse("""{"data":{"parent1":{"firstName":"A","lastName":"B"}}}""").RootElement, new Dictionary<string, string>()).Contacts);
    }

    [Fact]
    public void Every_problem_of_the_section_is_named_with_its_entry()
    {
        var errors = Errors("""
            { "relationships": { "Mother": "" },
              "people": [
                { "name": "parent1", "from": "data.parent1", "lastName": "lastName", "relationship": "relationship",
                  "phones": [{ "from": "cell" }], "emails": [{ "from": "email", "type": "Personal", "onUpdate": "sometimes" }],
                  "address": "elsewhere", "flags": { "custody": "yes please!", "guardian": true } },
                { "name": "parent1", "from": "data.parent2", "each": "data.guardians", "firstName": "f", "lastName": "l", "relationshipCode": "Guardian" },
                { "from": "data.x", "firstName": "f", "lastName": "l" }
              ] }
            """);

        Assert.Contains(errors, e => e.StartsWith("contacts.relationships: 'Mother'", StringComparison.Ordinal));
        Assert.Contains("contacts.people[0] (parent1).firstName: is missing (the path of the item, relative to the entry's object)", errors);
        Assert.Contains(errors, e => e.StartsWith("contacts.people[0] (parent1).phones[0].type: is missing", StringComparison.Ordinal));
        Assert.Contains("contacts.people[0] (parent1).emails[0].onUpdate: 'sometimes' is not a policy (known: write, keep, flag)", errors);
        Assert.Contains(errors, e => e.StartsWith("contacts.people[0] (parent1).address: 'elsewhere' is not an address", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("contacts.people[0] (parent1).flags.custody: must be true, false, or the JSON path", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("contacts.people[0] (parent1).flags.guardian: not a flag (known: custody, emergency, livesWith, schoolPickup, receivesMail)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("contacts.people[1] (parent1): needs exactly one of 'from'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("contacts.people[2].name: is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_entries_with_one_name_are_refused()
    {
        var errors = Errors("""
            { "people": [
                { "name": "guardian", "from": "data.a", "firstName": "f", "lastName": "l", "relationshipCode": "Guardian" },
                { "name": "Guardian", "from": "data.b", "firstName": "f", "lastName": "l", "relationshipCode": "Guardian" } ] }
            """);

        Assert.Contains(errors, e => e.StartsWith("contacts.people: the name 'guardian' is used by 2 entries", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_reads_an_array_of_guardians_with_their_own_addresses_and_flags_from_items()
    {
        var mapping = Parse("""
            { "people": [ { "name": "guardians", "each": "data.guardians", "firstName": "first", "lastName": "last", "relationshipCode": "Guardian",
                "phones": [{ "from": "phone", "type": "Mobile", "onUpdate": "flag" }],
                "address": { "street": "addr.street", "city": "addr.city", "state": "addr.state", "postalCode": "addr.zip", "type": "Mailing" },
                "flags": { "livesWith": "livesHere", "schoolPickup": false } } ] }
            """);
        var record = JsonDocument.Parse("""
            {"data":{"guardians":[
              {"first":"Ada","last":"Byron","phone":"217 555 0111","livesHere":"No","addr":{"street":"1 Elm St","city":"Urbana","state":"il","zip":"61801"}},
              {"first":"Ben","last":"Byron","livesHere":"maybe","addr":{"street":"2 Elm St"}},
              null ]}}
            """).RootElement;

        var outcome = mapping.Contacts.Map(record, new Dictionary<string, string>());

        Assert.Equal(["guardians[0]", "guardians[1]"], outcome.Contacts.Select(contact => contact.Entry));
        var ada = outcome.Contacts[0];
        Assert.Equal(new MappedContactChannel("217-555-0111", "Mobile", FieldUpdatePolicy.Flag), Assert.Single(ada.Phones));
        Assert.Equal(new MappedContactAddress("1 Elm St", "Urbana", "IL", "61801", "Mailing", SameAsStudent: false), ada.Address);
        Assert.Equal(new Dictionary<ContactFlag, bool> { [ContactFlag.LivesWith] = false, [ContactFlag.SchoolPickup] = false }, ada.Flags);
        var ben = outcome.Contacts[1];
        Assert.Null(ben.Address);
        Assert.False(ben.Flags.ContainsKey(ContactFlag.LivesWith));
        Assert.Equal(["contacts.guardians[1].address", "contacts.guardians[1].flags.livesWith"], outcome.Problems.Select(p => p.Reason.Field).Order());
    }

    [Fact]
    public void A_relationship_word_the_table_lacks_without_an_other_code_leaves_the_contact_out()
    {
        var mapping = Parse("""
            { "relationships": { "Mother": "MOM" },
              "people": [ { "name": "parent1", "from": "data.parent1", "firstName": "firstName", "lastName": "lastName", "relationship": "relationship" } ] }
            """);
        var record = JsonDocument.Parse("""{"data":{"parent1":{"firstName":"Ada","lastName":"Byron","relationship":"Aunt"}}}""").RootElement;

        var outcome = mapping.Contacts.Map(record, new Dictionary<string, string>());

        Assert.Empty(outcome.Contacts);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("contacts.parent1.relationship", true), (problem.Reason.Field, problem.ContactLeftOut));
        Assert.DoesNotContain("Aunt", problem.Reason.Problem, StringComparison.Ordinal);
        Assert.Equal(["MOM"], mapping.Contacts.RelationshipCodes);
    }
}
