namespace PowerSchool.Client.Sis;

// Small wire shapes shared by SIS features.

/// <summary>Both count shapes: <c>{"resource":{"count":N}}</c> and <c>{"count":N}</c>.</summary>
internal sealed record CountResponse(CountBody? Resource, long? Count)
{
    public long? Value => Resource?.Count ?? Count;
}

internal sealed record CountBody(long? Count);

/// <summary>The token answer; <c>expires_in</c> arrives as a string.</summary>
internal sealed record TokenResponse(string? AccessToken, string? TokenType, string? ExpiresIn);

/// <summary>Table resource write answers: <c>{"result":...}</c> or <c>{"results":{"result":...}}</c>.</summary>
internal sealed record TableWriteResponse(IReadOnlyList<Students.WriteResult>? Result, Students.WriteResults? Results)
{
    public IReadOnlyList<Students.WriteResult> All => Result is { Count: > 0 } ? Result : Results?.Result ?? [];
}
