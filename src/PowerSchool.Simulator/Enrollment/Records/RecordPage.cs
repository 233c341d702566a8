using System.Text.Json.Serialization;

namespace PowerSchool.Simulator.Enrollment.Records;

/// <summary>A page as real clients read it: <c>{"metaData":{...},"records":[...]}</c>.</summary>
public sealed record RecordPage<T>([property: JsonPropertyName("metaData")] PageMetadata MetaData, IReadOnlyList<T> Records);
