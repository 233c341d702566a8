namespace PowerSchool.Simulator.District;

/// <summary>Gives a generated student one or two guardians.</summary>
internal sealed class GuardianFactory(Random random, NamePool pool, StudentFactory students)
{
    private static readonly string[] Others = ["Father", "Grandparent", "Guardian"];

    public void AddGuardians(SisStudent student, List<SisGuardian> into)
    {
        var count = random.Next(1, 3);
        for (var g = 0; g < count; g++)
        {
            var relationship = g == 0 ? "Mother" : students.Pick(Others);
            var first = students.Pick(relationship == "Mother" ? pool.Female : pool.Male);
            var last = students.Chance(0.8) ? student.LastName : students.Pick(pool.Last);
            into.Add(new SisGuardian(into.Count + 1, student.Dcid, first, last, relationship, $"guardian{into.Count + 1}@family.example", students.Phone()));
        }
    }
}
