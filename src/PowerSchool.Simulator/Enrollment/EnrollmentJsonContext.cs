using System.Text.Json;
using System.Text.Json.Serialization;
using PowerSchool.Simulator.Enrollment.Admin;
using PowerSchool.Simulator.Enrollment.Batches;
using PowerSchool.Simulator.Enrollment.Catalog;
using PowerSchool.Simulator.Enrollment.Health;
using PowerSchool.Simulator.Enrollment.Records;
using PowerSchool.Simulator.Enrollment.Roster;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment;

/// <summary>Source-generated JSON metadata for every Enrollment wire type (camelCase, as the reference).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ErrorMessage))]
[JsonSerializable(typeof(HealthStatus))]
[JsonSerializable(typeof(IEnumerable<PublishedAction>))]
[JsonSerializable(typeof(IReadOnlyList<PublishedAction>))]
[JsonSerializable(typeof(IReadOnlyList<ImportSchema>))]
[JsonSerializable(typeof(IEnumerable<DeliveryTarget>))]
[JsonSerializable(typeof(IEnumerable<Checklist>))]
[JsonSerializable(typeof(ChecklistDetail[]))]
[JsonSerializable(typeof(List<ChecklistEntry>))]
[JsonSerializable(typeof(ImportResult))]
[JsonSerializable(typeof(BatchResponse))]
[JsonSerializable(typeof(IReadOnlyList<BatchResponse>))]
[JsonSerializable(typeof(RecordPage<EnrollmentRecord>))]
[JsonSerializable(typeof(DocumentedRecordPage<EnrollmentRecord>[]))]
[JsonSerializable(typeof(EnrollmentRecord[]))]
[JsonSerializable(typeof(NewSubmission))]
[JsonSerializable(typeof(SubmissionCreated))]
[JsonSerializable(typeof(CreateSubmissionsRequest))]
[JsonSerializable(typeof(BatchFlawsRequest))]
[JsonSerializable(typeof(ApproveSubmissionsRequest))]
[JsonSerializable(typeof(ResubmitRequest))]
[JsonSerializable(typeof(AdminSubmissionView))]
[JsonSerializable(typeof(List<AdminSubmissionView>))]
[JsonSerializable(typeof(List<DeliveryEvent>))]
[JsonSerializable(typeof(SubmissionData))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class EnrollmentJsonContext : JsonSerializerContext;
