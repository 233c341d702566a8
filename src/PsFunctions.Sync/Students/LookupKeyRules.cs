using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// What a SIS lookup key must look like before a query is built from it: a student number is digits only, a state
/// id matches <see cref="MatchingOptions.StateIdPattern"/>. Names have no such rule (they are escaped, and every
/// answer is compared with the submitted value): families type apostrophes, hyphens and spaces.
/// </summary>
internal sealed partial class LookupKeyRules(IOptions<MatchingOptions> options)
{
    private readonly Regex _stateId = options.Value.StateIdRegex();
    private readonly string _stateIdPattern = options.Value.StateIdPattern;

    /// <summary>Why the student number cannot be looked up, or null.</summary>
    public static RejectionReason? CheckStudentNumber(string studentNumber) =>
        StudentNumberPattern().IsMatch(studentNumber)
            ? null
            : new("local_id", "is not 1 to 18 digits", "a student number is digits 0-9 only (SIS lookup by local_id)");

    /// <summary>Why the state id cannot be looked up, or null.</summary>
    public RejectionReason? CheckStateId(string stateId) =>
        _stateId.IsMatch(stateId)
            ? null
            : new("state_province_id", "does not match the state id pattern",
                $"{MatchingOptions.Section}:{nameof(MatchingOptions.StateIdPattern)} {_stateIdPattern} (SIS lookup by state_province_id)");

    [GeneratedRegex("^[0-9]{1,18}$")]
    private static partial Regex StudentNumberPattern();
}
