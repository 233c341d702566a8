using System.ComponentModel.DataAnnotations;

namespace PsFunctions.App;

/// <summary>
/// The Function App's queue triggers name their queues in attributes (<c>WorkQueues.*</c>), so the app's storage names
/// must be the plain ones: <c>PsStorage:NamePrefix</c> (which the tests use to keep their data apart) would move the
/// adapters' queues away from the triggers. Bound from <c>PsStorage</c>; the app refuses to start with a prefix.
/// </summary>
internal sealed class FixedStorageNamesOptions
{
    [Length(0, 0, ErrorMessage = "PsStorage:NamePrefix must not be set for the Function App: its queue triggers listen on the unprefixed queue names.")]
    public string? NamePrefix { get; set; }
}
