using System.Text.Json;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// Turns a mapping file's <c>contacts</c> section into a <see cref="ContactMapping"/>, adding every problem to the file's
/// errors with the entry it is in (<c>contacts.people[1] (parent2).phones[0].type: …</c>).
/// </summary>
internal static class ContactMappingParser
{
    private const string Section = "contacts";

    public static ContactMapping Parse(ContactsSectionDocument? section, List<string> errors)
    {
        if (section is null)
        {
            return ContactMapping.None;
        }

        var count = errors.Count;
        var relationships = Relationships(section, errors);
        if (section.People is not { Length: > 0 } people)
        {
            errors.Add($"{Section}.people: is missing or empty (name where each parent or guardian is on the form, or leave out the contacts section)");
            return ContactMapping.None;
        }

        var sources = people.Select((entry, index) => ParseSource(entry, index, relationships, section.OtherRelationship, errors))
            .OfType<ContactSource>().ToList();
        foreach (var name in sources.GroupBy(source => source.Name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
        {
            errors.Add($"{Section}.people: the name '{name.Key}' is used by {name.Count()} entries (each names its contacts in attention items and the ledger)");
        }

        if (section.OtherRelationship is { } other && string.IsNullOrWhiteSpace(other))
        {
            errors.Add($"{Section}.otherRelationship: must be a relationship code, not blank");
        }

        return errors.Count > count ? ContactMapping.None : new ContactMapping(relationships, section.OtherRelationship, sources);
    }

    private static Dictionary<string, string> Relationships(ContactsSectionDocument section, List<string> errors)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, code) in section.Relationships ?? [])
        {
            if (string.IsNullOrWhiteSpace(word) || string.IsNullOrWhiteSpace(code))
            {
                errors.Add($"{Section}.relationships: '{word}' → '{code}': a word and a code, neither blank");
            }
            else if (!table.TryAdd(word.Trim(), code.Trim()))
            {
                errors.Add($"{Section}.relationships: '{word}' is listed twice (words are matched ignoring case)");
            }
        }

        return table;
    }

    private static ContactSource? ParseSource(
        ContactSourceDocument? entry, int index, Dictionary<string, string> relationships, string? other, List<string> errors)
    {
        var where = $"{Section}.people[{index}]";
        if (entry is null)
        {
            errors.Add($"{where}: must be an object");
            return null;
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            errors.Add($"{where}.name: is missing (a short name such as parent1: it names the contact in attention items and the ledger)");
            return null;
        }

        where = $"{where} ({entry.Name})";
        var count = errors.Count;
        var (basePath, isEach) = Base(entry, where, errors);
        var paths = new ContactPaths(where, errors);
        var firstName = paths.Required(entry.FirstName, "firstName");
        var lastName = paths.Required(entry.LastName, "lastName");
        var relationship = paths.Optional(entry.Relationship, "relationship");
        CheckRelationship(entry, relationships, other, where, errors);
        var source = new ContactSource(entry.Name.Trim(), basePath!, isEach)
        {
            FirstName = firstName!,
            MiddleName = paths.Optional(entry.MiddleName, "middleName"),
            LastName = lastName!,
            Relationship = relationship,
            RelationshipCode = entry.RelationshipCode?.Trim(),
            Emails = ContactChannelParser.Parse(entry.Emails, $"{where}.emails", errors),
            Phones = ContactChannelParser.Parse(entry.Phones, $"{where}.phones", errors),
            Address = ContactAddressParser.Parse(entry.Address, $"{where}.address", errors),
            Flags = ContactFlagParser.Parse(entry.Flags, $"{where}.flags", errors),
        };
        return errors.Count > count ? null : source;
    }

    private static (SourcePath? Base, bool IsEach) Base(ContactSourceDocument entry, string where, List<string> errors)
    {
        if ((entry.From is null) == (entry.Each is null))
        {
            errors.Add($"{where}: needs exactly one of 'from' (the object holding the person's items, e.g. data.parent1) or 'each' (an array of such objects, e.g. data.guardians)");
            return (null, false);
        }

        var text = entry.From ?? entry.Each;
        var path = SourcePath.TryParse(text);
        if (path is null)
        {
            errors.Add($"{where}.{(entry.From is null ? "each" : "from")}: bad JSON path '{text}' (expected dot-separated names with optional [index], e.g. data.parent1)");
        }

        return (path, entry.Each is not null);
    }

    private static void CheckRelationship(
        ContactSourceDocument entry, Dictionary<string, string> relationships, string? other, string where, List<string> errors)
    {
        if (entry.Relationship is null && string.IsNullOrWhiteSpace(entry.RelationshipCode))
        {
            errors.Add($"{where}: needs 'relationship' (the item holding the relationship word) or 'relationshipCode' (the code every such contact gets)");
        }
        else if (entry.Relationship is not null && relationships.Count == 0 && other is null)
        {
            errors.Add($"{where}.relationship: contacts.relationships is empty and there is no otherRelationship: no word on the form could be given a code");
        }
    }
}
