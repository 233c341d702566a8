using System.Text.Json;
using System.Text.Json.Serialization;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Schools;
using PowerSchool.Client.Sis.Students;

namespace PowerSchool.Client.Json;

/// <summary>
/// Source-generated JSON for the SIS wire types: snake_case names, numbers accepted as strings, and the
/// one-or-many quirk handled by <see cref="OneOrManyConverter{T}"/> on every collection that has it.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(FlexibleStringConverter),
        typeof(FlexibleDateConverter),
        typeof(OneOrManyConverter<SisStudent>),
        typeof(OneOrManyConverter<SisSchool>),
        typeof(OneOrManyConverter<SisCourse>),
        typeof(OneOrManyConverter<SisSection>),
        typeof(OneOrManyConverter<JsonElement>),
        typeof(OneOrManyConverter<WriteResult>),
        typeof(OneOrManyConverter<WriteFieldError>),
    ])]
[JsonSerializable(typeof(SisStudent))]
[JsonSerializable(typeof(IReadOnlyList<SisStudent>))]
[JsonSerializable(typeof(SisSchool))]
[JsonSerializable(typeof(IReadOnlyList<SisSchool>))]
[JsonSerializable(typeof(SisCourse))]
[JsonSerializable(typeof(IReadOnlyList<SisCourse>))]
[JsonSerializable(typeof(SisSection))]
[JsonSerializable(typeof(IReadOnlyList<SisSection>))]
[JsonSerializable(typeof(IReadOnlyList<JsonElement>))]
[JsonSerializable(typeof(SisMetadata))]
[JsonSerializable(typeof(CountResponse))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(WireExtensionData))]
[JsonSerializable(typeof(StudentPostResponse))]
[JsonSerializable(typeof(TableWriteResponse))]
internal sealed partial class SisJsonContext : JsonSerializerContext;
