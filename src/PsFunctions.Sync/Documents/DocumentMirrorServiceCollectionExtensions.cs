using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Enrollment;
using PsFunctions.Sync.Events;

namespace PsFunctions.Sync.Documents;

/// <summary>Registers the document mirror.</summary>
public static class DocumentMirrorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DocumentMirrorHandler"/> with <see cref="DocumentMirrorOptions"/> bound from <c>Sync:Documents</c>
    /// and validated on start. Needs <see cref="IEnrollmentClient"/>, <see cref="IDocumentStore"/> and
    /// <see cref="IEventPublisher"/> registered (by the client and the Azure adapters).
    /// </summary>
    public static IServiceCollection AddDocumentMirror(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DocumentMirrorOptions>()
            .BindConfiguration(DocumentMirrorOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient(static provider =>
        {
            var options = provider.GetRequiredService<IOptions<DocumentMirrorOptions>>().Value;
            return new DocumentMirrorHandler(
                provider.GetRequiredService<IEnrollmentClient>(),
                provider.GetRequiredService<IDocumentStore>(),
                provider.GetRequiredService<IEventPublisher>(),
                new DocumentEvents(options.EventSource, provider.GetRequiredService<TimeProvider>()),
                options,
                provider.GetRequiredService<ILogger<DocumentMirrorHandler>>());
        });
        return services;
    }
}
