using System.Text.Json.Serialization;

namespace PowerSchool.Client.Sis.Students;

// The wire shape of POST /ws/v1/student: {"students":{"student":[{ "client_uid":..., "action":"INSERT", ... }]}}
// and of its answer: {"results":{"result":[{ "client_uid":..., "status":"SUCCESS"|"ERROR", ... }]}}.

internal sealed record StudentPostBody(StudentPostList Students);

internal sealed record StudentPostList(IReadOnlyList<StudentWireRecord> Student);

internal sealed record StudentWireRecord
{
    public required string ClientUid { get; init; }

    public required string Action { get; init; }

    public long? Id { get; init; }

    public long? LocalId { get; init; }

    public string? StateProvinceId { get; init; }

    public PersonName? Name { get; init; }

    public StudentDemographics? Demographics { get; init; }

    public SisAddresses? Addresses { get; init; }

    public SisPhones? Phones { get; init; }

    public StudentSchoolEnrollment? SchoolEnrollment { get; init; }

    public StudentContact? Contact { get; init; }

    public StudentContactInfo? ContactInfo { get; init; }

    public StudentInitialEnrollment? InitialEnrollment { get; init; }

    public StudentScheduleSetup? ScheduleSetup { get; init; }

    [JsonPropertyName("_extension_data")]
    public WireExtensionData? ExtensionData { get; init; }
}

internal sealed record WireExtensionData([property: JsonPropertyName("_table_extension")] IReadOnlyList<WireTableExtension> TableExtension);

internal sealed record WireTableExtension(string Name, [property: JsonPropertyName("_field")] IReadOnlyList<WireExtensionField> Field);

internal sealed record WireExtensionField(string Name, string Type, string? Value);

internal sealed record StudentPostResponse(WriteResults? Results);

internal sealed record WriteResults(IReadOnlyList<WriteResult>? Result);

/// <summary>One <c>result</c> entry; also the answer of table resource writes.</summary>
internal sealed record WriteResult
{
    public string? ClientUid { get; init; }

    public string? Status { get; init; }

    public string? Action { get; init; }

    public WriteSuccess? SuccessMessage { get; init; }

    public WriteErrors? ErrorMessage { get; init; }

    public bool IsSuccess => string.Equals(Status, "SUCCESS", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<StudentFieldError> FieldErrors =>
        ErrorMessage?.Error?.Select(e => new StudentFieldError(e.Field, e.ErrorCode, e.ErrorDescription)).ToList() ?? [];
}

internal sealed record WriteSuccess(long? Id, string? Ref);

internal sealed record WriteErrors(IReadOnlyList<WriteFieldError>? Error);

internal sealed record WriteFieldError(string? Field, string? ErrorCode, string? ErrorDescription);
