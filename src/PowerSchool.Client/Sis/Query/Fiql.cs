namespace PowerSchool.Client.Sis.Query;

/// <summary>
/// Builds PowerSchool <c>q</c> filters so callers never concatenate strings:
/// <code>
/// var q = Fiql.Field("school_enrollment.enroll_status").EqualTo("A")
///     .And(Fiql.Field("name.last_name").StartsWith("JA"))
///     .And(Fiql.Field("school_enrollment.entry_date").GreaterThan(new DateOnly(2017, 8, 1)));
/// // school_enrollment.enroll_status==A;name.last_name==JA*;school_enrollment.entry_date=gt=2017-08-01
/// </code>
/// </summary>
public static class Fiql
{
    /// <summary>A field to compare, e.g. <c>local_id</c>, <c>name.last_name</c>, <c>school_enrollment.entry_date</c>.</summary>
    /// <exception cref="ArgumentException">The name is empty or holds characters other than letters, digits, '_' and '.'.</exception>
    public static FiqlField Field(string name) => new(name);

    /// <summary>All of the filters (joined with <c>;</c>).</summary>
    public static FiqlFilter All(params IEnumerable<FiqlFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var list = filters.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one filter is required.", nameof(filters));
        }

        return list.Skip(1).Aggregate(list[0], (all, next) => all.And(next));
    }
}
