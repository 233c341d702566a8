using System.Text.Json;
using System.Text.Json.Serialization;

namespace PowerSchool.Client.Sis.Students;

/// <summary>A student as <c>/ws/v1/student</c> returns it. Expansions are null unless asked for.</summary>
public sealed record SisStudent
{
    /// <summary>Students.DCID.</summary>
    public long Id { get; init; }

    /// <summary>The student number (Students.Student_Number).</summary>
    public long? LocalId { get; init; }

    /// <summary>The state-assigned number (Students.State_StudentNumber).</summary>
    public string? StateProvinceId { get; init; }

    public string? StudentUsername { get; init; }

    public PersonName? Name { get; init; }

    public StudentDemographics? Demographics { get; init; }

    public SisAddresses? Addresses { get; init; }

    public SisPhones? Phones { get; init; }

    public StudentSchoolEnrollment? SchoolEnrollment { get; init; }

    public StudentContact? Contact { get; init; }

    public StudentContactInfo? ContactInfo { get; init; }

    public StudentInitialEnrollment? InitialEnrollment { get; init; }

    public StudentScheduleSetup? ScheduleSetup { get; init; }

    /// <summary>When PowerSchool last changed the record (Students.Transaction_Date), when sent.</summary>
    public DateTimeOffset? TransactionDate { get; init; }

    /// <summary>Requested extensions, raw (<c>_extension_data</c>).</summary>
    [JsonPropertyName("_extension_data")]
    public JsonElement? ExtensionData { get; init; }
}
