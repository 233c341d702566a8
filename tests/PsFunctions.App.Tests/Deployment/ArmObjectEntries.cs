namespace PsFunctions.App.Tests.Deployment;

/// <summary>
/// The entries of an ARM <c>createObject('key', value, ...)</c> expression (how Bicep compiles an object built from module
/// outputs), each value as its expression text. Splits on the commas outside parentheses and quoted strings.
/// </summary>
internal static class ArmObjectEntries
{
    public static IReadOnlyDictionary<string, string> Read(string expression)
    {
        const string Start = "createObject(";
        var at = expression.IndexOf(Start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"not a createObject expression: {expression[..Math.Min(200, expression.Length)]}");
        var arguments = SplitArguments(expression, at + Start.Length);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < arguments.Count; i += 2)
        {
            entries[arguments[i].Trim().Trim('\'')] = arguments[i + 1].Trim();
        }

        return entries;
    }

    private static List<string> SplitArguments(string text, int from)
    {
        var arguments = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = from;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')' && depth-- == 0)
            {
                arguments.Add(text[start..i]);
                return arguments;
            }
            else if (!quoted && c == ',' && depth == 0)
            {
                arguments.Add(text[start..i]);
                start = i + 1;
            }
        }

        throw new FormatException("unbalanced createObject expression");
    }
}
