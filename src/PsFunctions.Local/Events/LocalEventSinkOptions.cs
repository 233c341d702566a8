using System.ComponentModel.DataAnnotations;

using PsFunctions.Local.Environment;

namespace PsFunctions.Local.Events;

/// <summary>Where the local event sink writes (configuration section <c>Events</c>).</summary>
internal sealed class LocalEventSinkOptions
{
    public const string SectionName = "Events";

    /// <summary><c>Events:LocalSinkPath</c>: the JSON-lines file, relative to the working directory unless rooted; by default in the runner's work folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Events:LocalSinkPath must name a file.")]
    public string LocalSinkPath { get; set; } = Path.Combine(WorkFolder.Name, "events.jsonl");
}
