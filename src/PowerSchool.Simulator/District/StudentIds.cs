namespace PowerSchool.Simulator.District;

/// <summary>
/// Students.DCID and Students.ID as a real district has them: both small numbers starting at 1 (tools written
/// against real districts read <c>/ws/v1/student/1</c>), yet different for every student, so code that confuses
/// the two fails against the simulator. DCIDs follow the order students were created, with the gaps that
/// deleted records leave; IDs were handed out school by school (as a data migration loads them). New students
/// then take the next of each sequence, which differ because the DCID sequence is ahead.
/// </summary>
internal static class StudentIds
{
    /// <summary>The DCID of the <paramref name="index"/>-th generated student, given the previous one.</summary>
    public static long NextDcid(long previous, int index, Random random) =>
        // Always one gap after the first student, so the DCID sequence stays ahead of the ID sequence.
        previous + (index == 1 || random.Next(16) == 0 ? 2 : 1);

    /// <summary>The students with their IDs (1..N, school by school, then in creation order) and the course enrolments that name them.</summary>
    public static (List<SisStudent> Students, List<SisCourseEnrollment> Enrollments) Assign(
        IReadOnlyList<SisStudent> students, IReadOnlyList<SisSchool> schools, IReadOnlyList<SisCourseEnrollment> enrollments)
    {
        var schoolOrder = schools.Select((school, index) => (school.SchoolNumber, index)).ToDictionary(p => p.SchoolNumber, p => p.index);
        var byId = students.OrderBy(s => schoolOrder[s.Enrollment.SchoolNumber]).ThenBy(s => s.Dcid).Select(s => s.Dcid).ToArray();
        for (var i = 0; i < byId.Length; i++)
        {
            // An ID equal to its DCID swaps with its neighbour's: no student keeps id == dcid.
            if (byId[i] == i + 1 && byId.Length > 1)
            {
                var other = i + 1 < byId.Length ? i + 1 : i - 1;
                (byId[i], byId[other]) = (byId[other], byId[i]);
            }
        }

        var ids = byId.Select((dcid, index) => (dcid, id: (long)index + 1)).ToDictionary(p => p.dcid, p => p.id);
        return ([.. students.Select(s => s with { Id = ids[s.Dcid] })], [.. enrollments.Select(c => c with { StudentId = ids[c.StudentDcid] })]);
    }
}
