using System.Security.Cryptography;
using System.Text;

namespace PsFunctions.Sync.Events;

/// <summary>
/// Deterministic CloudEvents ids: the same fact (event type + the ids it is about) always gets the same id,
/// so an event published again after a crash or a recovery is a duplicate subscribers and the broker can drop.
/// </summary>
internal static class EventIds
{
    public static string For(string eventType, params ReadOnlySpan<string> ids)
    {
        var text = new StringBuilder(eventType);
        foreach (var id in ids)
        {
            text.Append('|').Append(id);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
