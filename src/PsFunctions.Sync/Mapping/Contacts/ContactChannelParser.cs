namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>Validates the e-mails or phones of a contact entry: a path and a type code each, and an <c>onUpdate</c> policy.</summary>
internal static class ContactChannelParser
{
    public static IReadOnlyList<ContactChannelRule> Parse(ContactChannelDocument[]? entries, string where, List<string> errors)
    {
        var rules = new List<ContactChannelRule>();
        for (var index = 0; index < (entries?.Length ?? 0); index++)
        {
            var place = $"{where}[{index}]";
            if (entries![index] is not { } entry)
            {
                errors.Add($"{place}: must be an object with 'from' and 'type'");
                continue;
            }

            var count = errors.Count;
            var from = new ContactPaths(place, errors).Required(entry.From, "from");
            if (string.IsNullOrWhiteSpace(entry.Type))
            {
                errors.Add($"{place}.type: is missing (the district's type code, e.g. Mobile, Home, Work)");
            }

            var onUpdate = OnUpdate(entry.OnUpdate, place, errors);
            if (errors.Count == count)
            {
                rules.Add(new ContactChannelRule(from!, entry.Type!.Trim(), onUpdate));
            }
        }

        return rules;
    }

    private static FieldUpdatePolicy OnUpdate(string? word, string place, List<string> errors)
    {
        if (word is null)
        {
            return FieldUpdatePolicy.Write;
        }

        var policy = FieldPolicies.UpdatePolicy(word);
        if (policy is null)
        {
            errors.Add($"{place}.onUpdate: '{word}' is not a policy (known: {string.Join(", ", FieldPolicies.UpdateWords)})");
        }

        return policy ?? FieldUpdatePolicy.Write;
    }
}
