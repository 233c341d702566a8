using System.ComponentModel.DataAnnotations;

namespace PowerSchool.Simulator.District;

/// <summary>Size and source of the simulated district (<c>Simulator:District</c>).</summary>
public sealed class DistrictOptions
{
    public const string Section = "Simulator:District";

    /// <summary>How many students to generate (ignored when <see cref="FixtureFile"/> is set).</summary>
    [Range(0, 1_000_000)]
    public int Students { get; set; } = 2000;

    /// <summary>How many schools to generate.</summary>
    [Range(1, 500)]
    public int Schools { get; set; } = 6;

    /// <summary>Seed of the generator: the same seed and sizes give the same district.</summary>
    public int Seed { get; set; } = 20260901;

    /// <summary>A JSON fixture file to load instead of generating (format in docs/simulator.md).</summary>
    public string? FixtureFile { get; set; }

    /// <summary>Writable extension tables (PowerSchool database extensions), reachable at /ws/schema/table/{name} and as student extensions.</summary>
    public IReadOnlyList<string> ExtensionTables { get; set; } = ["u_students_extension", "u_studentsuserfields"];

    /// <summary>First day of the simulated school year (entry dates of generated students).</summary>
    public DateOnly SchoolYearStart { get; set; } = new(2026, 8, 24);
}
