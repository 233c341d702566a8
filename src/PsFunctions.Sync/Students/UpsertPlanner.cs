using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Decides, per submission, INSERT or UPDATE or rejection: maps and validates the record (the delivery
/// target's mapping, schools from the SIS through <see cref="IDistrictSchools"/>), finds the SIS student, and keeps
/// two writes about the same student out of one POST (the second waits for the next round, where it
/// finds the student the first one created). A submission that could INSERT first claims its student's
/// identity (<see cref="StudentClaimSet"/>, keys hashed under <see cref="IdentityHashKey"/>) before anything is read
/// about it; one whose student another handling holds waits. The whole message is then read from the SIS at once
/// (<see cref="IMessageStudentLookup"/>: the plugin's named queries) and each submission matched from that read.
/// Claims, and lookups the message's read did not answer, run <see cref="StudentUpsertOptions.LookupParallelism"/>
/// at a time, so one slowed by a retry does not hold up the rest of the message.
/// </summary>
internal sealed class UpsertPlanner(
    StudentMappingLoader mappings,
    IDistrictSchools schools,
    IMessageStudentLookup messageLookup,
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
        var mapped = pending.Select(submission => mapping.Map(submission.Record, context)).ToArray();

        // A new submission claims its student's identity before anything is read about it, so the one read sees what
        // another instance inserted under that claim. Corrected submissions name their DCID and claim nothing.
        var claimed = new bool[pending.Count];
        await ForEachAsync(
            Enumerable.Range(0, pending.Count).Where(i => mapped[i].IsMapped && pending[i].KnownDcid is null),
            async (i, token) => claimed[i] = await claims.TryClaimAllAsync(
                pending[i].Subject.SubmissionId, StudentClaimKeys.For(mapped[i].Student!.Keys, hasher), token),
            cancellationToken);
        var lookup = await messageLookup.ForMessageAsync(
            [.. Enumerable.Range(0, pending.Count).Where(i => claimed[i]).Select(i => mapped[i].Student!.Keys)],
            [.. Enumerable.Range(0, pending.Count).Where(i => mapped[i].IsMapped).Select(i => pending[i].KnownDcid).OfType<long>()],
            mapping.FieldPaths,
            cancellationToken);

        var decided = new Decision[pending.Count];
        await ForEachAsync(
            Enumerable.Range(0, pending.Count),
            async (i, token) => decided[i] = mapped[i].Student is { } student
                ? await DecideAsync(pending[i], student, claimed[i], mapping, lookup, claims, hasher, token)
                : new Decision(null, null, mapped[i].Reasons),
            cancellationToken);
        return InRounds(pending, decided);
    }

    // In the message's order: the first write about a student goes in this round, later ones wait for the next.
    private static UpsertPlan InRounds(IReadOnlyList<PendingSubmission> pending, Decision[] decided)
    {
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

    // One mapped submission: its student found (claimed first when it is new), planned. Runs in parallel: a lookup the
    // message's read did not answer is a request.
    private static async Task<Decision> DecideAsync(
        PendingSubmission submission,
        MappedStudent student,
        bool claimed,
        StudentMapping mapping,
        IStudentLookup lookup,
        StudentClaimSet claims,
        IdentityHasher hasher,
        CancellationToken cancellationToken)
    {
        // New content of a submission an earlier version applied: an UPDATE of that student, whatever the name says now
        // (a corrected name must not INSERT a second student). No claim: an UPDATE names its DCID. Gone from the SIS → matched as usual.
        if (submission.KnownDcid is { } dcid)
        {
            var known = await lookup.FindExistingAsync(dcid, null, null, cancellationToken);
            if (known.Dcid is not null)
            {
                return Decide(submission, student, known, mapping);
            }

            claimed = await claims.TryClaimAllAsync(submission.Subject.SubmissionId, StudentClaimKeys.For(student.Keys, hasher), cancellationToken);
        }

        return claimed
            ? Decide(submission, student, await lookup.FindAsync(student.Keys, cancellationToken), mapping)
            : new Decision(null, null, null);
    }

    private static Decision Decide(PendingSubmission submission, MappedStudent student, StudentMatch? match, StudentMapping mapping)
    {
        var planned = Plan(submission, student, match, mapping);
        return new Decision(planned.Write, planned.StudentKey, planned.Reasons);
    }

    private Task ForEachAsync(IEnumerable<int> indexes, Func<int, CancellationToken, ValueTask> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            indexes, new ParallelOptions { MaxDegreeOfParallelism = options.Value.LookupParallelism, CancellationToken = cancellationToken }, body);

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
