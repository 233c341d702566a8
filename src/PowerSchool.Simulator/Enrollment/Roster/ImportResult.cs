namespace PowerSchool.Simulator.Enrollment.Roster;

/// <summary>The reference's import response: <c>{"status":"Success","errors":[]}</c> or status Error with reasons.</summary>
public sealed record ImportResult(string Status, IReadOnlyList<string> Errors)
{
    public static ImportResult Success { get; } = new("Success", []);

    public static ImportResult Error(IReadOnlyList<string> errors) => new("Error", errors);
}
