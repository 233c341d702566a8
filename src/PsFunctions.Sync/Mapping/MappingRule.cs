using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Mapping;

/// <summary>A validated mapping entry: how one SIS field's value is made.</summary>
internal sealed record MappingRule(
    SisStudentField Field,
    IReadOnlyList<SourcePath> From,
    string? Join,
    IReadOnlyList<FieldTransform> Transforms,
    string? Default,
    bool Required,
    FieldUpdatePolicy OnUpdate = FieldUpdatePolicy.Write,
    FieldInvalidPolicy OnInvalid = FieldInvalidPolicy.Reject);
