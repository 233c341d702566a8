using System.ComponentModel.DataAnnotations;

namespace PowerSchool.Client.Resilience;

/// <summary>
/// Retry, timeout and circuit breaker settings (<c>PowerSchool:Sis:Resilience</c>,
/// <c>PowerSchool:Enrollment:Resilience</c>). Retries are jittered exponential from <see cref="BaseDelay"/>
/// and honour Retry-After up to <see cref="MaxRetryAfter"/>.
/// </summary>
public sealed class PowerSchoolResilienceOptions
{
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First retry delay; tests use a few milliseconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After honoured; a longer one fails the call as unavailable.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Share of failed calls in <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// This section's DataAnnotations failures as the parent options report them: each message names its setting
    /// under <paramref name="section"/> (<c>PowerSchool:Sis:Resilience:MaxRetryAttempts</c>), each member is
    /// qualified with <paramref name="property"/>, the parent's property that holds this section.
    /// </summary>
    internal IEnumerable<ValidationResult> Validate(string section, string property)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return results.Select(result => new ValidationResult(
            $"{section}:{string.Join(",", result.MemberNames)}: {result.ErrorMessage}",
            [.. result.MemberNames.Select(member => $"{property}.{member}")]));
    }
}
