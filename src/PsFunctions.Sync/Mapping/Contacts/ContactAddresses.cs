namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// A person's address: the student's mapped physical address for <c>sameAsStudent</c>, else the person's own, all four
/// parts or none (a part missing leaves the address out, kept as a problem).
/// </summary>
internal static class ContactAddresses
{
    private static readonly string[] StudentParts =
        ["addresses.physical.street", "addresses.physical.city", "addresses.physical.state_province", "addresses.physical.postal_code"];

    public static MappedContactAddress? Read(ContactAddressRule? rule, ContactReader reader, IReadOnlyDictionary<string, string> studentFields)
    {
        if (rule is null)
        {
            return null;
        }

        if (rule.SameAsStudent)
        {
            var parts = StudentParts.Select(studentFields.GetValueOrDefault).ToArray();
            return parts.Any(part => part is null)
                ? null
                : new MappedContactAddress(parts[0]!, parts[1]!, parts[2]!, parts[3]!, rule.Type, SameAsStudent: true);
        }

        var street = reader.Text(rule.Street, "address.street");
        var city = reader.Text(rule.City, "address.city");
        var state = reader.Text(rule.State, "address.state")?.ToUpperInvariant();
        var postal = reader.Text(rule.PostalCode, "address.postalCode");
        string?[] own = [street, city, state, postal];
        if (own.All(part => part is null))
        {
            return null;
        }

        if (own.Any(part => part is null))
        {
            reader.Problem("address", "has some of street, city, state and postal code but not all; it is left out",
                "an address is written whole: street, city, state and postal code", leftOut: false);
            return null;
        }

        return new MappedContactAddress(street!, city!, state!, postal!, rule.Type, SameAsStudent: false);
    }
}
