namespace PowerSchool.Client.Tests.Errors;

public sealed class ErrorBodiesTests
{
    [Fact]
    public void Errors_entries_with_resource_and_field_become_plugin_lines()
    {
        var fields = ErrorBodies.MissingFields("""{"message":"Access denied","errors":[{"resource":"students","field":"first_name"},{"resource":"cc","field":"sectionid","code":"NO_ACCESS"}]}""");

        Assert.Equal(
            ["<field table=\"students\" field=\"first_name\" access=\"ViewOnly\" />", "<field table=\"cc\" field=\"sectionid\" access=\"ViewOnly\" />"],
            fields.Select(f => f.ToPluginXml()));
    }

    [Fact]
    public void Qualified_field_names_are_split_into_table_and_field()
    {
        var fields = ErrorBodies.MissingFields("""{"errors":["attendance.studentid"]}""");

        Assert.Equal(new PowerSchoolFieldAccess("attendance", "studentid"), Assert.Single(fields));
    }

    [Fact]
    public void Ready_made_plugin_lines_in_the_body_are_read()
    {
        var fields = ErrorBodies.MissingFields("""{"message":"No access to field. access_requests: <field table=\"attendance\" field=\"studentid\" access=\"ViewOnly\" />"}""");

        Assert.Equal(new PowerSchoolFieldAccess("attendance", "studentid"), Assert.Single(fields));
    }

    [Fact]
    public void Access_denied_exception_joins_the_lines()
    {
        var error = new PowerSchoolAccessDeniedException("denied", [new("students", "dcid"), new("students", "lastfirst")]);

        Assert.Equal("<field table=\"students\" field=\"dcid\" access=\"ViewOnly\" />\n<field table=\"students\" field=\"lastfirst\" access=\"ViewOnly\" />", error.PluginXml);
    }

    [Fact]
    public void Validation_failures_are_read_entry_by_entry()
    {
        var errors = ErrorBodies.ValidationErrors("""{"message":"Validation Failed","errors":[{"resource":"query","field":"studentdcid","code":"missing_field"}]}""");

        Assert.Equal(new PowerQueryValidationError("query", "studentdcid", "missing_field", null), Assert.Single(errors!));
    }
}
