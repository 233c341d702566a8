using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PsFunctions.Sync.Mapping;

/// <summary>Registers the mapping loader and its options (<c>Sync:MappingFolder</c>).</summary>
public static class MappingServiceCollectionExtensions
{
    public static IServiceCollection AddStudentMapping(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<MappingOptions>().BindConfiguration(MappingOptions.Section).ValidateOnStart();
        services.TryAddSingleton<StudentMappingLoader>();
        return services;
    }
}
