using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>
/// Applies the records of one POST in order, each on its own: a good record is written even when others
/// in the batch fail. Every write bumps the data version and stamps the student's transaction date.
/// </summary>
internal static class StudentBatch
{
    public static List<StudentOutcome> Apply(IReadOnlyList<StudentRecord> records, DistrictState state, DateTimeOffset now) =>
        records.Select(record => ApplyOne(record, state, now)).ToList();

    private static StudentOutcome ApplyOne(StudentRecord record, DistrictState state, DateTimeOffset now)
    {
        var action = record.Action?.Trim().ToUpperInvariant() ?? string.Empty;
        if (action is not (StudentActions.Insert or StudentActions.Update))
        {
            return new StudentOutcome(record, record.Action ?? string.Empty, null,
                [StudentFieldError.For("action", "INVALID_ACTION", "action must be INSERT or UPDATE.")]);
        }

        var existing = action == StudentActions.Update && StudentValues.Number(record.Id) is { } dcid ? state.Students.Find(dcid) : null;
        var errors = StudentRecordValidator.Validate(record, action, existing, state);
        var extensions = StudentExtensionUpdate.Parse(record.ExtensionData, state, errors);
        if (errors.Count > 0)
        {
            return new StudentOutcome(record, action, null, errors);
        }

        SisStudent written;
        if (existing is null)
        {
            var number = StudentValues.Number(record.Value("local_id")) ?? state.Students.MaxStudentNumber + 1;
            written = StudentRecordApplier.Insert(record, state.Students.MaxDcid + 1, state.Students.MaxId + 1, number, now);
            state.Students.Add(written);
        }
        else
        {
            written = StudentRecordApplier.Update(record, existing, now);
            state.Students.Replace(written);
        }

        state.Versions.Record("students", written.Dcid);
        extensions.ForEach(extension => extension.Apply(state, written.Dcid));
        return new StudentOutcome(record, action, written.Dcid, []);
    }
}
