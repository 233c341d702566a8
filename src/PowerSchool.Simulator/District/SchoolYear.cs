namespace PowerSchool.Simulator.District;

/// <summary>The simulated school year: entry and exit dates of generated enrolments.</summary>
internal sealed record SchoolYear(DateOnly Start)
{
    public DateOnly End => new(Start.Year + 1, 6, 10);

    public DateTimeOffset StartInstant => new(Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
