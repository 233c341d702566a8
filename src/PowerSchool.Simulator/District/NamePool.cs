using Bogus;
using Bogus.DataSets;

namespace PowerSchool.Simulator.District;

/// <summary>
/// Names, streets and towns drawn once from Bogus (plus <see cref="NameStock"/>), then picked per student with the
/// seeded random: a 100,000-student district generates in seconds instead of calling Bogus per field.
/// </summary>
internal sealed class NamePool
{
    private const int Size = 1500;

    public NamePool(Faker faker)
    {
        Female = Draw(() => faker.Name.FirstName(Name.Gender.Female));
        Male = Draw(() => faker.Name.FirstName(Name.Gender.Male));
        Last = Draw(() => faker.Name.LastName());
        Streets = Draw(() => faker.Address.StreetAddress());
        Cities = [.. Enumerable.Range(0, 300).Select(_ => faker.Address.City())];
        States = [.. Enumerable.Range(0, 50).Select(_ => faker.Address.StateAbbr())];
    }

    public string[] Female { get; }

    public string[] Male { get; }

    public string[] Last { get; }

    public string[] Streets { get; }

    public string[] Cities { get; }

    public string[] States { get; }

    private static string[] Draw(Func<string> next) => [.. Enumerable.Range(0, Size).Select(_ => next())];
}
