using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PsFunctions.Sync.Mapping;

/// <summary>Registers the mapping loader and its options (<c>Sync:MappingFolder</c>).</summary>
public static class MappingServiceCollectionExtensions
{
    public static IServiceCollection AddStudentMapping(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<MappingOptions>()
            .BindConfiguration(MappingOptions.Section)
            .Validate(
                mapping => string.IsNullOrWhiteSpace(mapping.MappingFolder) || Directory.Exists(mapping.MappingFolder),
                "Sync:MappingFolder names a folder that does not exist.")
            .ValidateOnStart();
        services.TryAddSingleton<StudentMappingLoader>();
        return services;
    }
}
