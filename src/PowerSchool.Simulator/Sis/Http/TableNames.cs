namespace PowerSchool.Simulator.Sis.Http;

/// <summary>
/// Tables as PowerSchool names them in its answers (<c>Students</c>, <c>GuardianStudent</c>, <c>U_StudentsUserFields</c>):
/// requests name tables in any case; errors such as <c>is not valid column for table: Students</c> and the
/// <c>resource</c> of a NoAccess error use this spelling.
/// </summary>
public static class TableNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["students"] = "Students",
        ["schools"] = "Schools",
        ["sections"] = "Sections",
        ["cc"] = "CC",
        ["terms"] = "Terms",
        ["guardian"] = "Guardian",
        ["guardianstudent"] = "GuardianStudent",
        ["u_studentsuserfields"] = "U_StudentsUserFields",
        ["u_students_extension"] = "U_Students_Extension",
    };

    public static string Display(string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        return Known.TryGetValue(table, out var name)
            ? name
            : string.Join('_', table.Split('_').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()));
    }
}
