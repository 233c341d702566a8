namespace PowerSchool.Simulator.District;

/// <summary>
/// Names that break naive code: non-ASCII letters, apostrophes, hyphens, particles. The generator mixes
/// them into Bogus's names so every client path meets them.
/// </summary>
internal static class NameStock
{
    public static readonly string[] FirstNames =
    [
        "Zoë", "José", "Chloé", "Björn", "Anne-Marie", "Łukasz", "Søren", "Renée", "Ñusta", "François",
        "Jean-Luc", "Mía", "Siân", "Dáithí", "Nguyễn Văn", "Øyvind", "D'Andre", "Ça", "Inés", "Ľubica",
    ];

    public static readonly string[] LastNames =
    [
        "O'Brien", "García", "Müller-Schmidt", "Nguyễn", "D'Angelo", "Ó Súilleabháin", "Van der Berg",
        "Smith-Jones", "Łopez", "Bjørnstad", "Çelik", "St. John", "Peña", "Šimůnek", "O'Connor-Diaz",
        "Doğan", "Le Blanc", "MacAoidh", "Ní Bhriain", "Żółć",
    ];
}
