using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Mapping;

/// <summary>Where per-delivery-target mapping files live, bound from <c>Sync</c> (<c>Sync:MappingFolder</c>).</summary>
public sealed class MappingOptions : IValidatableObject
{
    public const string Section = "Sync";

    /// <summary>
    /// Folder of <c>&lt;deliveryTargetId&gt;.json</c> mapping files. Unset, or a target without a file, uses the
    /// default mapping shipped with the product.
    /// </summary>
    public string? MappingFolder { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(MappingFolder) && !Directory.Exists(MappingFolder))
        {
            yield return new ValidationResult("Sync:MappingFolder names a folder that does not exist.", [nameof(MappingFolder)]);
        }
    }
}
