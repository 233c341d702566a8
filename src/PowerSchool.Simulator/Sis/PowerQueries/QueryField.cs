namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// A database field a PowerQuery reads (lower-case table and column, as in a plugin's access_request); numeric
/// fields compare as numbers in <c>$q</c> and <c>order</c>. <paramref name="As"/> names the column in the answer when it
/// differs from the field (a query's <c>&lt;column&gt;</c> text, e.g. <c>school_dcid</c> for <c>schools.dcid</c>).
/// </summary>
public sealed record QueryField(string Table, string Field, bool IsNumber = false, string? As = null)
{
    public string Qualified => $"{Table}.{Field}";

    /// <summary>The column's name in a row: <see cref="As"/>, else the field.</summary>
    public string Output => As ?? Field;
}
