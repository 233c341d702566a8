namespace PowerSchool.Client;

/// <summary>PowerSchool refused the PowerQuery arguments (<c>{"message":"Validation Failed","errors":[...]}</c>).</summary>
public sealed class PowerQueryValidationException : PowerSchoolException
{
    public PowerQueryValidationException()
        : this("(unknown)", [])
    {
    }

    public PowerQueryValidationException(string message)
        : base(message)
    {
    }

    public PowerQueryValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public PowerQueryValidationException(string queryName, IReadOnlyList<PowerQueryValidationError> errors)
        : base($"PowerQuery '{queryName}' failed validation with {errors.Count} error(s).")
    {
        QueryName = queryName;
        Errors = errors;
    }

    /// <summary>The PowerQuery that was run.</summary>
    public string QueryName { get; } = "(unknown)";

    /// <summary>What PowerSchool reported, field by field.</summary>
    public IReadOnlyList<PowerQueryValidationError> Errors { get; } = [];
}
