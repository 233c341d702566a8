using Microsoft.Extensions.DependencyInjection;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>Wraps a registered service in a test's decorator, whatever way the composition registered it.</summary>
internal static class ServiceDecoration
{
    /// <summary>Replaces the last registration of <typeparamref name="TService"/> by <paramref name="decorate"/> around it.</summary>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, TService> decorate)
        where TService : class
    {
        var inner = services.Last(descriptor => descriptor.ServiceType == typeof(TService));
        services.Remove(inner);
        services.AddSingleton(provider => decorate(Create<TService>(provider, inner)));
        return services;
    }

    private static TService Create<TService>(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (TService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
