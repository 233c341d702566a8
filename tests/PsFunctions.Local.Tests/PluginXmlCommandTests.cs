using System.Xml.Linq;
using PsFunctions.Local.Cli;

namespace PsFunctions.Local.Tests;

public sealed class PluginXmlCommandTests
{
    private static readonly XNamespace Plugin = "http://plugin.powerschool.pearson.com";

    [Fact]
    public async Task Prints_a_plugin_xml_that_grants_full_access_to_written_fields_and_view_only_to_read_ones()
    {
        using var output = new StringWriter();

        var code = await LocalCommand.RunAsync(["plugin-xml"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(LocalCommand.Success, code);
        var fields = XDocument.Parse(output.ToString()).Root!.Element(Plugin + "access_request")!.Elements(Plugin + "field")
            .ToDictionary(field => $"{field.Attribute("table")!.Value}.{field.Attribute("field")!.Value}", field => field.Attribute("access")!.Value);
        Assert.Equal("FullAccess", fields["STUDENTS.FIRST_NAME"]);
        Assert.Equal("FullAccess", fields["STUDENTS.DOB"]);
        Assert.Equal("ViewOnly", fields["STUDENTS.DCID"]);
        Assert.Equal("ViewOnly", fields["SCHOOLS.NAME"]);
    }

    [Fact]
    public async Task Lists_each_field_once()
    {
        using var output = new StringWriter();

        await LocalCommand.RunAsync(["plugin-xml"], output, TextWriter.Null, CancellationToken.None);

        var fields = XDocument.Parse(output.ToString()).Descendants(Plugin + "field")
            .Select(field => $"{field.Attribute("table")!.Value}.{field.Attribute("field")!.Value}").ToList();
        Assert.Equal(fields.Count, fields.Distinct(StringComparer.Ordinal).Count());
    }
}
