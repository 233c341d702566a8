using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Secrets;

namespace PowerSchool.Client.Enrollment;

/// <summary>The Enrollment typed client, its API-key handler and the document download client.</summary>
internal static class EnrollmentRegistration
{
    public const string DocumentsClientName = "PowerSchool.Enrollment.Documents";

    public static void Add(IServiceCollection services)
    {
        services.TryAddTransient<EnrollmentApiKeyHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CredentialsStartupCheck<EnrollmentClientOptions>>());

        var api = services.AddHttpClient<IEnrollmentClient, EnrollmentClient>((http, sp) => new EnrollmentClient(
                http, sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<IOptions<EnrollmentClientOptions>>(),
                sp.GetRequiredService<ILogger<EnrollmentClient>>()))
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = Root(sp.GetRequiredService<IOptions<EnrollmentClientOptions>>().Value.BaseUrl!);
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
        api.AddResilienceHandler("powerschool-enrollment", (builder, context) => PowerSchoolResiliencePipeline.Configure(
            builder, context.ServiceProvider.GetRequiredService<IOptions<EnrollmentClientOptions>>().Value.Resilience,
            context.ServiceProvider, "enrollment"));
        api.AddHttpMessageHandler(sp => new ConcurrencyLimitHandler(sp.GetRequiredService<HostConcurrencyLimiter>(),
            () => sp.GetRequiredService<IOptions<EnrollmentClientOptions>>().Value.MaxConcurrency));
        api.AddHttpMessageHandler<EnrollmentApiKeyHandler>();
        PowerSchoolServiceCollectionExtensions.AddLogging(api, "enrollment");

        // Documents come from signed storage URLs: no API key goes there, and no host limit applies. Redirects are
        // followed by the client, each checked (DocumentUrlRules); connections go only to checked addresses.
        var documents = services.AddHttpClient(DocumentsClientName).ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectCallback = DocumentAddressGuard.Connect(
                    sp.GetRequiredService<IOptions<EnrollmentClientOptions>>().Value.Documents.AllowPrivateAddresses),
            });
        documents.AddResilienceHandler("powerschool-enrollment-documents", (builder, context) => PowerSchoolResiliencePipeline.Configure(
            builder, context.ServiceProvider.GetRequiredService<IOptions<EnrollmentClientOptions>>().Value.Resilience,
            context.ServiceProvider, "documents"));
        PowerSchoolServiceCollectionExtensions.AddLogging(documents, "documents");
    }

    /// <summary>The host root with a trailing slash, so relative paths keep any path prefix it has.</summary>
    internal static Uri Root(Uri baseUrl) =>
        baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
