namespace PsFunctions.Sync.Mapping;

/// <summary>A transformed value, or what is wrong with the input and the rule it breaks (never the value itself).</summary>
internal readonly record struct TransformResult(string? Value, string? Problem, string? Rule)
{
    public bool Succeeded => Problem is null;

    public static TransformResult Ok(string value) => new(value, null, null);

    public static TransformResult Fail(string problem, string rule) => new(null, problem, rule);
}
