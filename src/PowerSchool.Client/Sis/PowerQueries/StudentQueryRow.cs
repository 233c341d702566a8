using PowerSchool.Client.Sis.Students;

namespace PowerSchool.Client.Sis.PowerQueries;

/// <summary>
/// A row of the product's student queries: Students.ID and the student with the <see cref="StudentQueries.StudentFields"/>
/// filled as <c>/ws/v1/student</c> returns them (<see cref="SisStudent.Id"/> is the DCID).
/// </summary>
public sealed record StudentQueryRow(long Id, SisStudent Student);
