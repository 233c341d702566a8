using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Tests.Mapping;

public sealed class MappingFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mapping-tests-");

    private static StudentMappingLoader Loader(string? folder) =>
        new(Options.Create(new MappingOptions { MappingFolder = folder }), NullLogger<StudentMappingLoader>.Instance);

    private static MappingFileException Refused(string json) =>
        Assert.Throws<MappingFileException>(() => StudentMapping.Parse(json, "test.json"));

    [Fact]
    public void Unknown_transform_is_named_with_its_entry()
    {
        var error = Assert.Single(Refused("""{ "fields": { "name.first_name": { "from": "a.b", "transforms": ["titlecase"] } } }""").Errors);

        Assert.Contains("fields.name.first_name", error, StringComparison.Ordinal);
        Assert.Contains("unknown transform 'titlecase'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_SIS_field_is_named()
    {
        var error = Assert.Single(Refused("""{ "fields": { "name.nick_name": { "from": "a.b" } } }""").Errors);

        Assert.Contains("unknown SIS field 'name.nick_name'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data..student")]
    [InlineData("data.student[x]")]
    [InlineData("data student")]
    [InlineData(".data")]
    public void Bad_JSON_path_is_named(string path)
    {
        var exception = Refused($$"""{ "fields": { "name.first_name": { "from": ["{{path}}"] } } }""");

        Assert.Contains($"bad JSON path '{path}'", Assert.Single(exception.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_file_is_listed_at_once()
    {
        var exception = Refused("""
            {
              "submissionId": "id..",
              "fields": {
                "name.first_name": { "transforms": ["trim"] },
                "school_enrollment.enroll_status": { "default": "X" },
                "school_enrollment.entry_date": { "default": "{schoolYear.start}" },
                "name.last_name": { "from": "a", "join": " " }
              }
            }
            """);

        Assert.Equal(5, exception.Errors.Count);
        Assert.Equal("test.json", exception.MappingSource);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "fields": { "name.first_name": { "from": 42 } } }""")]
    [InlineData("""{ "fieldz": {} }""")]
    [InlineData("""{ "fields": {} }""")]
    public void Malformed_files_are_refused(string json) => Assert.NotEmpty(Refused(json).Errors);

    [Fact]
    public void Default_mapping_parses_from_its_embedded_resource()
    {
        var mapping = StudentMapping.Parse(StudentMappingLoader.ReadDefaultJson(), "default");

        Assert.Equal(StudentMappingLoader.DefaultMapping.FieldPaths, mapping.FieldPaths);
    }

    [Fact]
    public async Task Loader_uses_the_delivery_target_file_in_the_mapping_folder()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "target-1.json"), """
            { "gradeLevels": { "TK": -2, "K": 0 }, "fields": { "name.first_name": { "from": "data.student.firstName" } } }
            """);

        var mapping = await Loader(_folder.FullName).LoadAsync("target-1");

        Assert.Equal(["name.first_name"], mapping.FieldPaths);
        Assert.Equal(-2, mapping.GradeLevels["tk"]);
    }

    [Fact]
    public async Task Loader_falls_back_to_the_default_mapping_without_a_file_or_folder()
    {
        Assert.Same(StudentMappingLoader.DefaultMapping, await Loader(_folder.FullName).LoadAsync("target-2"));
        Assert.Same(StudentMappingLoader.DefaultMapping, await Loader(null).LoadAsync("target-2"));
    }

    [Fact]
    public async Task Loader_refuses_an_invalid_file_instead_of_falling_back()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "target-3.json"), """{ "fields": { "name.first": { "from": "a" } } }""");

        var exception = await Assert.ThrowsAsync<MappingFileException>(() => Loader(_folder.FullName).LoadAsync("target-3"));

        Assert.EndsWith("target-3.json", exception.MappingSource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loader_refuses_a_delivery_target_id_that_could_leave_the_folder() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Loader(_folder.FullName).LoadAsync("../secrets"));

    public void Dispose() => _folder.Delete(recursive: true);
}
