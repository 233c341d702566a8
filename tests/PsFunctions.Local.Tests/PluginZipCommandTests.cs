using System.IO.Compression;
using System.Xml.Linq;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Local.Cli;
using PsFunctions.Sync.ChangeFeed;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Plugin;

namespace PsFunctions.Local.Tests;

/// <summary><c>plugin --output</c>: the zip PowerSchool's Plugin Management installs, opened as PowerSchool reads it.</summary>
public sealed class PluginZipCommandTests : IDisposable
{
    private static readonly XNamespace Plugin = PluginManifest.Namespace;
    private readonly string _folder = Directory.CreateTempSubdirectory("plugin-zip-").FullName;

    [Fact]
    public async Task The_zip_root_holds_plugin_xml_with_no_top_folder_and_only_known_roots()
    {
        using var zip = await WriteAsync();

        Assert.Contains(zip.Entries, entry => entry.FullName == "plugin.xml");
        Assert.All(zip.Entries, entry => Assert.True(
            entry.FullName == "plugin.xml" || entry.FullName.StartsWith("queries_root/", StringComparison.Ordinal),
            $"unexpected entry {entry.FullName}"));
    }

    [Fact]
    public async Task The_manifest_names_the_publisher_and_asks_for_full_v1_api_access()
    {
        using var zip = await WriteAsync("--publisher", "Lakeside USD", "--contact-email", "sis-admin@lakeside.example");
        var manifest = Manifest(zip);

        Assert.Equal("PsFunctions", manifest.Attribute("name")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(manifest.Attribute("version")!.Value));
        Assert.False(string.IsNullOrWhiteSpace(manifest.Attribute("description")!.Value));
        var publisher = manifest.Element(Plugin + "publisher")!;
        Assert.Equal("Lakeside USD", publisher.Attribute("name")!.Value);
        Assert.Equal("sis-admin@lakeside.example", publisher.Element(Plugin + "contact")!.Attribute("email")!.Value);
        Assert.Equal("FULL", manifest.Element(Plugin + "oauth")!.Attribute("accessLevelV1Api")!.Value);
    }

    [Fact]
    public async Task Every_field_the_product_writes_has_full_access_and_every_field_it_reads_is_requested()
    {
        using var zip = await WriteAsync();
        var requested = Manifest(zip).Element(Plugin + "access_request")!.Elements(Plugin + "field")
            .ToDictionary(field => $"{field.Attribute("table")!.Value}.{field.Attribute("field")!.Value}", field => field.Attribute("access")!.Value, StringComparer.OrdinalIgnoreCase);

        var written = StudentMappingLoader.DefaultMapping.FieldPaths.Select(SisStudentFields.Find).OfType<SisStudentField>().Select(field => field.Column).ToList();
        Assert.NotEmpty(written);
        Assert.All(written, column => Assert.Equal(PluginFieldAccess.FullAccess, requested[column]));
        var tracked = PluginAccessRequest.For([], new SisChangeFeedOptions().GetTrackedFields());
        Assert.All(tracked, field => Assert.True(requested.ContainsKey($"{field.Table}.{field.Field}"), $"{field.Table}.{field.Field} is read but not requested"));
    }

    [Fact]
    public async Task Every_named_query_the_product_calls_ships_in_queries_root_unless_powerschool_ships_it()
    {
        using var zip = await WriteAsync();
        var shipped = zip.Entries.Where(entry => entry.FullName.StartsWith(PluginPackage.QueriesFolder, StringComparison.Ordinal))
            .Select(entry => entry.Name.Replace(".named_queries.xml", string.Empty, StringComparison.Ordinal)).ToList();

        // Every named query the product calls: the change feed's changes, and the student queries.
        string[] called = [new SisChangeFeedOptions().ChangesQuery, StudentQueries.MatchCandidates, StudentQueries.ByDcid];
        Assert.All(called, name => Assert.True(
            PluginNamedQuery.IsShippedByPowerSchool(name) || shipped.Contains(name), $"{name} is called but not in queries_root/"));
        Assert.All(shipped, name => Assert.False(PluginNamedQuery.IsShippedByPowerSchool(name)));
    }

    [Fact]
    public async Task Each_shipped_query_is_named_after_its_file_in_five_parts_takes_arrays_and_is_ordered()
    {
        using var zip = await WriteAsync();

        var queries = ShippedQueries(zip);

        Assert.Equal([StudentQueries.ByDcid, StudentQueries.MatchCandidates], queries.Keys.Order(StringComparer.Ordinal));
        Assert.All(queries, pair =>
        {
            var query = pair.Value;
            Assert.Equal(pair.Key, query.Attribute("name")!.Value);
            Assert.Equal(5, pair.Key.Split('.').Length);
            Assert.Equal("true", query.Attribute("flattened")!.Value);
            Assert.All(query.Element("args")!.Elements("arg"), arg => Assert.Equal("array", arg.Attribute("type")!.Value));
            Assert.All(query.Element("args")!.Elements("arg"), arg => Assert.Contains($"in (:{arg.Attribute("name")!.Value})", query.Element("sql")!.Value, StringComparison.Ordinal));
            Assert.Matches(@"(?i)\border by\b", query.Element("sql")!.Value);
            Assert.Equal(StudentQueries.Columns.Select(c => c.Name), query.Element("columns")!.Elements("column").Select(c => c.Value));
        });
    }

    [Fact]
    public async Task Every_column_the_shipped_sql_names_is_in_the_access_request()
    {
        using var zip = await WriteAsync();
        var requested = Manifest(zip).Element(Plugin + "access_request")!.Elements(Plugin + "field")
            .Select(field => $"{field.Attribute("table")!.Value}.{field.Attribute("field")!.Value}").ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var (name, query) in ShippedQueries(zip))
        {
            var sql = query.Element("sql")!.Value;
            // The SQL names tables by alias: "from Students s", "join Schools sc".
            var aliases = System.Text.RegularExpressions.Regex.Matches(sql, @"(?i)\b(?:from|join)\s+(\w+)\s+(\w+)")
                .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value, StringComparer.OrdinalIgnoreCase);
            var columns = System.Text.RegularExpressions.Regex.Matches(sql, @"\b(\w+)\.(\w+)\b")
                .Select(m => $"{aliases[m.Groups[1].Value]}.{m.Groups[2].Value}").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var declared = query.Element("columns")!.Elements("column").Select(c => c.Attribute("column")!.Value);

            Assert.Contains("Students.DCID", columns, StringComparer.OrdinalIgnoreCase);
            Assert.All(columns.Concat(declared), column => Assert.True(requested.Contains(column), $"{name} reads {column}, which the access request lacks"));
        }
    }

    [Fact]
    public void A_query_under_powerschools_own_prefix_is_refused_in_the_package()
    {
        using var buffer = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => PluginPackage.Write(buffer, "<plugin/>", [new PluginNamedQuery("com.pearson.core.student.mine", "<queries/>")]));

        Assert.Contains("com.pearson.core.student.mine", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<ZipArchive> WriteAsync(params string[] options)
    {
        var path = Path.Combine(_folder, "out", "plugin.zip");
        var code = await LocalCommand.RunAsync(["plugin", "--output", path, .. options], TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Assert.Equal(LocalCommand.Success, code);
        return ZipFile.OpenRead(path);
    }

    private static Dictionary<string, XElement> ShippedQueries(ZipArchive zip) => zip.Entries
        .Where(entry => entry.FullName.StartsWith(PluginPackage.QueriesFolder, StringComparison.Ordinal))
        .ToDictionary(entry => entry.Name.Replace(".named_queries.xml", string.Empty, StringComparison.Ordinal), entry =>
        {
            using var stream = entry.Open();
            return XDocument.Load(stream).Root!.Element("query")!;
        });

    private static XElement Manifest(ZipArchive zip)
    {
        using var stream = zip.GetEntry("plugin.xml")!.Open();
        return XDocument.Load(stream).Root!;
    }
}
