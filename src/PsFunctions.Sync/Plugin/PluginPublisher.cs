namespace PsFunctions.Sync.Plugin;

/// <summary>The plugin's <c>&lt;publisher&gt;</c>: who made it and whom PowerSchool administrators contact about it.</summary>
public sealed record PluginPublisher(string Name, string? ContactEmail);
