using System.ComponentModel.DataAnnotations;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Enrollment;

/// <summary>Enrollment intake settings, bound from <c>Sync</c> and validated at start.</summary>
public sealed class EnrollmentIntakeOptions : IValidatableObject
{
    public const string Section = "Sync";

    /// <summary>
    /// Paths of the data items that hold uploaded documents' object ids, from the delivery record's root
    /// (<c>Sync:DocumentItems</c>), e.g. <c>data.documents.birthCertificate</c>. A submission with a value at
    /// any of them gets one <c>document-mirror</c> message.
    /// </summary>
    public IList<string> DocumentItems { get; } = [];

    /// <summary>
    /// How far back the first run (with no earlier run recorded) looks for batches PowerSchool delivered
    /// but this ledger never recorded (<c>Sync:OrphanBatchLookback</c>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan OrphanBatchLookback { get; set; } = TimeSpan.FromDays(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var item in DocumentItems)
        {
            if (SourcePath.TryParse(item) is null)
            {
                yield return new ValidationResult(
                    $"Sync:DocumentItems entry '{item}' is not a data-item path (dot-separated names from the record root, e.g. data.documents.birthCertificate).",
                    [nameof(DocumentItems)]);
            }
        }
    }
}
