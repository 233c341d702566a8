using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Webhooks;

/// <summary>Webhook receiver settings, bound from <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The largest body accepted (<c>Webhooks:MaxBodyBytes</c>, default 256 KiB); larger ones get 413.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>The largest difference between the sender's timestamp and this host's clock (5 minutes).</summary>
    public static TimeSpan MaxClockSkew { get; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a delivery id is kept (15 minutes). A timestamp may run up to <see cref="MaxClockSkew"/> ahead of
    /// the clock that received it, and a replay of it passes the skew check until <see cref="MaxClockSkew"/> after
    /// that timestamp: twice the skew after it was received. The third skew covers instances whose clocks differ.
    /// </summary>
    public static TimeSpan DeliveryIdRetention { get; } = MaxClockSkew * 3;
}
