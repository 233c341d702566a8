namespace PowerSchool.Simulator.District;

/// <summary>A course offered at a school (PowerSchool's COURSES table).</summary>
public sealed record SisCourse(long Dcid, long Id, long SchoolDcid, string CourseNumber, string CourseName);
