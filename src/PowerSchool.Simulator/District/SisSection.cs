namespace PowerSchool.Simulator.District;

/// <summary>A section of a course (PowerSchool's SECTIONS table).</summary>
public sealed record SisSection(
    long Dcid,
    long Id,
    long CourseDcid,
    long SchoolDcid,
    string CourseNumber,
    string SectionNumber,
    string Expression,
    long StaffId,
    long TermId);
