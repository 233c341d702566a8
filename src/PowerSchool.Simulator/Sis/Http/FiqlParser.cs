namespace PowerSchool.Simulator.Sis.Http;

/// <summary>Parses PowerSchool's FIQL subset: clauses joined by <c>;</c> (AND), each <c>field==value</c> or <c>field=op=value</c>.</summary>
public static class FiqlParser
{
    private static readonly (string Token, FiqlOperator Operator)[] Operators =
    [
        ("=gt=", FiqlOperator.GreaterThan),
        ("=ge=", FiqlOperator.GreaterOrEqual),
        ("=lt=", FiqlOperator.LessThan),
        ("=le=", FiqlOperator.LessOrEqual),
        ("==", FiqlOperator.Equal),
    ];

    public static IReadOnlyList<FiqlClause> Parse(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return [];
        }

        return SplitClauses(q).Select(ParseClause).ToList();
    }

    // Clauses split on ';' that a backslash does not escape (clients escape ';', ',', '*' and '\' in values).
    private static IEnumerable<string> SplitClauses(string q)
    {
        var start = 0;
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i] == '\\')
            {
                i++;
            }
            else if (q[i] == ';')
            {
                yield return q[start..i];
                start = i + 1;
            }
        }

        yield return q[start..];
    }

    // "O\'Neil" -> "O'Neil": a backslash makes the next character literal. An escaped trailing '*' stays
    // a wildcard here (the subset has no literal-star search; names never contain one).
    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
            }

            builder.Append(value[i]);
        }

        return builder.ToString();
    }

    private static FiqlClause ParseClause(string text)
    {
        var at = text.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0)
        {
            throw new FiqlException($"Invalid query clause '{text}': expected field==value or field=op=value (op: gt, ge, lt, le).");
        }

        var field = text[..at].Trim();
        foreach (var (token, op) in Operators)
        {
            if (string.CompareOrdinal(text, at, token, 0, token.Length) == 0)
            {
                var value = Unescape(text[(at + token.Length)..].Trim());
                if (value.Length == 0)
                {
                    throw new FiqlException($"Invalid query clause '{text}': the value is empty.");
                }

                return new FiqlClause(field, op, value);
            }
        }

        throw new FiqlException($"Invalid query clause '{text}': unknown operator (use ==, =gt=, =ge=, =lt=, =le=).");
    }
}
