using Bogus;

namespace PowerSchool.Simulator.District;

/// <summary>Gives a generated student one or two guardians.</summary>
internal static class GuardianFactory
{
    public static void AddGuardians(Faker faker, SisStudent student, List<SisGuardian> into)
    {
        var count = faker.Random.Int(1, 2);
        for (var g = 0; g < count; g++)
        {
            var relationship = g == 0 ? "Mother" : faker.PickRandom("Father", "Grandparent", "Guardian");
            var first = relationship == "Mother" ? faker.Name.FirstName(Bogus.DataSets.Name.Gender.Female) : faker.Name.FirstName();
            into.Add(new SisGuardian(into.Count + 1, student.Dcid, first, faker.Random.Bool(0.8f) ? student.LastName : faker.Name.LastName(), relationship,
                faker.Internet.Email(first, student.LastName, "family.example"), faker.Phone.PhoneNumber("###-###-####")));
        }
    }
}
