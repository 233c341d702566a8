using System.Text.Json.Serialization;

namespace PsFunctions.Sync.Mapping;

/// <summary>Source-generated JSON for mapping files: camelCase, comments allowed, unknown properties refused.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(MappingFileDocument))]
[JsonSerializable(typeof(Contacts.ContactAddressDocument))]
internal sealed partial class MappingJsonContext : JsonSerializerContext;
