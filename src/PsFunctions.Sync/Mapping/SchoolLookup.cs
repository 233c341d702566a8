using System.Globalization;

namespace PsFunctions.Sync.Mapping;

/// <summary>Finds a school's school_number by its number, name or abbreviation in the SIS schools list.</summary>
internal static class SchoolLookup
{
    public const string Rule = "school lookup: a school_number, name or abbreviation from the SIS schools list (GET /ws/v1/district/school)";

    public static TransformResult Find(string value, IReadOnlyList<DistrictSchool> schools)
    {
        var text = FieldTransform.CollapseWhitespace(value);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && schools.Any(school => school.SchoolNumber == number))
        {
            return TransformResult.Ok(number.ToString(CultureInfo.InvariantCulture));
        }

        var match = schools.FirstOrDefault(school => Matches(school.Name, text))
            ?? schools.FirstOrDefault(school => Matches(school.Abbreviation, text));
        return match is null
            ? TransformResult.Fail("names no school in the SIS schools list", Rule)
            : TransformResult.Ok(match.SchoolNumber.ToString(CultureInfo.InvariantCulture));
    }

    private static bool Matches(string candidate, string text) =>
        !string.IsNullOrWhiteSpace(candidate)
        && string.Equals(FieldTransform.CollapseWhitespace(candidate), text, StringComparison.OrdinalIgnoreCase);
}
