using System.Text.Json.Serialization;

namespace PowerSchool.Simulator.Enrollment.Records;

/// <summary>One element of a page as the reference shows it: <c>[{"metadata":{...},"records":[...]}]</c>.</summary>
public sealed record DocumentedRecordPage<T>([property: JsonPropertyName("metadata")] PageMetadata Metadata, IReadOnlyList<T> Records);
