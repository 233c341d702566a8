namespace PowerSchool.Client.Sis.Students;

/// <summary>One <c>error_message.error</c> entry: the field (e.g. <c>name/last_name</c>), PowerSchool's code and text.</summary>
public sealed record StudentFieldError(string? Field, string? Code, string? Description);
