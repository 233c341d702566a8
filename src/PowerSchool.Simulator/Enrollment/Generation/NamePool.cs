using System.Globalization;
using System.Text;
using Bogus;

namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>
/// Names that break naive code: non-ASCII letters, apostrophes and hyphens. Mixed into Bogus's names so
/// every generated district has some.
/// </summary>
internal static class NamePool
{
    private static readonly string[] FirstNames =
        ["José", "Zoë", "Anne-Marie", "Siobhán", "Łukasz", "Renée", "Jean-Luc", "Chloé", "Søren", "Nguyễn Minh", "D'Andre", "Mary-Kate"];

    private static readonly string[] LastNames =
        ["O'Brien", "Müller-Schmidt", "García", "D'Angelo", "Nguyễn", "Björk", "Smith-Jones", "Ó Súilleabháin", "Łęcki", "St. John", "De la Cruz", "Kowalczyk-Nowak"];

    public static string FirstName(Faker faker, Bogus.DataSets.Name.Gender gender) =>
        faker.Random.Bool(0.25f) ? faker.PickRandom(FirstNames) : faker.Name.FirstName(gender);

    public static string LastName(Faker faker) =>
        faker.Random.Bool(0.25f) ? faker.PickRandom(LastNames) : faker.Name.LastName();

    /// <summary>An e-mail local part a mail server accepts: diacritics dropped, punctuation removed.</summary>
    public static string EmailLocalPart(string first, string last)
    {
        var builder = new StringBuilder();
        foreach (var character in $"{first}.{last}".Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(character) || character == '.')
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark && character > 127)
            {
                builder.Append('x');
            }
        }

        return builder.ToString();
    }
}
