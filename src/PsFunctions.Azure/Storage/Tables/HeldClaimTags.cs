using System.Collections.Concurrent;
using Azure;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>
/// The ETag this process last wrote for each claim row it holds, per owner, so renewing or releasing it is one
/// request conditional on that ETag instead of a read and a write. Only a shortcut: a row missing here, or whose ETag
/// no longer matches, is read as before. Bounded: past <see cref="MaxEntries"/> it forgets everything (claims left by
/// handlings that ended without releasing them expire in storage, not here).
/// </summary>
internal sealed class HeldClaimTags
{
    public const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<(string Partition, string Row, string Owner), ETag> _tags = new();

    public bool TryGet(string partition, string row, string owner, out ETag tag) => _tags.TryGetValue((partition, row, owner), out tag);

    public void Remember(string partition, string row, string owner, ETag? tag)
    {
        if (tag is not { } written)
        {
            Forget(partition, row, owner);
            return;
        }

        if (_tags.Count >= MaxEntries)
        {
            _tags.Clear();
        }

        _tags[(partition, row, owner)] = written;
    }

    public void Forget(string partition, string row, string owner) => _tags.TryRemove((partition, row, owner), out _);
}
