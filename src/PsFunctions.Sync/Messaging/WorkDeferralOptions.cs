using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Messaging;

/// <summary>
/// How <see cref="WorkDeferral"/> puts back work that failed on an outage (<see cref="TransientWork"/>), bound from
/// <c>Sync:Queues:Deferral</c>: after the first transient failure the message is invisible for <see cref="FirstDelay"/>,
/// each later one doubles the delay up to <see cref="MaxDelay"/>, and once <see cref="GiveUpAfter"/> has passed since
/// the first, the next failure dead-letters it. With the defaults a message is tried after 30 s, 1, 2, 4, 8 minutes and
/// then every 10 minutes for a day.
/// </summary>
public sealed class WorkDeferralOptions : IValidatableObject
{
    public const string Section = "Sync:Queues:Deferral";

    /// <summary>The delay after the first transient failure (<c>Sync:Queues:Deferral:FirstDelay</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest delay between two attempts (<c>Sync:Queues:Deferral:MaxDelay</c>; Storage queues allow 7 days).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long after its first transient failure a message stops being deferred (<c>Sync:Queues:Deferral:GiveUpAfter</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The delay after the <paramref name="attempt"/>-th transient failure (1 for the first).</summary>
    public TimeSpan DelayOf(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var doubled = FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        return doubled >= MaxDelay.TotalMilliseconds ? MaxDelay : TimeSpan.FromMilliseconds(doubled);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FirstDelay > MaxDelay)
        {
            yield return new ValidationResult(
                $"{Section}:FirstDelay ({FirstDelay}) must not be longer than {Section}:MaxDelay ({MaxDelay}).", [nameof(FirstDelay), nameof(MaxDelay)]);
        }
    }
}
