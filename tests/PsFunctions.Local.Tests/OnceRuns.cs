namespace PsFunctions.Local.Tests;

/// <summary>Whole <c>--once</c> runs share the runner's work folder (its event file), so they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class OnceRuns
{
    public const string Name = "once runs";
}
