using System.Xml.Linq;
using PowerSchool.Client.Sis.PowerQueries;
using PowerSchool.Simulator.Sis.PowerQueries;
using PsFunctions.Sync.Plugin;

namespace PsFunctions.Sync.Tests.Plugin;

/// <summary>The simulator runs queries of the names, arguments and columns the plugin ships: its copy of them is pinned here.</summary>
public sealed class SimulatorPluginQueryTests
{
    private static readonly PluginStudentQuery[] Simulated = [PluginStudentQuery.MatchCandidates, PluginStudentQuery.ByDcid];

    [Fact]
    public void The_simulator_runs_every_shipped_query_by_its_name_with_its_arguments()
    {
        Assert.Equal(PluginQueries.Definitions.Select(q => q.Name).Order(), Simulated.Select(q => q.Name).Order());
        foreach (var shipped in PluginQueries.Definitions)
        {
            var simulated = Simulated.Single(q => q.Name == shipped.Name);
            var args = XDocument.Parse(shipped.Definition).Root!.Element("query")!.Element("args")!.Elements("arg").ToList();
            Assert.Equal(args.Select(a => a.Attribute("name")!.Value), simulated.Arguments.Select(a => a.Name));
            Assert.All(simulated.Arguments, a => Assert.True(a.Required));
            // A number column's argument takes numbers, a text column's takes text.
            Assert.All(args, a => Assert.Equal(
                StudentQueries.Columns.Single(c => c.Column.Equals(a.Attribute("column")!.Value, StringComparison.OrdinalIgnoreCase)).Type == StudentQueryColumnType.Number,
                simulated.Arguments.Single(s => s.Name == a.Attribute("name")!.Value).Kind == QueryArgumentKind.Number));
        }
    }

    [Fact]
    public void The_simulators_rows_have_the_shipped_columns_reading_the_same_fields()
    {
        var expected = StudentQueries.Columns.Select(c => (c.Name, c.Column.ToUpperInvariant(), c.Type == StudentQueryColumnType.Number));

        Assert.All(Simulated, q => Assert.Equal(expected, q.Reads.Select(f => (f.Output, f.Qualified.ToUpperInvariant(), f.IsNumber))));
    }
}
