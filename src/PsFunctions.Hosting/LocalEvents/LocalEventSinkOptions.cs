using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Hosting.LocalEvents;

/// <summary>Where the local event sink writes (configuration section <c>Events</c>).</summary>
public sealed class LocalEventSinkOptions
{
    public const string SectionName = "Events";

    /// <summary><c>Events:LocalSinkPath</c>: the JSON-lines file, relative to the working directory unless rooted.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Events:LocalSinkPath must name a file.")]
    public string LocalSinkPath { get; set; } = ".local-run/events.jsonl";
}
