using System.Text.Json;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>Validates a contact entry's <c>address</c>: <c>"sameAsStudent"</c>, or an object of paths with a type code.</summary>
internal static class ContactAddressParser
{
    /// <summary>The address type a contact gets when the entry names none (an assumption: docs/mapping.md).</summary>
    public const string DefaultType = "Home";

    private const string SameAsStudent = "sameAsStudent";

    public static ContactAddressRule? Parse(JsonElement? element, string where, List<string> errors)
    {
        if (element is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            if (value.GetString() == SameAsStudent)
            {
                return new ContactAddressRule(true, null, null, null, null, DefaultType);
            }

            errors.Add($"{where}: '{value.GetString()}' is not an address (use \"{SameAsStudent}\" or an object with street, city, state, postalCode)");
            return null;
        }

        ContactAddressDocument? document;
        try
        {
            document = value.Deserialize(MappingJsonContext.Default.ContactAddressDocument);
        }
        catch (JsonException exception)
        {
            errors.Add($"{where}: not a valid address object: {exception.Message}");
            return null;
        }

        return document is null ? null : FromObject(document, where, errors);
    }

    private static ContactAddressRule? FromObject(ContactAddressDocument document, string where, List<string> errors)
    {
        var type = string.IsNullOrWhiteSpace(document.Type) ? DefaultType : document.Type.Trim();
        if (document.SameAsStudent)
        {
            if (document.Street is not null || document.City is not null || document.State is not null || document.PostalCode is not null)
            {
                errors.Add($"{where}: sameAsStudent takes the student's address; street, city, state and postalCode cannot be given with it");
            }

            return new ContactAddressRule(true, null, null, null, null, type);
        }

        var count = errors.Count;
        var paths = new ContactPaths(where, errors);
        var rule = new ContactAddressRule(
            false, paths.Required(document.Street, "street"), paths.Required(document.City, "city"),
            paths.Required(document.State, "state"), paths.Required(document.PostalCode, "postalCode"), type);
        return errors.Count > count ? null : rule;
    }
}
