namespace PsFunctions.Sync.Mapping;

/// <summary>
/// The default enrolment dates for the school year submissions are for: <paramref name="EntryDate"/> is the
/// first day; <paramref name="ExitDate"/> is the day after the last day (PowerSchool's exit date is "the day
/// after the student last attended class").
/// </summary>
public sealed record SchoolYearDates(DateOnly EntryDate, DateOnly ExitDate);
