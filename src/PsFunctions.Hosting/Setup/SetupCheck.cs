using Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PowerSchool.Client.Enrollment;
using PowerSchool.Client.Secrets;
using PowerSchool.Client.Sis;
using PsFunctions.Sync.Hashing;

namespace PsFunctions.Hosting.Setup;

/// <summary>
/// Finds what the deployment still lacks: every options class the composition validates at start (their rules, read from
/// their DataAnnotations), and the secrets the PowerSchool clients and the identity hashes need, read through the app's <see cref="ISecretProvider"/>.
/// The report is reused for <see cref="SetupOptions.RecheckInterval"/>; a secret set later is found on the next read, with
/// no restart (at most <c>KeyVault:MissCacheTimeToLive</c> later, the time the Key Vault provider remembers a miss).
/// </summary>
public sealed class SetupCheck : IDisposable
{
    private readonly IServiceProvider _services;
    private readonly IConfiguration _configuration;
    private readonly ILogger _logger;
    private readonly CachedResult<SetupReport> _report;
    private bool? _wasReady;

    public SetupCheck(IServiceProvider services, IConfiguration configuration, IOptions<SetupOptions> options, TimeProvider timeProvider, ILogger<SetupCheck> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _services = services;
        _configuration = configuration;
        _logger = logger;
        _report = new CachedResult<SetupReport>(ReadAsync, () => options.Value.RecheckInterval, timeProvider);
    }

    public Task<SetupReport> CheckAsync(CancellationToken cancellationToken = default) => _report.GetAsync(cancellationToken);

    public void Dispose() => _report.Dispose();

    private async Task<SetupReport> ReadAsync(CancellationToken cancellationToken)
    {
        var missingSettings = new List<string>();
        var invalid = new List<string>();
        foreach (var failure in OptionsFailures.Collect(_services))
        {
            var missing = failure is OptionsValidationException { OptionsType: { } type }
                ? RequiredSettings.MissingIn(type, _configuration).ToList()
                : [];
            missingSettings.AddRange(missing);
            // A missing setting's own "is required" message would only repeat its name.
            invalid.AddRange(Messages(failure).Where(message => !missing.Any(key => message.Contains(key, StringComparison.Ordinal))));
        }

        var (missingSecrets, unreadable) = await ReadSecretsAsync(cancellationToken);
        var report = new SetupReport([.. missingSettings.Distinct(StringComparer.Ordinal)], missingSecrets, [.. invalid.Distinct(StringComparer.Ordinal)], unreadable);
        LogChange(report);
        return report;
    }

    private async Task<(IReadOnlyList<string> Missing, IReadOnlyList<string> Unreadable)> ReadSecretsAsync(CancellationToken cancellationToken)
    {
        var names = RequiredSecretNames();
        ISecretProvider secrets;
        try
        {
            secrets = _services.GetRequiredService<ISecretProvider>();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The vault settings themselves are wrong: already an invalid setting; the secrets cannot be looked at.
            return ([], [.. names.Select(name => $"{name}: not checked ({failure.GetType().Name})")]);
        }

        var missing = new List<string>();
        var unreadable = new List<string>();
        foreach (var name in names)
        {
            try
            {
                await secrets.GetSecretAsync(name, cancellationToken);
            }
            catch (SecretNotFoundException)
            {
                missing.Add(name);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                unreadable.Add($"{name}: {Describe(failure)}");
            }
        }

        return (missing, unreadable);
    }

    // Bound without validation: the secret names have defaults, and an invalid base URL must not hide a missing secret.
    private List<string> RequiredSecretNames() =>
    [
        .. Bound<SisClientOptions>(SisClientOptions.SectionName).RequiredSecretNames
            .Concat(Bound<EnrollmentClientOptions>(EnrollmentClientOptions.SectionName).RequiredSecretNames)
            .Append(IdentityHashKey.SecretName)
            .Distinct(StringComparer.Ordinal),
    ];

    private T Bound<T>(string section)
        where T : class, new()
    {
        try
        {
            return _configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException)
        {
            return new T();
        }
    }

    private void LogChange(SetupReport report)
    {
        if (_wasReady == report.IsReady)
        {
            return;
        }

        _wasReady = report.IsReady;
        if (report.IsReady)
        {
            SetupLog.SetupComplete(_logger);
            return;
        }

        SetupLog.SetupIncomplete(_logger, report.Missing, report.InvalidSettings.Count, report.UnreadableSecrets.Count);
        foreach (var problem in report.InvalidSettings)
        {
            SetupLog.InvalidSetting(_logger, problem);
        }
    }

    private static IEnumerable<string> Messages(Exception failure) =>
        failure is OptionsValidationException validation ? validation.Failures : [$"{failure.GetType().Name}: {failure.Message}"];

    private static string Describe(Exception failure) =>
        failure is RequestFailedException request ? $"{failure.GetType().Name} {request.Status} {request.ErrorCode}".TrimEnd() : failure.GetType().Name;
}
