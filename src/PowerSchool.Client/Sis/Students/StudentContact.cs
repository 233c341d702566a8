namespace PowerSchool.Client.Sis.Students;

/// <summary>
/// The <c>contact</c> expansion: emergency contacts, parents, guardian and doctor (Students columns, writable on
/// INSERT and UPDATE). PowerSchool refuses a name without its phone, or a phone without its name, for
/// emergency contact 1, emergency contact 2 and the doctor.
/// </summary>
public sealed record StudentContact
{
    /// <summary>Students.Emerg_Contact_1, up to 60 characters.</summary>
    public string? EmergencyContactName1 { get; init; }

    /// <summary>Students.Emerg_Phone_1, up to 30 characters.</summary>
    public string? EmergencyPhone1 { get; init; }

    /// <summary>Students.Emerg_Contact_2, up to 60 characters.</summary>
    public string? EmergencyContactName2 { get; init; }

    /// <summary>Students.Emerg_Phone_2, up to 60 characters.</summary>
    public string? EmergencyPhone2 { get; init; }

    /// <summary>Students.GuardianEmail (the data dictionary gives no length).</summary>
    public string? GuardianEmail { get; init; }

    /// <summary>Students.GuardianFax, up to 30 characters.</summary>
    public string? GuardianFax { get; init; }

    /// <summary>Students.Mother, up to 60 characters.</summary>
    public string? Mother { get; init; }

    /// <summary>Students.Father, up to 60 characters.</summary>
    public string? Father { get; init; }

    /// <summary>Students.Doctor_Name, up to 60 characters.</summary>
    public string? DoctorName { get; init; }

    /// <summary>Students.Doctor_Phone, up to 30 characters.</summary>
    public string? DoctorPhone { get; init; }
}
