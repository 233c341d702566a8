using System.Text.Json;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// Applies a <see cref="ContactMapping"/> to one delivery record: each entry's object (or each element of its array) that
/// holds anything becomes a <see cref="MappedContact"/>, or a problem kept for a person. An object with no name, e-mail or
/// phone at all (an empty parent 2 block) is no contact and no problem.
/// </summary>
internal static class ContactMapper
{
    public static ContactMappingOutcome Map(ContactMapping mapping, JsonElement record, IReadOnlyDictionary<string, string> studentFields)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(studentFields);
        var contacts = new List<MappedContact>();
        var problems = new List<ContactMappingProblem>();
        foreach (var source in mapping.Sources)
        {
            foreach (var (entry, person) in People(source, record, problems))
            {
                var reader = new ContactReader(entry, person, problems);
                if (ContactBuilder.Build(source, mapping, reader, studentFields) is { } contact)
                {
                    contacts.Add(contact);
                }
            }
        }

        return new ContactMappingOutcome(contacts, problems);
    }

    private static IEnumerable<(string Entry, JsonElement Person)> People(ContactSource source, JsonElement record, List<ContactMappingProblem> problems)
    {
        if (source.Base.Find(record) is not { } found)
        {
            yield break;
        }

        if (!source.IsEach)
        {
            if (found.ValueKind == JsonValueKind.Object)
            {
                yield return (source.Name, found);
            }
            else
            {
                problems.Add(NotAnObject(source.Name, source.Base.Text));
            }

            yield break;
        }

        if (found.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new(source.Name, new RejectionReason($"contacts.{source.Name}", $"is not an array at {source.Base}",
                "an 'each' entry reads an array of objects, one per person"), ContactLeftOut: true));
            yield break;
        }

        var index = 0;
        foreach (var element in found.EnumerateArray())
        {
            var entry = $"{source.Name}[{index++}]";
            if (element.ValueKind == JsonValueKind.Object)
            {
                yield return (entry, element);
            }
            else if (element.ValueKind != JsonValueKind.Null)
            {
                problems.Add(NotAnObject(entry, $"{source.Base}[{index - 1}]"));
            }
        }
    }

    private static ContactMappingProblem NotAnObject(string entry, string path) =>
        new(entry, new RejectionReason($"contacts.{entry}", $"is not an object at {path}", "a contact entry reads an object of the person's items"),
            ContactLeftOut: true);
}
