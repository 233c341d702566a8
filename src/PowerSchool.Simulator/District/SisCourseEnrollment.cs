namespace PowerSchool.Simulator.District;

/// <summary>A student's enrolment in a section (PowerSchool's CC table).</summary>
public sealed record SisCourseEnrollment(
    long Dcid,
    long Id,
    long StudentDcid,
    long StudentId,
    long SectionDcid,
    long SectionId,
    long SchoolDcid,
    string CourseNumber,
    string SectionNumber,
    DateOnly DateEnrolled,
    DateOnly DateLeft,
    long TermId);
