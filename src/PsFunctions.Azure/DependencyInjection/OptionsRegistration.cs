using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PsFunctions.Azure.DependencyInjection;

/// <summary>Registers options bound from configuration and validated (DataAnnotations) when the host starts.</summary>
internal static class OptionsRegistration
{
    public static void AddValidatedOptions<TOptions>(this IServiceCollection services, string sectionName, Action<TOptions> bind)
        where TOptions : class
    {
        services.AddOptions<TOptions>().Configure(bind).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new AnnotatedOptionsValidator<TOptions>(sectionName)));
    }
}
