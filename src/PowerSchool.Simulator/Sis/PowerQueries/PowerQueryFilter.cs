using System.Globalization;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// The ad-hoc <c>$q</c> filter of a PowerQuery: FIQL over the query's <c>table.column</c> names, "all FIQL operators
/// barring OR (,) and parenthetical expressions" (PowerSchool's reference). Numeric columns compare as numbers.
/// </summary>
internal static class PowerQueryFilter
{
    /// <summary>The rows' predicate; throws <see cref="FiqlException"/> (a 400) for OR, parentheses or an unknown column.</summary>
    public static Func<QueryRow, bool> Build(string? q, IPowerQuery query)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return _ => true;
        }

        if (Unescaped(q, ',') || Unescaped(q, '(') || Unescaped(q, ')'))
        {
            throw new FiqlException("Invalid $q filter: OR (,) and parenthetical expressions are not supported; join clauses with ; (AND).");
        }

        var fields = query.Reads.ToDictionary(f => f.Qualified, Field, StringComparer.OrdinalIgnoreCase);
        return FiqlFilter.Build(FiqlParser.Parse(q), fields);
    }

    private static FiqlField<QueryRow> Field(QueryField field) => field.IsNumber
        ? new(Number: row => long.TryParse(row.Value(field), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null)
        : new(Text: row => row.Value(field));

    private static bool Unescaped(string q, char c)
    {
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i] == '\\')
            {
                i++;
            }
            else if (q[i] == c)
            {
                return true;
            }
        }

        return false;
    }
}
