namespace PowerSchool.Client.Sis.Students;

/// <summary>The <c>schedule_setup</c> expansion: home room and next year's school and grade.</summary>
public sealed record StudentScheduleSetup
{
    /// <summary>Students.Home_Room, up to 60 characters.</summary>
    public string? HomeRoom { get; init; }

    /// <summary>Students.Next_School: a school number; 999999 is the graduated school.</summary>
    public long? NextSchool { get; init; }

    /// <summary>Students.Sched_NextYearGrade (0 is kindergarten, not "unset").</summary>
    public int? SchedNextYearGrade { get; init; }
}
