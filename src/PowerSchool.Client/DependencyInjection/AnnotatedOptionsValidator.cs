using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Resilience;

namespace PowerSchool.Client.DependencyInjection;

/// <summary>
/// Validates options with their DataAnnotations, including the nested <see cref="PowerSchoolResilienceOptions"/>,
/// and reports each failure with the configuration path (e.g. <c>PowerSchool:Sis:BaseUrl</c>).
/// </summary>
internal sealed class AnnotatedOptionsValidator<TOptions>(string sectionName, Func<TOptions, PowerSchoolResilienceOptions> resilience)
    : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Check(options, sectionName).Concat(Check(resilience(options), $"{sectionName}:Resilience")).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(object target, string path)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true);
        return results.Select(r => $"{path}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
    }
}
