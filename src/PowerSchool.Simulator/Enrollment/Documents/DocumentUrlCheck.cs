namespace PowerSchool.Simulator.Enrollment.Documents;

/// <summary>Outcome of checking a signed document URL.</summary>
public enum DocumentUrlCheck
{
    Valid,
    MissingSignature,
    BadSignature,
    Expired,
}
