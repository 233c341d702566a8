namespace PowerSchool.Simulator.District;

/// <summary>
/// The generated district as the Enrollment side needs to see it: which schools exist (so family
/// submissions name real ones) and which students are enrolled (so some submissions are for returning
/// students that must become UPDATEs). Implemented by the SIS data store.
/// </summary>
public interface IDistrictDirectory
{
    IReadOnlyList<DirectorySchool> Schools { get; }

    /// <summary>Students currently in the SIS (a snapshot; the SIS may change afterwards).</summary>
    IReadOnlyList<DirectoryStudent> Students { get; }
}
