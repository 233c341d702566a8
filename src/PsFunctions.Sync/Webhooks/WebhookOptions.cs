using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace PsFunctions.Sync.Webhooks;

/// <summary>Webhook receiver settings, bound from <c>Webhooks</c>.</summary>
public sealed partial class WebhookOptions : IValidatableObject
{
    public const string Section = "Webhooks";

    /// <summary>The largest body accepted (<c>Webhooks:MaxBodyBytes</c>, default 256 KiB); larger ones get 413.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// The senders, by source name (<c>Webhooks:Sources:&lt;source&gt;</c>, the <c>{source}</c> of the route). Only these
    /// exist: a request for any other name is refused before a secret is read.
    /// </summary>
    public Dictionary<string, WebhookSourceOptions> Sources { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Requests per minute, on each instance, that all names which are not configured sources share; more get 429.</summary>
    [Range(1, 100_000)]
    public int UnknownSourcePermitLimit { get; init; } = 60;

    /// <summary>The largest difference between the sender's timestamp and this host's clock (5 minutes).</summary>
    public static TimeSpan MaxClockSkew { get; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a delivery id is kept (15 minutes). A timestamp may run up to <see cref="MaxClockSkew"/> ahead of
    /// the clock that received it, and a replay of it passes the skew check until <see cref="MaxClockSkew"/> after
    /// that timestamp: twice the skew after it was received. The third skew covers instances whose clocks differ.
    /// </summary>
    public static TimeSpan DeliveryIdRetention { get; } = MaxClockSkew * 3;

    /// <summary>The configured source named exactly <paramref name="source"/>, or null.</summary>
    public WebhookSourceOptions? FindSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return SourcePattern().IsMatch(source) && Sources.TryGetValue(source, out var found) ? found : null;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, source) in Sources)
        {
            var key = $"{Section}:Sources:{name}";
            if (!SourcePattern().IsMatch(name))
            {
                yield return new ValidationResult(
                    $"{key}: a source name is 1 to 40 lower-case letters, digits and '-', starting and ending with a letter or digit (it is the {{source}} of the route).",
                    [nameof(Sources)]);
            }

            if (source is null)
            {
                yield return new ValidationResult($"{key} is empty: give at least {key}:Commands.", [nameof(Sources)]);
                continue;
            }

            var results = new List<ValidationResult>();
            Validator.TryValidateObject(source, new ValidationContext(source), results, validateAllProperties: true);
            foreach (var problem in results.Select(result => $"{key}:{string.Join(",", result.MemberNames)}: {result.ErrorMessage}").Concat(source.Problems(key)))
            {
                yield return new ValidationResult(problem, [nameof(Sources)]);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex SourcePattern();
}
