using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace PsFunctions.Sync.Students;

/// <summary>Rules for the values a SIS student lookup is built from, bound from <c>Sync:Matching</c> and validated at start.</summary>
public sealed class MatchingOptions : IValidatableObject
{
    public const string Section = "Sync:Matching";

    // Characters with a meaning in a FIQL query: a state id pattern that lets one through could steer the lookup.
    private const string QueryCharacters = "*;,=()!~<>\"'\\ ";

    /// <summary>
    /// The regular expression a state id must match in full before it is looked up (<c>Sync:Matching:StateIdPattern</c>);
    /// default letters, digits and <c>-</c>. It must refuse every character FIQL gives a meaning to.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string StateIdPattern { get; set; } = "^[A-Za-z0-9-]+$";

    internal Regex StateIdRegex() => new(StateIdPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        Regex regex;
        try
        {
            regex = StateIdRegex();
        }
        catch (ArgumentException)
        {
            return [new ValidationResult($"{Section}:{nameof(StateIdPattern)} is not a valid regular expression.", [nameof(StateIdPattern)])];
        }

        var allowed = QueryCharacters.Where(c => regex.IsMatch($"A{c}1")).ToList();
        return allowed.Count == 0
            ? []
            : [new ValidationResult(
                $"{Section}:{nameof(StateIdPattern)} accepts a state id with {string.Join(" ", allowed.Select(c => $"'{c}'"))}; it must refuse the characters a FIQL query gives a meaning to ({QueryCharacters.Trim()} and space).",
                [nameof(StateIdPattern)])];
    }
}
