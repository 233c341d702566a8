using System.Net;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class RosterImportTests
{
    private const string Import = "/api/v1/publishedactions/2001/importschemas/1";
    private const string Rosters = "/api/v1/publishedactions/2001/rosterrecords";

    [Fact]
    public async Task A_valid_row_is_imported_with_the_documented_success_body()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var result = await host.Client.PostNodeAsync(Import, Row(("FirstName", "Susan"), ("LastName", "Smith"), ("ExternalID", "190292"), ("DateOfBirth", "04/20/2007")));
        var rosters = await host.Client.GetNodeAsync(Rosters);

        Assert.Equal("Success", result["status"]!.GetValue<string>());
        Assert.Empty(result["errors"]!.AsArray());
        var record = Assert.Single(rosters["records"]!.AsArray())!;
        Assert.Equal("190292", record["externalStudentID"]!.GetValue<string>());
        Assert.Equal("2007-04-20T00:00:00", record["dateOfBirth"]!.GetValue<string>());
    }

    [Fact]
    public async Task Importing_the_same_external_id_again_updates_the_record()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        await host.Client.PostNodeAsync(Import, Row(("FirstName", "Susan"), ("LastName", "Smith"), ("ExternalID", "190292")));
        await host.Client.PostNodeAsync(Import, Row(("FirstName", "Susan"), ("LastName", "Smith-Jones"), ("ExternalID", "190292")));
        var rosters = await host.Client.GetNodeAsync(Rosters);

        Assert.Equal("Smith-Jones", Assert.Single(rosters["records"]!.AsArray())!["lastName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Problems_come_back_in_the_documented_error_body_one_line_each()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var result = await host.Client.PostNodeAsync(Import, Row(("FirstName", "Susan"), ("Nickname", "Sue"), ("DateOfBirth", "2007-04-20")), HttpStatusCode.BadRequest);

        Assert.Equal("Error", result["status"]!.GetValue<string>());
        var errors = result["errors"]!.AsArray().Select(error => error!.GetValue<string>()).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, error => error.Contains("'Nickname'", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith("LastName", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith("ExternalID", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("DateOfBirth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_schema_is_404()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var error = await host.Client.PostNodeAsync("/api/v1/publishedactions/2001/importschemas/99", Row(("FirstName", "A")), HttpStatusCode.NotFound);

        Assert.Equal("Import schema not found.", error["message"]!.GetValue<string>());
    }

    // A dictionary keeps the schema's field names as written (anonymous objects would be camel-cased).
    private static Dictionary<string, string> Row(params (string Field, string Value)[] fields) =>
        fields.ToDictionary(field => field.Field, field => field.Value);
}
