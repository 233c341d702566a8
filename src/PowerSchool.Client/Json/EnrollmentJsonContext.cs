using System.Text.Json.Serialization;
using PowerSchool.Client.Enrollment;

namespace PowerSchool.Client.Json;

/// <summary>Source-generated JSON for the Enrollment API's fixed shapes (camelCase, names read case-insensitively).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(FlexibleStringConverter)])]
[JsonSerializable(typeof(EnrollmentHealth))]
[JsonSerializable(typeof(IReadOnlyList<PublishedAction>))]
[JsonSerializable(typeof(IReadOnlyList<ImportSchema>))]
[JsonSerializable(typeof(IReadOnlyList<DeliveryTarget>))]
[JsonSerializable(typeof(ImportResult))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class EnrollmentJsonContext : JsonSerializerContext;
