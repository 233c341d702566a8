using PsFunctions.Sync.Mapping.Contacts;

namespace PsFunctions.Sync.Contacts;

/// <summary>
/// Decides whether a parent or guardian of a form is a contact the SIS already holds (docs/contacts.md, "Matching"):
/// <list type="number">
/// <item>In the family (contacts linked to the student or a sibling): the same first and last name, or the same last name
/// and a shared e-mail or phone. One such contact is reused; several are narrowed to those sharing an e-mail or phone,
/// and still several (or none after narrowing) is ambiguous.</item>
/// <item>In the district: the same first and last name and a shared e-mail or phone. One is reused; several are ambiguous.
/// The same name alone is another person (namesakes are common; a family's own contacts were checked first).</item>
/// <item>Otherwise a new contact.</item>
/// </list>
/// </summary>
public static class ContactMatcher
{
    public static ContactMatch Match(MappedContact person, IReadOnlyList<KnownContact> known)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(known);
        var first = ContactIdentity.Name(person.FirstName);
        var last = ContactIdentity.Name(person.LastName);
        var emails = person.Emails.Select(email => ContactIdentity.Email(email.Value)).ToHashSet(StringComparer.Ordinal);
        var phones = person.Phones.Select(phone => ContactIdentity.Phone(phone.Value)).ToHashSet(StringComparer.Ordinal);
        bool SameName(KnownContact contact) => ContactIdentity.Name(contact.FirstName) == first && ContactIdentity.Name(contact.LastName) == last;
        bool Shares(KnownContact contact) =>
            contact.Emails.Any(email => emails.Contains(ContactIdentity.Email(email)))
            || contact.Phones.Any(phone => phones.Contains(ContactIdentity.Phone(phone)));

        var family = known.Where(contact => contact.InFamily)
            .Where(contact => SameName(contact) || (ContactIdentity.Name(contact.LastName) == last && Shares(contact)))
            .DistinctBy(contact => contact.ContactId).ToList();
        if (family.Count > 0)
        {
            return Decide(ContactMatchKind.Family, family.Count == 1 ? family : [.. family.Where(Shares)], family);
        }

        var district = known.Where(contact => !contact.InFamily && SameName(contact) && Shares(contact))
            .DistinctBy(contact => contact.ContactId).ToList();
        return district.Count == 0 ? ContactMatch.New : Decide(ContactMatchKind.District, district, district);
    }

    private static ContactMatch Decide(ContactMatchKind kind, List<KnownContact> narrowed, List<KnownContact> candidates) =>
        narrowed.Count == 1
            ? ContactMatch.Reuse(kind, narrowed[0].ContactId)
            : ContactMatch.Ambiguous(candidates.Select(contact => contact.ContactId));
}
