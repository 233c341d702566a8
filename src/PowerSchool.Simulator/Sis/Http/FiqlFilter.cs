using System.Globalization;

namespace PowerSchool.Simulator.Sis.Http;

/// <summary>Turns FIQL clauses into a predicate over a resource's rows, given the fields it can search on.</summary>
public static class FiqlFilter
{
    public static Func<T, bool> Build<T>(IReadOnlyList<FiqlClause> clauses, IReadOnlyDictionary<string, FiqlField<T>> fields)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(fields);
        var tests = clauses.Select(clause => Test(clause, fields)).ToArray();
        return row => tests.All(test => test(row));
    }

    private static Func<T, bool> Test<T>(FiqlClause clause, IReadOnlyDictionary<string, FiqlField<T>> fields)
    {
        if (!fields.TryGetValue(clause.Field, out var field))
        {
            throw new FiqlException($"Invalid query: '{clause.Field}' is not a searchable field (searchable: {string.Join(", ", fields.Keys)}).");
        }

        if (field.Number is { } number)
        {
            var wanted = long.TryParse(clause.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new FiqlException($"Invalid query: {clause.Field} needs a whole number, not '{clause.Value}'.");
            return row => number(row) is { } v && Compare(v.CompareTo(wanted), clause.Operator);
        }

        if (field.Date is { } date)
        {
            var wanted = DateOnly.TryParseExact(clause.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new FiqlException($"Invalid query: {clause.Field} needs a date as YYYY-MM-DD, not '{clause.Value}'.");
            return row => date(row) is { } v && Compare(v.CompareTo(wanted), clause.Operator);
        }

        var text = field.Text ?? throw new InvalidOperationException($"Field {clause.Field} has no accessor.");
        if (clause.IsPrefix)
        {
            var prefix = clause.Prefix;
            return row => text(row) is { } v && v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        }

        return row => text(row) is { } v && Compare(string.Compare(v, clause.Value, StringComparison.OrdinalIgnoreCase), clause.Operator);
    }

    private static bool Compare(int comparison, FiqlOperator op) => op switch
    {
        FiqlOperator.Equal => comparison == 0,
        FiqlOperator.GreaterThan => comparison > 0,
        FiqlOperator.GreaterOrEqual => comparison >= 0,
        FiqlOperator.LessThan => comparison < 0,
        _ => comparison <= 0,
    };
}
