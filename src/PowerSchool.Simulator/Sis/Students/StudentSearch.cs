using System.Globalization;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>
/// Finds the students a <c>q</c> selects, in DCID order, starting from the narrowest index a clause allows
/// (DCID, student number, state number, last name, DCID range) so that a search at 100,000 students does not
/// scan every row when it need not.
/// </summary>
internal static class StudentSearch
{
    /// <summary>One page of the students a <c>q</c> selects; without a <c>q</c> the page is read straight off the DCID order.</summary>
    public static List<SisStudent> Page(DistrictState state, IReadOnlyList<FiqlClause> clauses, PageRequest page)
    {
        if (clauses.Count > 0)
        {
            return Run(state, clauses).Skip(page.Skip).Take(page.PageSize).ToList();
        }

        var dcids = state.Students.OrderedDcids;
        var end = (int)Math.Min(dcids.Count, (long)page.Skip + page.PageSize);
        var rows = new List<SisStudent>(Math.Max(0, end - page.Skip));
        for (var i = page.Skip; i < end; i++)
        {
            rows.Add(state.Students.Find(dcids[i])!);
        }

        return rows;
    }

    public static IEnumerable<SisStudent> Run(DistrictState state, IReadOnlyList<FiqlClause> clauses)
    {
        if (clauses.Any(c => c.Field.Equals("school_enrollment.enroll_status", StringComparison.OrdinalIgnoreCase) && !c.IsPrefix && EnrollStatus.Code(c.Value) is null))
        {
            throw new FiqlException("Invalid query: school_enrollment.enroll_status must be one of A, P, T, G, H, I.");
        }

        var matches = FiqlFilter.Build(clauses, StudentFields.For(state));
        return Candidates(state.Students, clauses).Where(matches);
    }

    private static IEnumerable<SisStudent> Candidates(StudentIndex students, IReadOnlyList<FiqlClause> clauses)
    {
        foreach (var clause in clauses.Where(c => c.Operator == FiqlOperator.Equal && !c.IsPrefix))
        {
            switch (clause.Field.ToLowerInvariant())
            {
                case "id" when long.TryParse(clause.Value, CultureInfo.InvariantCulture, out var dcid):
                    return Single(students.Find(dcid));
                case "local_id" when long.TryParse(clause.Value, CultureInfo.InvariantCulture, out var number):
                    return Single(students.FindByStudentNumber(number));
                case "state_province_id":
                    return Single(students.FindByStateNumber(clause.Value));
            }
        }

        var lastName = clauses.FirstOrDefault(c => c.Operator == FiqlOperator.Equal && c.Field.Equals("name.last_name", StringComparison.OrdinalIgnoreCase));
        if (lastName is not null)
        {
            return students.ByLastName(lastName.Prefix, lastName.IsPrefix).OrderBy(s => s.Dcid).ToList();
        }

        var from = clauses.FirstOrDefault(c => c.Field.Equals("id", StringComparison.OrdinalIgnoreCase) && c.Operator is FiqlOperator.GreaterThan or FiqlOperator.GreaterOrEqual);
        var start = from is not null && long.TryParse(from.Value, CultureInfo.InvariantCulture, out var lower) ? students.LowerBound(lower) : 0;
        return InOrder(students, start);
    }

    private static IEnumerable<SisStudent> InOrder(StudentIndex students, int start)
    {
        var dcids = students.OrderedDcids;
        for (var i = start; i < dcids.Count; i++)
        {
            yield return students.Find(dcids[i])!;
        }
    }

    private static IEnumerable<SisStudent> Single(SisStudent? student) => student is null ? [] : [student];
}
