namespace PowerSchool.Simulator.Sis.Students;

/// <summary>The actions a student record may carry.</summary>
internal static class StudentActions
{
    public const string Insert = "INSERT";
    public const string Update = "UPDATE";
}
