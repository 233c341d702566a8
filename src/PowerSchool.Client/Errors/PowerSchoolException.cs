using System.Net;

namespace PowerSchool.Client;

/// <summary>
/// Base of every error the PowerSchool clients raise. <see cref="Exception.Message"/> names the operation
/// (method and path template) and status, never student data, tokens or secrets; what PowerSchool said
/// is kept apart in <see cref="ServerMessage"/> because it can quote submitted values.
/// </summary>
public class PowerSchoolException : Exception
{
    public PowerSchoolException()
    {
    }

    public PowerSchoolException(string message)
        : base(message)
    {
    }

    public PowerSchoolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status PowerSchool answered with, when it answered.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The operation, e.g. <c>POST /ws/v1/student</c> (a path template, no ids or query values).</summary>
    public string? Operation { get; init; }

    /// <summary>PowerSchool's own error text (may quote submitted data: do not log it).</summary>
    public string? ServerMessage { get; init; }

    /// <summary>True when trying again later may succeed (timeouts, 429, 5xx, open circuit).</summary>
    public bool IsTransient { get; init; }
}
