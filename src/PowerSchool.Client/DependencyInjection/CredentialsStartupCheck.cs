using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Secrets;

namespace PowerSchool.Client.DependencyInjection;

/// <summary>
/// Fails host start when a credential the options name cannot be read, so a missing secret shows at
/// deploy time (as <see cref="SecretNotFoundException"/> naming it) rather than at the first sync. A host that
/// must start without its credentials (the Function App, which reports what is missing instead) removes it.
/// </summary>
public sealed class CredentialsStartupCheck<TOptions>(IOptions<TOptions> options, ISecretProvider secrets) : IHostedService
    where TOptions : class, IRequiredSecrets
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var name in options.Value.RequiredSecretNames)
        {
            await secrets.GetSecretAsync(name, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
