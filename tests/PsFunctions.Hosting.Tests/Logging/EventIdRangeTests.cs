using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace PsFunctions.Hosting.Tests.Logging;

/// <summary>
/// No two log messages of one process share an event id: each project under <c>src/</c> owns the range of ids
/// the registry table in docs/logging.md gives it, and each <c>[LoggerMessage]</c> method of its assembly uses
/// an id of that range that no other message of any project uses.
/// </summary>
public sealed partial class EventIdRangeTests
{
    private static readonly DirectoryInfo Root = FindRoot();

    private static readonly IReadOnlyDictionary<string, IdRange> Ranges = ReadRegistry();

    [Fact]
    public void Every_project_under_src_has_a_range_and_no_two_ranges_overlap()
    {
        Assert.Equal(Projects().Order(StringComparer.Ordinal), Ranges.Keys.Order(StringComparer.Ordinal));
        var overlaps = Ranges
            .SelectMany(a => Ranges.Where(b => string.CompareOrdinal(a.Key, b.Key) < 0 && a.Value.Overlaps(b.Value)), (a, b) => $"{a.Key} {a.Value} and {b.Key} {b.Value}")
            .ToList();
        Assert.True(overlaps.Count == 0, "Overlapping ranges in docs/logging.md:\n" + string.Join("\n", overlaps));
    }

    [Fact]
    public void Every_log_message_in_the_sources_is_found_in_its_assembly()
    {
        // Proves the check sees every message: [LoggerMessage] is kept in metadata, and no message hides from reflection.
        foreach (var project in Projects())
        {
            var declared = Directory.EnumerateFiles(Path.Combine(Root.FullName, "src", project), "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(path))
                .Sum(path => LoggerMessageUse().Count(File.ReadAllText(path)));

            Assert.True(declared == MessagesOf(project).Count, $"{project}: {declared} [LoggerMessage] in its sources, {MessagesOf(project).Count} found in its assembly");
        }
    }

    [Fact]
    public void Every_log_message_has_an_id_of_its_projects_range_that_no_other_message_uses()
    {
        var messages = Projects().SelectMany(MessagesOf).ToList();

        var problems = Problems(messages, Ranges);

        Assert.True(problems.Count == 0, "Event ids (ranges in docs/logging.md):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_check_reports_ids_shared_across_projects_and_ids_outside_a_range()
    {
        // The collisions this check was written for: the same id in the engine and the local runner, in the adapters and the simulator.
        LogMessage[] messages =
        [
            new("PsFunctions.Sync", "StudentMappingLoader.Log.DefaultMappingUsed", 3101),
            new("PsFunctions.Local", "ScheduleLoop.Log.RunFailed", 3101),
            new("PsFunctions.Azure", "Log.DocumentIntegrityFailed", 1001),
            new("PowerSchool.Simulator", "FaultLog.Injected", 1001),
        ];

        var problems = Problems(messages, Ranges);

        Assert.Contains("3101 is used by PsFunctions.Local ScheduleLoop.Log.RunFailed, PsFunctions.Sync StudentMappingLoader.Log.DefaultMappingUsed", problems);
        Assert.Contains("1001 is used by PowerSchool.Simulator FaultLog.Injected, PsFunctions.Azure Log.DocumentIntegrityFailed", problems);
        Assert.Contains("PsFunctions.Local ScheduleLoop.Log.RunFailed: 3101 is outside PsFunctions.Local's 7500–7999", problems);
        Assert.Contains("PsFunctions.Azure Log.DocumentIntegrityFailed: 1001 is outside PsFunctions.Azure's 6000–6999", problems);
        Assert.Contains("PowerSchool.Simulator FaultLog.Injected: 1001 is outside PowerSchool.Simulator's 9000–9999", problems);
        Assert.DoesNotContain(problems, problem => problem.StartsWith("PsFunctions.Sync ", StringComparison.Ordinal));
    }

    private static List<string> Problems(IReadOnlyList<LogMessage> messages, IReadOnlyDictionary<string, IdRange> ranges)
    {
        var outside = messages
            .Where(message => !ranges.TryGetValue(message.Project, out var range) || !range.Contains(message.Id))
            .Select(message => ranges.TryGetValue(message.Project, out var range)
                ? $"{message.Project} {message.Method}: {message.Id} is outside {message.Project}'s {range}"
                : $"{message.Project} {message.Method}: {message.Project} has no range");
        var shared = messages
            .GroupBy(message => message.Id)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key} is used by {string.Join(", ", group.Select(m => $"{m.Project} {m.Method}").Order(StringComparer.Ordinal))}");
        return [.. outside, .. shared];
    }

    private static List<LogMessage> MessagesOf(string project)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return
        [
            .. from type in Assembly.Load(project).GetTypes()
               from method in type.GetMethods(declared)
               let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
               where attribute is not null
               select new LogMessage(project, $"{type.FullName}.{method.Name}", attribute.EventId),
        ];
    }

    // Every folder of src/ is a product project; the test project references them all, so each loads by name.
    private static IEnumerable<string> Projects() =>
        Directory.EnumerateDirectories(Path.Combine(Root.FullName, "src")).Select(Path.GetFileName).OfType<string>();

    private static Dictionary<string, IdRange> ReadRegistry()
    {
        var rows = File.ReadLines(Path.Combine(Root.FullName, "docs", "logging.md")).Select(line => RegistryRow().Match(line)).Where(match => match.Success);
        return rows.ToDictionary(
            row => row.Groups["project"].Value,
            row => new IdRange(int.Parse(row.Groups["first"].Value, CultureInfo.InvariantCulture), int.Parse(row.Groups["last"].Value, CultureInfo.InvariantCulture)),
            StringComparer.Ordinal);
    }

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static DirectoryInfo FindRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PsFunctions.sln")))
        {
            root = root.Parent;
        }

        return root ?? throw new InvalidOperationException("No PsFunctions.sln above " + AppContext.BaseDirectory);
    }

    // A row of the registry table: | `PowerSchool.Client` | 1000–1999 | ... |
    [GeneratedRegex(@"^\|\s*`(?<project>[A-Za-z.]+)`\s*\|\s*(?<first>\d+)\s*[–-]\s*(?<last>\d+)\s*\|")]
    private static partial Regex RegistryRow();

    [GeneratedRegex(@"\[LoggerMessage\(")]
    private static partial Regex LoggerMessageUse();

    private sealed record LogMessage(string Project, string Method, int Id);

    private sealed record IdRange(int First, int Last)
    {
        public bool Contains(int id) => id >= First && id <= Last;

        public bool Overlaps(IdRange other) => First <= other.Last && other.First <= Last;

        public override string ToString() => $"{First}–{Last}";
    }
}
