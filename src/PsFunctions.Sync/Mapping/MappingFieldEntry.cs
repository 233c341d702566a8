using System.Text.Json.Serialization;

namespace PsFunctions.Sync.Mapping;

/// <summary>How one SIS field's value is made from a delivery record.</summary>
internal sealed record MappingFieldEntry
{
    /// <summary>One source path or a list: the first non-empty value wins, unless <see cref="Join"/> is set.</summary>
    [JsonConverter(typeof(StringOrArrayConverter))]
    public string[]? From { get; init; }

    /// <summary>When set, every non-empty source value is joined with this separator.</summary>
    public string? Join { get; init; }

    public string[]? Transforms { get; init; }

    /// <summary>Value used when the sources are missing or empty; may be a {schoolYear.*} token.</summary>
    public string? Default { get; init; }

    /// <summary>Reject the record when no value is found (for fields the SIS itself does not require).</summary>
    public bool Required { get; init; }

    /// <summary>What an UPDATE of a returning student does with the value: <c>write</c>, <c>keep</c> or <c>flag</c> (see <see cref="FieldUpdatePolicy"/>).</summary>
    public string? OnUpdate { get; init; }

    /// <summary>What a value that breaks a rule does to the record: <c>reject</c> it or <c>drop</c> the field (see <see cref="FieldInvalidPolicy"/>).</summary>
    public string? OnInvalid { get; init; }
}
