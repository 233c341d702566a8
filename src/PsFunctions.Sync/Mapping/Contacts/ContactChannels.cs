namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// A person's e-mails and phones: read in the entry's order, each validated (an e-mail has one @; a phone is a 10-digit
/// North American number), and the same address or number given twice kept once (its first type wins).
/// </summary>
internal static class ContactChannels
{
    private static readonly FieldTransform Phone = FieldTransform.TryCreate("phone", out _)!;

    public static IReadOnlyList<(ContactChannelRule Rule, string Value, string Field)> Raw(
        IReadOnlyList<ContactChannelRule> rules, ContactReader reader, string kind)
    {
        var values = new List<(ContactChannelRule, string, string)>();
        for (var index = 0; index < rules.Count; index++)
        {
            var field = $"{kind}[{index}]";
            if (reader.Text(rules[index].From, field) is { } value)
            {
                values.Add((rules[index], value, field));
            }
        }

        return values;
    }

    public static IReadOnlyList<MappedContactChannel> Emails(IReadOnlyList<(ContactChannelRule Rule, string Value, string Field)> raw, ContactReader reader)
    {
        var emails = new List<MappedContactChannel>();
        foreach (var (rule, value, field) in raw)
        {
            var email = value.ToLowerInvariant();
            if (!FieldValueRules.LooksLikeEmail(email))
            {
                reader.Problem(field, $"is not an e-mail address (from {rule.From}); it is left out", "one @ with text on both sides and no spaces", leftOut: false);
            }
            else if (!emails.Exists(known => known.Value == email))
            {
                emails.Add(new MappedContactChannel(email, rule.Type, rule.OnUpdate));
            }
        }

        return emails;
    }

    public static IReadOnlyList<MappedContactChannel> Phones(IReadOnlyList<(ContactChannelRule Rule, string Value, string Field)> raw, ContactReader reader)
    {
        var phones = new List<MappedContactChannel>();
        foreach (var (rule, value, field) in raw)
        {
            var result = Phone.Apply(value, StudentMapping.DefaultGradeLevels, []);
            if (!result.Succeeded)
            {
                reader.Problem(field, $"{result.Problem} (from {rule.From}); it is left out", result.Rule!, leftOut: false);
            }
            else if (!phones.Exists(known => known.Value == result.Value))
            {
                phones.Add(new MappedContactChannel(result.Value!, rule.Type, rule.OnUpdate));
            }
        }

        return phones;
    }
}
