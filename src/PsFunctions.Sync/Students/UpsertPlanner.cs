using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Decides, per submission, INSERT or UPDATE or rejection: maps and validates the record (the delivery
/// target's mapping, schools from the SIS through <see cref="IDistrictSchools"/>), finds the SIS student
/// (<see cref="IStudentLookup"/>), and keeps
/// two writes about the same student out of one POST (the second waits for the next round, where it
/// finds the student the first one created). A submission that could INSERT first claims its student's
/// identity (<see cref="StudentClaimSet"/>, keys hashed under <see cref="IdentityHashKey"/>) before the lookup; one
/// whose student another handling holds waits.
/// Submissions are mapped, claimed and looked up <see cref="StudentUpsertOptions.LookupParallelism"/> at a
/// time, so a lookup slowed by a PowerSchool retry does not hold up the rest of the message.
/// </summary>
internal sealed class UpsertPlanner(
    StudentMappingLoader mappings,
    IDistrictSchools schools,
    IStudentLookup lookup,
    IdentityHashKey hashKey,
    IOptions<StudentUpsertOptions> options,
    TimeProvider time)
{
    public async Task<UpsertPlan> PlanAsync(
        string deliveryTargetId, IReadOnlyList<PendingSubmission> pending, StudentClaimSet claims, CancellationToken cancellationToken)
    {
        var mapping = await mappings.LoadAsync(deliveryTargetId, cancellationToken);
        var schoolList = await schools.GetAsync(cancellationToken);
        var hasher = await hashKey.GetAsync(cancellationToken);
        var context = new StudentMappingContext(schoolList, SchoolYear());
        var decided = new Decision[pending.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, pending.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.LookupParallelism, CancellationToken = cancellationToken },
            async (index, token) => decided[index] = await DecideAsync(pending[index], mapping, context, claims, hasher, token));

        // In the message's order: the first write about a student goes in this round, later ones wait for the next.
        var writes = new List<PlannedWrite>();
        var rejected = new List<(UpsertSubject, IReadOnlyList<RejectionReason>)>();
        var deferred = new List<PendingSubmission>();
        var waiting = new List<PendingSubmission>();
        var studentsInRound = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pending.Count; i++)
        {
            var decision = decided[i];
            if (decision.Reasons is { } reasons)
            {
                rejected.Add((pending[i].Subject, reasons));
            }
            else if (decision.Write is null)
            {
                waiting.Add(pending[i]);
            }
            else if (!studentsInRound.Add(decision.StudentKey!))
            {
                deferred.Add(pending[i]);
            }
            else
            {
                writes.Add(decision.Write);
            }
        }

        return new UpsertPlan(writes, rejected, deferred, waiting);
    }

    // One submission: mapped, its student claimed (else it waits), looked up, planned. Runs in parallel.
    private async Task<Decision> DecideAsync(
        PendingSubmission submission,
        StudentMapping mapping,
        StudentMappingContext context,
        StudentClaimSet claims,
        IdentityHasher hasher,
        CancellationToken cancellationToken)
    {
        var outcome = mapping.Map(submission.Record, context);
        if (!outcome.IsMapped)
        {
            return new Decision(null, null, outcome.Reasons);
        }

        // New content of a submission an earlier version applied: an UPDATE of that student, whatever the name says now
        // (a corrected name must not INSERT a second student). No claim: an UPDATE names its DCID. Gone from the SIS → matched as usual.
        if (await KnownStudentAsync(submission, cancellationToken) is { } known)
        {
            var updated = Plan(submission, outcome.Student, known, mapping);
            return new Decision(updated.Write, updated.StudentKey, updated.Reasons);
        }

        if (!await claims.TryClaimAllAsync(submission.Subject.SubmissionId, StudentClaimKeys.For(outcome.Student.Keys, hasher), cancellationToken))
        {
            return new Decision(null, null, null);
        }

        var match = await lookup.FindAsync(outcome.Student.Keys, cancellationToken);
        var planned = Plan(submission, outcome.Student, match, mapping);
        return new Decision(planned.Write, planned.StudentKey, planned.Reasons);
    }

    private async Task<StudentMatch?> KnownStudentAsync(PendingSubmission submission, CancellationToken cancellationToken)
    {
        if (submission.KnownDcid is not { } dcid)
        {
            return null;
        }

        var match = await lookup.FindExistingAsync(dcid, null, null, cancellationToken);
        return match.Dcid is null ? null : match;
    }

    /// <summary>A submission's plan: a write (about <paramref name="StudentKey"/>), reasons to reject, or neither (it waits for a claim).</summary>
    private sealed record Decision(PlannedWrite? Write, string? StudentKey, IReadOnlyList<RejectionReason>? Reasons);

    /// <summary>
    /// An UPDATE of a known SIS student with the given SIS fields (webhook <c>student.update</c>): validated
    /// as an UPDATE; a student that does not exist is a rejection. <paramref name="student"/> is the student as the
    /// match read it: what the SIS holds before the write (<see cref="PlannedWrite.Before"/>).
    /// </summary>
    public static (PlannedWrite? Write, IReadOnlyList<RejectionReason>? Reasons) PlanUpdate(
        UpsertSubject subject, long dcid, IReadOnlyDictionary<string, string> fields, IReadOnlyList<DistrictSchool> schoolList,
        SisStudent? student = null)
    {
        var reasons = StudentValidator.Validate(fields, forInsert: false, schoolList);
        if (reasons.Count > 0)
        {
            return (null, reasons);
        }

        var write = StudentWriteFactory.Create(StudentWriteAction.Update, dcid, subject.SubmissionId, fields);
        return (new PlannedWrite(subject, write, UpsertActions.Update) { Before = BeforeOf(student) }, null);
    }

    private static (PlannedWrite? Write, string? StudentKey, IReadOnlyList<RejectionReason>? Reasons) Plan(
        PendingSubmission submission, MappedStudent student, StudentMatch? match, StudentMapping mapping)
    {
        if (MatchProblem(match) is { } problem)
        {
            return (null, null, [problem]);
        }

        // The mapping validated the fields for an INSERT. An UPDATE sends the fields its onUpdate policies write
        // (never an INSERT-only one), which no UPDATE rule refuses once the INSERT rules passed: nothing is validated
        // twice. What it leaves out that the form asked for is kept for a person (UpdateFieldSelection).
        var action = match!.Dcid is null ? StudentWriteAction.Insert : StudentWriteAction.Update;
        var sisValues = match.Student is { } sisStudent ? SisStudentValues.Read(sisStudent) : new Dictionary<string, string>();
        var (fields, attention) = action == StudentWriteAction.Insert
            ? (student.Fields, (IReadOnlyList<FieldAttention>)[])
            : UpdateFieldSelection.Select(student, mapping, sisValues);

        // A Posting INSERT that now finds its student was inserted by the earlier attempt: report it as such.
        var reported = match.Dcid is not null && submission.Entry is { State: UpsertState.Posting, Action: UpsertActions.Insert }
            ? UpsertActions.Insert
            : UpsertActions.Of(action);
        var write = StudentWriteFactory.Create(action, match.Dcid, submission.Subject.SubmissionId, fields);
        var planned = new PlannedWrite(submission.Subject, write, reported)
        {
            Attention = [.. attention, .. UpdateFieldSelection.Dropped(student, sisValues)],
            Before = BeforeOf(match.Student),
        };
        return (planned, StudentKey(student.Keys, match), null);
    }

    private static RejectionReason? MatchProblem(StudentMatch? match) => match switch
    {
        { Problem: { } problem } => problem,
        null => new RejectionReason(
            "demographics.birth_date", "is missing, and no student number or known state id identifies the student",
            "matching: student number, else state id, else last name + first name + birth date"),
        { IsAmbiguous: true } => new RejectionReason(
            "student", $"matches {match.Dcids.Count} SIS students by {match.Rule} (DCIDs {string.Join(", ", match.Dcids)})",
            "exactly one SIS student may match; a person must choose which one"),
        { Rule: MatchRule.StudentNumber, Dcids.Count: 0 } => new RejectionReason(
            "local_id", "names no student in the SIS", "a record that carries a student number must name an existing SIS student"),
        _ => null,
    };

    // What the SIS holds before the write, from the student the match already read (null: an INSERT, nobody to read).
    private static IReadOnlyDictionary<string, string>? BeforeOf(SisStudent? student) =>
        student is null ? null : SisStudentValues.Read(student);

    private static string StudentKey(StudentMatchKeys keys, StudentMatch match) =>
        match.Dcid is { } dcid ? $"dcid:{dcid}"
        : !string.IsNullOrWhiteSpace(keys.StudentNumber) ? $"number:{keys.StudentNumber}"
        : !string.IsNullOrWhiteSpace(keys.StateId) ? StudentIdentity.ByStateId(keys.StateId)
        // No number or state id: the match rule needed a birth date to get here.
        : StudentIdentity.ByNameAndBirthDate(keys, keys.BirthDate!.Value);

    private SchoolYearDates SchoolYear()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var startYear = today.Month >= 7 ? today.Year : today.Year - 1;
        var entry = options.Value.SchoolYearEntryDate ?? new DateOnly(startYear, 8, 1);
        var exit = options.Value.SchoolYearExitDate ?? new DateOnly(entry.Year + 1, 7, 1);
        return new SchoolYearDates(entry, exit);
    }
}
