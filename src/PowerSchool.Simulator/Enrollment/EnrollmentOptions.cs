using System.ComponentModel.DataAnnotations;

namespace PowerSchool.Simulator.Enrollment;

/// <summary>Settings of the simulated Enrollment API, bound from <c>Simulator:Enrollment</c>.</summary>
public sealed class EnrollmentOptions
{
    public const string Section = "Simulator:Enrollment";

    /// <summary>The stable id of the one delivery target the simulator offers unless configured otherwise.</summary>
    public const string DefaultDeliveryTargetId = "5b0d7c0e-3f5e-4d8a-9a51-7c3e2f1d9b64";

    /// <summary>The API key clients send as the Basic user name (a simulator-only value).</summary>
    [Required(AllowEmptyStrings = false)]
    public string ApiKey { get; init; } = "sim-enrollment-api-key";

    /// <summary>
    /// Status code for a missing or wrong API key. The reference says "Unauthorized(500)"; 401 is what
    /// the name says and what HTTP clients expect, so it is the default.
    /// </summary>
    [Range(400, 599)]
    public int UnauthorizedStatusCode { get; init; } = 401;

    /// <summary>Seed of the generated data: the same seed gives the same submissions and documents.</summary>
    public int Seed { get; init; } = 20260901;

    /// <summary>Approved, not yet delivered submissions present at start (and after a reset).</summary>
    [Range(0, 100_000)]
    public int PendingSubmissions { get; init; } = 25;

    /// <summary>Roster records present at start (returning students taken from the SIS district).</summary>
    [Range(0, 100_000)]
    public int RosterRecords { get; init; } = 60;

    /// <summary>Delivery target ids; empty or unset means one target, <see cref="DefaultDeliveryTargetId"/>.</summary>
    public string[]? DeliveryTargets { get; init; }

    /// <summary>Data items that carry document object ids; unset means birthCertificate and proofOfResidence.</summary>
    public string[]? DocumentItems { get; init; }

    /// <summary>Share (0..1) of generated submissions that are deliberately flawed for downstream tests.</summary>
    [Range(0.0, 1.0)]
    public double FlawedShare { get; init; }

    /// <summary>Share (0..1) of generated submissions that re-enrol a student already in the SIS.</summary>
    [Range(0.0, 1.0)]
    public double ReturningShare { get; init; } = 0.3;

    /// <summary>How long a signed document URL stays valid.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan DocumentUrlLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Shape of the roster/submission record pages: <c>Wrapped</c> (<c>{"metaData":...,"records":[...]}</c>, what
    /// the real service returns) or <c>DocumentedArray</c> (<c>[{"metadata":...,"records":[...]}]</c>, the reference).
    /// </summary>
    public PagingShape PagingShape { get; init; } = PagingShape.Wrapped;

    /// <summary>How delivered records shape their <c>data</c>: <c>Nested</c> (the reference) or <c>DistrictForm</c> (one flat item map).</summary>
    public RecordStyle RecordStyle { get; init; } = RecordStyle.Nested;

    /// <summary>
    /// Whether createbatch leaves the new batch AutoOpen (until resetbatch closes it). The reference says only that
    /// running batches have that status; a false here models a service that closes a batch once delivered.
    /// </summary>
    public bool CreatedBatchesAutoOpen { get; init; } = true;

    internal IReadOnlyList<string> EffectiveDeliveryTargets =>
        DeliveryTargets is { Length: > 0 } targets ? targets : [DefaultDeliveryTargetId];

    internal IReadOnlyList<string> EffectiveDocumentItems =>
        DocumentItems is { Length: > 0 } items ? items : ["birthCertificate", "proofOfResidence"];
}
