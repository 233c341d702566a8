using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>
/// Validates options with their DataAnnotations (and <see cref="IValidatableObject"/>), reporting each failure
/// with the configuration section it came from; registered with <c>ValidateOnStart</c> so a bad setting stops
/// the host at start, not at the first message.
/// </summary>
internal sealed class AnnotatedOptionsValidator<TOptions>(string sectionName) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(result => $"{sectionName}: {result.ErrorMessage}"));
    }
}
