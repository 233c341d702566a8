namespace PowerSchool.Simulator.Enrollment;

/// <summary>The reference's error body: <c>{"message":"..."}</c>.</summary>
public sealed record ErrorMessage(string Message)
{
    public static IResult Result(int statusCode, string message) => Results.Json(new ErrorMessage(message), statusCode: statusCode);

    public static IResult NotFound(string message) => Result(StatusCodes.Status404NotFound, message);

    public static IResult BadRequest(string message) => Result(StatusCodes.Status400BadRequest, message);
}
