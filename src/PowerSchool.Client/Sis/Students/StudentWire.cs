using System.Text.Json.Serialization;

namespace PowerSchool.Client.Sis.Students;

// The wire shape of POST /ws/v1/student, {"students":{"student":[{ "client_uid":..., "action":"INSERT", ... }]}},
// is written by StudentWireWriter; these are its _extension_data block and the shape of its answer:
// {"results":{"result":[{ "client_uid":..., "status":"SUCCESS"|"ERROR", ... }]}}.

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
