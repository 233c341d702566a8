using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Sis.Http;

/// <summary>PowerSchool's JSON error body: <c>{"message": "...", "error": "...", "status": N}</c>.</summary>
public static class SisErrors
{
    public static IResult Error(int status, string error, string message) => SimJson.Result(w =>
    {
        w.WriteStartObject();
        w.WriteString("message", message);
        w.WriteString("error", error);
        w.WriteNumber("status", status);
        w.WriteEndObject();
    }, status);

    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, "NOT_FOUND", message);

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

    /// <summary>Runs a read whose <c>q</c> may be malformed: a <see cref="FiqlException"/> becomes 400 with its message.</summary>
    public static IResult OnBadQuery(Func<IResult> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (FiqlException e)
        {
            return BadRequest(e.Message);
        }
    }

    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, "UNAUTHORIZED", message);
}
