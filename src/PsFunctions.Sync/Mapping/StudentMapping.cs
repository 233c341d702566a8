using System.Text.Json;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Mapping.Contacts;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// A validated mapping from delivery-record fields to SIS student fields (one per delivery target; see
/// docs/mapping.md). Build it with <see cref="Parse"/> or <see cref="StudentMappingLoader"/>; it is immutable
/// and safe to share.
/// </summary>
public sealed class StudentMapping
{
    /// <summary>Grade names used when a mapping file has no gradeLevels table: PK and TK are -1, K is 0.</summary>
    public static IReadOnlyDictionary<string, int> DefaultGradeLevels { get; } =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["PK"] = -1, ["TK"] = -1, ["K"] = 0 };

    internal StudentMapping(string source, SourcePath submissionId, IReadOnlyDictionary<string, int> gradeLevels, IReadOnlyList<MappingRule> rules)
    {
        Source = source;
        SubmissionIdPath = submissionId;
        GradeLevels = gradeLevels;
        Rules = rules;
        _rulesByPath = rules.ToDictionary(rule => rule.Field.Path, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, MappingRule> _rulesByPath;

    /// <summary>Where each parent or guardian is on the form (<see cref="ContactMapping.None"/> when the file has no contacts section).</summary>
    public ContactMapping Contacts { get; init; } = ContactMapping.None;

    /// <summary>Where the mapping came from (a file path or the embedded default).</summary>
    public string Source { get; }

    public IReadOnlyDictionary<string, int> GradeLevels { get; }

    /// <summary>The SIS fields this mapping writes.</summary>
    public IReadOnlyList<string> FieldPaths => [.. Rules.Select(rule => rule.Field.Path)];

    internal SourcePath SubmissionIdPath { get; }

    internal IReadOnlyList<MappingRule> Rules { get; }

    /// <summary>
    /// The entry's <c>onUpdate</c> for <paramref name="path"/>; for a field the mapping does not write, what the default
    /// would be (<see cref="FieldUpdatePolicy.Write"/>, or <see cref="FieldUpdatePolicy.Flag"/> for an INSERT-only field).
    /// </summary>
    public FieldUpdatePolicy OnUpdate(string path) =>
        _rulesByPath.TryGetValue(path, out var rule) ? rule.OnUpdate
        : SisStudentFields.Find(path)?.Updatable == false ? FieldUpdatePolicy.Flag
        : FieldUpdatePolicy.Write;

    /// <summary>The entry's <c>onInvalid</c> for <paramref name="path"/> (<see cref="FieldInvalidPolicy.Reject"/> when the mapping has none).</summary>
    public FieldInvalidPolicy OnInvalid(string path) =>
        _rulesByPath.TryGetValue(path, out var rule) ? rule.OnInvalid : FieldInvalidPolicy.Reject;

    /// <summary>Parses and validates mapping JSON; throws <see cref="MappingFileException"/> listing every problem.</summary>
    public static StudentMapping Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return StudentMappingParser.Parse(json, source);
    }

    /// <summary>Maps one delivery record (the element of a batch's <c>records</c>) and validates it for an INSERT.</summary>
    public MappingOutcome Map(JsonElement record, StudentMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return StudentMapper.Map(this, record, context);
    }
}
