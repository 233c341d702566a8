using PowerSchool.Simulator.District;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>A section with its school's number: PowerSchool's SECTIONS.SchoolID holds the school number, not a DCID.</summary>
internal sealed record SectionRow(SisSection Section, int SchoolNumber);

/// <summary>A course enrolment with its school's number (CC.SchoolID is the school number too).</summary>
internal sealed record CourseEnrollmentRow(SisCourseEnrollment Enrollment, int SchoolNumber);
