using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Sync.Students;

/// <summary>Student upsert settings, bound from <c>Sync</c> and validated at start.</summary>
public sealed class StudentUpsertOptions
{
    public const string Section = "Sync";

    /// <summary>How long the SIS schools list is reused before it is read again (<c>Sync:SchoolListCacheDuration</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan SchoolListCacheDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a handling may hold a student's claim (<c>Sync:StudentClaimDuration</c>): the longest a lookup plus
    /// its POST round can take. A claim left by a crashed instance frees itself after this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan StudentClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a submission waiting for another instance's claim on its student stays invisible in its new
    /// <c>student-upserts</c> message (<c>Sync:StudentClaimRetryDelay</c>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan StudentClaimRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Submissions of one message looked up in the SIS at the same time (<c>Sync:LookupParallelism</c>); the
    /// client's <c>PowerSchool:Sis:MaxConcurrency</c> still caps the requests in flight to PowerSchool.
    /// </summary>
    [Range(1, 32)]
    public int LookupParallelism { get; set; } = 4;

    /// <summary>First day of the school year submissions are for (<c>Sync:SchoolYearEntryDate</c>); default 1 August of the current school year.</summary>
    public DateOnly? SchoolYearEntryDate { get; set; }

    /// <summary>The day after the school year's last day (<c>Sync:SchoolYearExitDate</c>); default 1 July after the entry date.</summary>
    public DateOnly? SchoolYearExitDate { get; set; }
}
