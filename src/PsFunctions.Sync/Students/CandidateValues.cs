using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The values a message's candidate query is asked for, taken from its keys the way <see cref="MatchRuleOrder"/> uses
/// them: a record with a student number is matched by it alone; one without gives its state id and, when it has a
/// first name and a birth date for the name rule, its last name. Keys that break a <see cref="LookupKeyRules"/> rule are
/// not sent (the rule rejects them before any search).
/// </summary>
internal sealed record CandidateValues(IReadOnlyList<long> StudentNumbers, IReadOnlyList<string> StateIds, IReadOnlyList<string> LastNames)
{
    public static CandidateValues Of(IEnumerable<StudentMatchKeys> keys, LookupKeyRules rules)
    {
        var numbers = new List<long>();
        var stateIds = new List<string>();
        var lastNames = new List<string>();
        foreach (var key in keys)
        {
            if (!string.IsNullOrWhiteSpace(key.StudentNumber))
            {
                if (LookupKeyRules.CheckStudentNumber(key.StudentNumber) is null)
                {
                    numbers.Add(MatchRuleOrder.ParseStudentNumber(key.StudentNumber));
                }

                continue;
            }

            if (!string.IsNullOrWhiteSpace(key.StateId) && rules.CheckStateId(key.StateId) is null)
            {
                stateIds.Add(key.StateId);
            }

            if (key.BirthDate is not null && !string.IsNullOrWhiteSpace(key.LastName) && !string.IsNullOrWhiteSpace(key.FirstName))
            {
                lastNames.Add(key.LastName);
            }
        }

        return new CandidateValues(numbers, stateIds, lastNames);
    }
}
