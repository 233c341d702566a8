using Microsoft.Extensions.Options;

namespace PowerSchool.Simulator.Sis.Http;

/// <summary>
/// Parses PowerSchool's FIQL subset: clauses joined by <c>;</c> (AND), each <c>field==value</c> or <c>field=op=value</c>;
/// backslashes are read as <see cref="SisOptions.FiqlEscapes"/> says.
/// </summary>
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

    /// <summary>The request's <c>q</c>, read with the configured escape rule.</summary>
    public static IReadOnlyList<FiqlClause> Parse(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<SisOptions>>();
        return Parse(request.Query["q"], options.Value.FiqlEscapes);
    }

    public static IReadOnlyList<FiqlClause> Parse(string? q, FiqlEscapes escapes = FiqlEscapes.Honoured)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return [];
        }

        var text = escapes == FiqlEscapes.Stripped ? q.Replace("\\", string.Empty, StringComparison.Ordinal) : q;
        return SplitClauses(text).Select(ParseClause).ToList();
    }

    // Clauses split on ';' that a backslash does not escape.
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

    // "O\'Neil" -> "O'Neil": a backslash makes the next character literal, so "Sm\*" is the name "Sm*", while an
    // unescaped trailing '*' is the wildcard.
    private static (string Value, bool Wildcard) Unescape(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        var wildcard = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                builder.Append(value[++i]);
            }
            else if (value[i] == '*' && i == value.Length - 1)
            {
                wildcard = true;
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return (builder.ToString(), wildcard);
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
                var raw = text[(at + token.Length)..].Trim();
                if (raw.Length == 0)
                {
                    throw new FiqlException($"Invalid query clause '{text}': the value is empty.");
                }

                var (value, wildcard) = Unescape(raw);
                return new FiqlClause(field, op, value, wildcard);
            }
        }

        throw new FiqlException($"Invalid query clause '{text}': unknown operator (use ==, =gt=, =ge=, =lt=, =le=).");
    }
}
