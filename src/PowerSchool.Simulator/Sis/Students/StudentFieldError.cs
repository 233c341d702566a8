namespace PowerSchool.Simulator.Sis.Students;

/// <summary>One refused field of a student record: <c>{"field","error_code","error_description"}</c>.</summary>
internal sealed record StudentFieldError(string Field, string ErrorCode, string ErrorDescription)
{
    public static StudentFieldError For(string path, string code, string description) => new($"student/{path}", code, description);
}
