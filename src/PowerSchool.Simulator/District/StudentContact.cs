namespace PowerSchool.Simulator.District;

/// <summary>The `contact` block of a student: emergency contacts, parents, doctor.</summary>
public sealed record StudentContact
{
    public string? EmergencyContactName1 { get; init; }

    public string? EmergencyPhone1 { get; init; }

    public string? EmergencyContactName2 { get; init; }

    public string? EmergencyPhone2 { get; init; }

    public string? GuardianEmail { get; init; }

    public string? GuardianFax { get; init; }

    public string? Mother { get; init; }

    public string? Father { get; init; }

    public string? DoctorName { get; init; }

    public string? DoctorPhone { get; init; }
}
