using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Students;

/// <summary>The action names the ledger and events use (PowerSchool's own: INSERT, UPDATE).</summary>
internal static class UpsertActions
{
    public const string Insert = "INSERT";
    public const string Update = "UPDATE";

    public static string Of(StudentWriteAction action) => action == StudentWriteAction.Insert ? Insert : Update;
}
