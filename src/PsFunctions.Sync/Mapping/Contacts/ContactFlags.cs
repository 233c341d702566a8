namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// The flags of a person's link to the student: a value the mapping fixes, or a yes/no item of the form (yes, y, true,
/// 1, x, on, checked / no, n, false, 0, off, unchecked; ignoring case). A blank item leaves the flag as the SIS has it.
/// </summary>
internal static class ContactFlags
{
    private static readonly HashSet<string> Yes = new(["yes", "y", "true", "1", "x", "on", "checked"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> No = new(["no", "n", "false", "0", "off", "unchecked"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<ContactFlag, bool> Read(IReadOnlyDictionary<ContactFlag, ContactFlagRule> rules, ContactReader reader)
    {
        var flags = new Dictionary<ContactFlag, bool>();
        foreach (var (flag, rule) in rules)
        {
            if (rule.Constant is { } constant)
            {
                flags[flag] = constant;
                continue;
            }

            var name = $"flags.{ContactFlagParser.NameOf(flag)}";
            switch (reader.Text(rule.From, name))
            {
                case null:
                    break;
                case var word when Yes.Contains(word):
                    flags[flag] = true;
                    break;
                case var word when No.Contains(word):
                    flags[flag] = false;
                    break;
                default:
                    reader.Problem(name, $"is not a yes/no answer (from {rule.From}); the flag is left as the SIS has it",
                        "yes, y, true, 1, x, on, checked or no, n, false, 0, off, unchecked", leftOut: false);
                    break;
            }
        }

        return flags;
    }
}
