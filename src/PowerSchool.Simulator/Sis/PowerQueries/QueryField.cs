namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>
/// A database field a PowerQuery reads (lower-case table and column, as in a plugin's access_request); numeric
/// fields compare as numbers in <c>$q</c> and <c>order</c>.
/// </summary>
public sealed record QueryField(string Table, string Field, bool IsNumber = false)
{
    public string Qualified => $"{Table}.{Field}";
}
