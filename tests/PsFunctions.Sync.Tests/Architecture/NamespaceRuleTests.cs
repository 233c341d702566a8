using System.Reflection;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Tests.Architecture;

/// <summary>
/// The capability folders of PsFunctions.Sync do not reach into each other: what two capabilities share lives
/// in a shared folder (work messages, stored batches, events, outcomes, the audit, concurrency, keyed hashes), and the few capability
/// edges that are part of the design are listed here; docs/architecture.md shows the same list (ArchitectureDocTests).
/// </summary>
public sealed class NamespaceRuleTests
{
    private const string Root = "PsFunctions.Sync";

    /// <summary>Folders any capability may use: they hold what capabilities share and depend on no capability.</summary>
    private static readonly string[] Shared = ["Audit", "Batches", "Checkpoints", "Concurrency", "Events", "Hashing", "Messaging", "Outcomes"];

    /// <summary>The composition root: registers and calls every capability, and nothing refers to it.</summary>
    private const string Composition = "Hosting";

    /// <summary>The capability edges of the design (from → to), and why.</summary>
    internal static readonly (string From, string To, string Why)[] Allowed =
    [
        ("Students", "Mapping", "an upsert maps and validates its record with the delivery target's mapping"),
        ("Contacts", "Mapping", "a form's parents are matched as the mapping's contacts section gives them"),
        ("Students", "Enrollment", "a submission's versions are ordered by when intake stored their batch (IBatchLedger)"),
        ("Webhooks", "Students", "student.update applies its fields through the upsert path"),
        ("Webhooks", "Enrollment", "enrollment.poll runs intake, and polls only configured delivery targets"),
        ("Webhooks", "Mapping", "student.update validates its SIS fields with the mapping's validator"),
        ("Plugin", "Mapping", "the plugin requests access to every SIS field the mappings write"),
        ("Status", "Enrollment", "the status shows each delivery target's intake runs"),
        ("Status", "ChangeFeed", "the status shows the change feed's checkpoint"),
    ];

    private static readonly Assembly Engine = typeof(WorkDispatcher).Assembly;

    [Fact]
    public void Capabilities_refer_only_to_shared_folders_and_the_listed_capability_edges()
    {
        var edges = Edges();
        var forbidden = edges
            .Where(edge => !Shared.Contains(edge.To) && edge.From != Composition)
            .Where(edge => !Allowed.Any(allowed => allowed.From == edge.From && allowed.To == edge.To))
            .Select(edge => $"{edge.From} -> {edge.To} ({edge.Example})")
            .ToList();

        Assert.True(forbidden.Count == 0, "References between capabilities outside the allowed list:\n" + string.Join("\n", forbidden));
    }

    [Fact]
    public void Shared_folders_refer_to_no_capability_and_nothing_refers_to_the_composition_root()
    {
        var edges = Edges();
        var forbidden = edges
            .Where(edge => (Shared.Contains(edge.From) && !Shared.Contains(edge.To)) || (edge.To == Composition && edge.From != Composition))
            .Select(edge => $"{edge.From} -> {edge.To} ({edge.Example})")
            .ToList();

        Assert.True(forbidden.Count == 0, "Shared folders must not depend on capabilities:\n" + string.Join("\n", forbidden));
    }

    [Fact]
    public void Every_allowed_edge_is_still_used_so_the_list_stays_true()
    {
        var edges = Edges();

        var unused = Allowed.Where(allowed => !edges.Any(edge => edge.From == allowed.From && edge.To == allowed.To)).ToList();

        Assert.True(unused.Count == 0, "Allowed edges no longer used (remove them): " + string.Join(", ", unused.Select(edge => $"{edge.From} -> {edge.To}")));
    }

    [Fact]
    public void Every_type_sits_in_a_folder_of_the_engine()
    {
        var loose = Engine.GetTypes().Where(type => !IsGenerated(type) && Folder(type) is null).Select(type => type.FullName).ToList();

        Assert.True(loose.Count == 0, "Types outside a folder: " + string.Join(", ", loose));
    }

    private sealed record Edge(string From, string To, string Example);

    private static List<Edge> Edges()
    {
        var edges = new Dictionary<(string, string), Edge>();
        foreach (var type in Engine.GetTypes().Where(type => type.DeclaringType is null && !IsGenerated(type)))
        {
            if (Folder(type) is not { } from)
            {
                continue;
            }

            foreach (var referenced in TypeReferences.Of(type, Engine))
            {
                if (Folder(referenced) is { } to && to != from)
                {
                    edges.TryAdd((from, to), new Edge(from, to, $"{type.Name} uses {referenced.Name}"));
                }
            }
        }

        return [.. edges.Values];
    }

    private static string? Folder(Type type) =>
        type.Namespace is { } ns && ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;

    // Source-generator output without a namespace (e.g. the regex and logging generators' helpers) belongs to no folder.
    private static bool IsGenerated(Type type) =>
        type.Namespace is null || type.Namespace.StartsWith("System", StringComparison.Ordinal) || type.Name.StartsWith('<');
}
