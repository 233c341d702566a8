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

        return q.Split(';').Select(ParseClause).ToList();
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
                var value = text[(at + token.Length)..].Trim();
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
