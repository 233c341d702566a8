namespace PowerSchool.Simulator.District;

/// <summary><see cref="IDistrictDirectory"/> over the live SIS data: each read is a fresh snapshot.</summary>
public sealed class DistrictDirectory(DistrictStore store) : IDistrictDirectory
{
    public IReadOnlyList<DirectorySchool> Schools => store.Read(state =>
        state.Schools.Select(s => new DirectorySchool(s.Dcid, s.SchoolNumber, s.Name, s.Abbreviation, s.LowGrade, s.HighGrade)).ToList());

    public IReadOnlyList<DirectoryStudent> Students => store.Read(state =>
        state.Students.OrderedDcids.Select(dcid => state.Students.Find(dcid)!)
            .Where(s => s.Enrollment.EnrollStatusCode is 0 or -1)
            .Select(ToDirectory)
            .ToList());

    private static DirectoryStudent ToDirectory(SisStudent s) => new(
        s.Dcid,
        s.StudentNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        s.StateStudentNumber,
        s.FirstName,
        s.LastName,
        s.DateOfBirth ?? DateOnly.MinValue,
        s.Enrollment.GradeLevel,
        s.Enrollment.SchoolNumber);
}
