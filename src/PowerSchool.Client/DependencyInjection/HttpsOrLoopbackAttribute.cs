using System.ComponentModel.DataAnnotations;

namespace PowerSchool.Client.DependencyInjection;

/// <summary>An absolute https URL, or http on a loopback host (the local simulator). Messages name the member by its display name.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpsOrLoopbackAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is null)
        {
            return ValidationResult.Success;
        }

        var member = validationContext.MemberName ?? validationContext.DisplayName;
        var name = validationContext.DisplayName;
        if (value is not Uri { IsAbsoluteUri: true } uri)
        {
            return new ValidationResult($"{name} must be an absolute URL.", [member]);
        }

        var ok = uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
        return ok
            ? ValidationResult.Success
            : new ValidationResult($"{name} must use https (http is allowed only for loopback hosts); got scheme '{uri.Scheme}'.", [member]);
    }
}
