namespace PowerSchool.Client;

/// <summary>One entry of a PowerQuery "Validation Failed" answer.</summary>
public sealed record PowerQueryValidationError(string? Resource, string? Field, string? Code, string? Message);
