using System.Net;
using PowerSchool.Simulator.Enrollment.Catalog;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class RecordTests
{
    private const string Rosters = "/api/v1/publishedactions/2002/rosterrecords";

    [Fact]
    public async Task Record_pages_default_to_page_1_of_50_in_the_metaData_wrapper()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var page = await host.Client.GetNodeAsync(Rosters);

        Assert.Equal(1, page["metaData"]!["page"]!.GetValue<int>());
        Assert.Equal(50, page["metaData"]!["pageSize"]!.GetValue<int>());
        Assert.Equal(2, page["metaData"]!["pageCount"]!.GetValue<int>());
        Assert.Equal(60, page["metaData"]!["recordCount"]!.GetValue<int>());
        Assert.Equal(50, page["records"]!.AsArray().Count);
    }

    [Fact]
    public async Task Page_and_pagesize_select_the_rest_of_the_records()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var first = await host.Client.GetNodeAsync(Rosters + "?page=1&pagesize=50");
        var second = await host.Client.GetNodeAsync(Rosters + "?page=2&pagesize=50");
        var small = await host.Client.GetNodeAsync(Rosters + "?page=3&pageSize=7");

        Assert.Equal(10, second["records"]!.AsArray().Count);
        Assert.Empty(first["records"]!.Ids().Intersect(second["records"]!.Ids()));
        Assert.Equal(first["records"]!.Ids().Skip(14).Take(7), small["records"]!.Ids());
        Assert.Equal(9, small["metaData"]!["pageCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_documented_array_wrapper_is_a_setting()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PagingShape", "DocumentedArray"));

        var page = await host.Client.GetNodeAsync("/api/v1/publishedactions/2001/submissionrecords");

        var wrapper = Assert.Single(page.AsArray())!;
        Assert.Equal(50, wrapper["metadata"]!["pageSize"]!.GetValue<int>());
        Assert.Equal(wrapper["metadata"]!["recordCount"]!.GetValue<int>(), wrapper["records"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?pagesize=-5")]
    [InlineData("?page=two")]
    public async Task Bad_paging_parameters_are_400_naming_them(string query)
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var error = await host.Client.GetNodeAsync(Rosters + query, HttpStatusCode.BadRequest);

        Assert.Contains("pagesize", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submission_records_of_both_published_actions_cover_every_submission()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var created = await host.Client.GetNodeAsync("/api/v1/publishedactions/2001/submissionrecords?pagesize=100");
        var returning = await host.Client.GetNodeAsync("/api/v1/publishedactions/2002/submissionrecords?pagesize=100");

        Assert.Equal(25, created["metaData"]!["recordCount"]!.GetValue<int>() + returning["metaData"]!["recordCount"]!.GetValue<int>());
        Assert.All(returning["records"]!.AsArray(), record => Assert.NotEqual("", record!["externalStudentID"]!.GetValue<string>()));
        Assert.All(created["records"]!.AsArray(), record => Assert.Equal("", record!["externalStudentID"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_single_submission_record_comes_as_an_array_of_one_with_its_data_items()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var records = await host.Client.GetNodeAsync("/api/v1/submissionrecords/100001");

        var record = Assert.Single(records.AsArray())!;
        Assert.Equal(100001, record["id"]!.GetValue<long>());
        Assert.Equal("Approved", record["status"]!.GetValue<string>());
        Assert.Equal(record["firstName"]!.GetValue<string>(), record["dataItems"]!["stu_FirstName"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00$", record["dateOfBirth"]!.GetValue<string>());
        Assert.NotNull(record["dataItems"]!["birthCertificate"]);
    }

    [Fact]
    public async Task A_single_roster_record_comes_as_an_array_of_one()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var records = await host.Client.GetNodeAsync("/api/v1/rosterrecords/500001");

        var record = Assert.Single(records.AsArray())!;
        Assert.Equal(500001, record["id"]!.GetValue<long>());
        Assert.NotNull(record["externalStudentID"]);
    }

    [Theory]
    [InlineData("/api/v1/submissionrecords/1")]
    [InlineData("/api/v1/rosterrecords/1")]
    [InlineData("/api/v1/publishedactions/9/submissionrecords")]
    public async Task Unknown_records_and_published_actions_are_404_with_a_message(string path)
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var error = await host.Client.GetNodeAsync(path, HttpStatusCode.NotFound);

        Assert.EndsWith("not found.", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Published_actions_import_schemas_and_checklists_have_the_documented_shapes()
    {
        await using var host = await EnrollmentTestHost.StartAsync();

        var actions = await host.Client.GetNodeAsync("/api/v1/publishedactions");
        var schemas = await host.Client.GetNodeAsync($"/api/v1/publishedactions/{EnrollmentCatalog.NewStudentsActionId}/importschemas");
        var checklists = await host.Client.GetNodeAsync("/api/v1/checklists");
        var detail = await host.Client.GetNodeAsync("/api/v1/checklists/435");
        var entries = await host.Client.GetNodeAsync("/api/v1/checklists/435/checklistentries");

        Assert.Equal("2026-2027", actions[0]!["academicYear"]!.GetValue<string>());
        Assert.Contains("ExternalID", schemas[0]!["fields"]!.AsArray().Select(field => field!.GetValue<string>()));
        Assert.Equal(2, checklists.AsArray().Count);
        Assert.Equal("83838", Assert.Single(detail.AsArray())!["items"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(25, entries.AsArray().Count);
        Assert.Equal("Completed", entries[0]!["checklistItems"]![0]!["status"]!.GetValue<string>());
    }
}
