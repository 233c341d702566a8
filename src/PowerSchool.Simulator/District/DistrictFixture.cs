using System.Text.Json;
using System.Text.Json.Serialization;

namespace PowerSchool.Simulator.District;

/// <summary>Reads and writes the district fixture file: <see cref="DistrictData"/> as snake_case JSON.</summary>
public static class DistrictFixture
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static DistrictData Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Simulator:District:FixtureFile names a file that does not exist: {path}", path);
        }

        using var stream = File.OpenRead(path);
        var data = JsonSerializer.Deserialize<DistrictData>(stream, JsonOptions)
            ?? throw new InvalidDataException($"The district fixture {path} is empty.");
        Check(data, path);
        return data;
    }

    public static void Save(DistrictData data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, data, JsonOptions);
    }

    private static void Check(DistrictData data, string path)
    {
        var schoolNumbers = data.Schools.Select(s => s.SchoolNumber).ToHashSet();
        var orphan = data.Students.FirstOrDefault(s => !schoolNumbers.Contains(s.Enrollment.SchoolNumber));
        if (orphan is not null)
        {
            throw new InvalidDataException($"The district fixture {path}: student DCID {orphan.Dcid} names school_number {orphan.Enrollment.SchoolNumber}, which no school has.");
        }

        var duplicate = data.Students.GroupBy(s => s.Dcid).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"The district fixture {path}: student DCID {duplicate.Key} appears more than once.");
        }
    }
}
