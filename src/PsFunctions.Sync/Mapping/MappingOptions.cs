namespace PsFunctions.Sync.Mapping;

/// <summary>Where per-delivery-target mapping files live, bound from <c>Sync</c> (<c>Sync:MappingFolder</c>).</summary>
public sealed class MappingOptions
{
    public const string Section = "Sync";

    /// <summary>
    /// Folder of <c>&lt;deliveryTargetId&gt;.json</c> mapping files. Unset, or a target without a file, uses the
    /// default mapping shipped with the product.
    /// </summary>
    public string? MappingFolder { get; init; }
}
