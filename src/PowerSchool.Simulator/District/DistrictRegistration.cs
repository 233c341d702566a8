using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PowerSchool.Simulator.District;

/// <summary>Registers the generated district (schools, courses, sections, students, guardians).</summary>
public static class DistrictRegistration
{
    public static IServiceCollection AddDistrict(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DistrictOptions>().BindConfiguration(DistrictOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DistrictOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.FixtureFile) ? DistrictGenerator.Generate(options) : DistrictFixture.Load(options.FixtureFile);
        });
        services.TryAddSingleton<DistrictStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Hosting.IResettable, DistrictStore>(sp => sp.GetRequiredService<DistrictStore>()));
        services.TryAddSingleton<IDistrictDirectory, DistrictDirectory>();
        return services;
    }
}
