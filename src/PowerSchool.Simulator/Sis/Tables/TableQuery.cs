using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Access;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>
/// What a table read asks for, checked as PowerSchool checks it: the <c>projection</c> (required; <c>*</c> or
/// <c>table.*</c> for every column), the columns of <c>q</c> and <c>sort</c>. Names are case-insensitive. A column
/// the table lacks is a 400 <c>Invalid field specified: X is not valid column for table: Students</c>, found before
/// any permission is checked; a real column outside the plugin's access_request is a 403 NoAccess. With <c>*</c>
/// only the granted columns come back (assumption: PowerSchool leaves out fields without read access).
/// </summary>
internal sealed record TableQuery(IReadOnlyList<string> Columns, IReadOnlyList<FiqlClause> Clauses, string? Sort, bool Descending)
{
    public static TableQuery? Parse(HttpRequest request, ITableSource source, DistrictState state, PluginAccess access, bool projectionRequired, out IResult? error, string? noAccessMessage = null)
    {
        var all = source.Columns(state);
        var clauses = FiqlParser.Parse(request).Select(c => c with { Field = Unqualified(c.Field) }).ToList();
        var sort = request.Query["sort"].ToString() is { Length: > 0 } s ? s.Trim() : null;
        var projection = request.Query["projection"].ToString();
        if (projectionRequired && string.IsNullOrWhiteSpace(projection))
        {
            error = SisErrors.BadRequest("projection is required: a comma-separated list of columns, or * for all of them.");
            return null;
        }

        var every = string.IsNullOrWhiteSpace(projection) || projection.Trim() == "*" || projection.Trim().Equals($"{source.Name}.*", StringComparison.OrdinalIgnoreCase);
        var wanted = every ? [] : projection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unqualified).ToList();
        var named = wanted.Concat(clauses.Select(c => c.Field)).Concat(sort is null ? [] : [sort]).ToList();
        if (named.FirstOrDefault(c => !all.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            error = InvalidField(unknown, source.Name);
            return null;
        }

        if (access.Missing(named.Select(c => (source.Name, c.ToLowerInvariant()))) is { Count: > 0 } missing)
        {
            error = NoAccess.Result(missing, noAccessMessage);
            return null;
        }

        var granted = every ? all.Where(c => access.Missing([(source.Name, c)]).Count == 0).ToList() : wanted.Select(c => c.ToLowerInvariant()).ToList();
        error = null;
        return new TableQuery(granted, clauses, sort, string.Equals(request.Query["sortdescending"], "true", StringComparison.OrdinalIgnoreCase));
    }

    public static IResult InvalidField(string column, string table) => SimJson.Result(w =>
    {
        w.WriteStartObject();
        w.WriteString("message", $"Invalid field specified: {column} is not valid column for table: {TableNames.Display(table)}");
        w.WriteEndObject();
    }, StatusCodes.Status400BadRequest);

    /// <summary>The rows matching <c>q</c>, in id order or by <c>sort</c>.</summary>
    public IEnumerable<(long Id, Func<string, string?> Value)> Rows(ITableSource source, DistrictState state)
    {
        var rows = source.Rows(state, Clauses);
        if (Sort is null)
        {
            return rows;
        }

        Func<(long Id, Func<string, string?> Value), IComparable?> key = source.IsNumber(Sort)
            ? row => long.TryParse(row.Value(Sort), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null
            : row => row.Value(Sort)?.ToUpperInvariant();
        return Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
    }

    // Columns may be given as table.column (students.last_name): PowerSchool accepts both.
    private static string Unqualified(string column) => column.Contains('.', StringComparison.Ordinal) ? column[(column.LastIndexOf('.') + 1)..] : column;
}
