namespace PowerSchool.Simulator.Enrollment;

/// <summary>How a delivered record's <c>data</c> is shaped (a delivery target's own design in real Enrollment).</summary>
public enum RecordStyle
{
    /// <summary>Nested blocks (<c>data.student.firstName</c>, <c>data.parent1.email</c>, <c>data.documents.*</c>), as the reference shows.</summary>
    Nested,

    /// <summary>
    /// One flat map of data item names as real district forms name them (<c>data.stu_FirstName</c>, <c>data.stu_DoB</c>,
    /// <c>data.stu_EnrollGrade</c>, <c>data.p1_CellPh</c>, <c>data.doc_BirthCertificate</c>, …).
    /// </summary>
    DistrictForm,
}
