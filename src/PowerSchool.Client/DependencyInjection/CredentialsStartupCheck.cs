using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Secrets;

namespace PowerSchool.Client.DependencyInjection;

/// <summary>
/// Fails host start when a credential the options name cannot be read, so a missing secret shows at
/// deploy time (as <see cref="SecretNotFoundException"/> naming it) rather than at the first sync.
/// </summary>
internal sealed class CredentialsStartupCheck<TOptions>(
    IOptions<TOptions> options, ISecretProvider secrets, Func<TOptions, IEnumerable<string>> secretNames) : IHostedService
    where TOptions : class
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var name in secretNames(options.Value))
        {
            await secrets.GetSecretAsync(name, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
