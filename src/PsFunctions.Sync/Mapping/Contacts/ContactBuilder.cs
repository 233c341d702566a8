namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>Makes one <see cref="MappedContact"/> from a person's object, or null when it holds nothing or cannot be a contact.</summary>
internal static class ContactBuilder
{
    private const string NameRule = "a contact needs a first and a last name (PowerSchool refuses a person without them)";

    public static MappedContact? Build(ContactSource source, ContactMapping mapping, ContactReader reader, IReadOnlyDictionary<string, string> studentFields)
    {
        var first = reader.Text(source.FirstName, "firstName");
        var middle = reader.Text(source.MiddleName, "middleName");
        var last = reader.Text(source.LastName, "lastName");
        var emails = ContactChannels.Raw(source.Emails, reader, "emails");
        var phones = ContactChannels.Raw(source.Phones, reader, "phones");
        if (first is null && middle is null && last is null && emails.Count == 0 && phones.Count == 0)
        {
            return null;
        }

        if (first is null || last is null)
        {
            var (field, path) = first is null ? ("firstName", source.FirstName) : ("lastName", source.LastName);
            reader.Problem(field, $"is missing (from {source.Base}.{path}) while the form names this person", NameRule, leftOut: true);
            return null;
        }

        if (ContactRelationship.Code(source, mapping, reader) is not { } code)
        {
            return null;
        }

        return new MappedContact(reader.Entry, first, middle, last, code)
        {
            Emails = ContactChannels.Emails(emails, reader),
            Phones = ContactChannels.Phones(phones, reader),
            Address = ContactAddresses.Read(source.Address, reader, studentFields),
            Flags = ContactFlags.Read(source.Flags, reader),
        };
    }
}
