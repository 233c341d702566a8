namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// The district relationship code of one person: the form's word through <c>contacts.relationships</c> (ignoring case),
/// else <c>otherRelationship</c> for a word the table lacks; the entry's <c>relationshipCode</c> when the form has no word.
/// </summary>
internal static class ContactRelationship
{
    public static string? Code(ContactSource source, ContactMapping mapping, ContactReader reader)
    {
        var word = reader.Text(source.Relationship, "relationship");
        if (word is null)
        {
            if (source.RelationshipCode is { } fixedCode)
            {
                return fixedCode;
            }

            reader.Problem("relationship", $"is missing (from {source.Base}.{source.Relationship})",
                "a contact is linked to the student with a relationship code", leftOut: true);
            return null;
        }

        if (mapping.Relationships.TryGetValue(word, out var code))
        {
            return code;
        }

        if (mapping.OtherRelationship is { } other)
        {
            return other;
        }

        // The word is the family's: it is not repeated here (the attention item shows the submission's values to staff).
        reader.Problem("relationship", "is a word contacts.relationships does not list, and there is no otherRelationship",
            "the form's relationship words map to the district's relationship codes (docs/mapping.md, Contacts)", leftOut: true);
        return null;
    }
}
