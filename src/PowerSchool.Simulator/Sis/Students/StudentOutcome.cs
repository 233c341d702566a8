namespace PowerSchool.Simulator.Sis.Students;

/// <summary>What became of one posted record: the student's DCID when applied, or the errors that refused it.</summary>
internal sealed record StudentOutcome(StudentRecord Record, string Action, long? Dcid, IReadOnlyList<StudentFieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
