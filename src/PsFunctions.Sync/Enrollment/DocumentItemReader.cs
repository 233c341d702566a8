using System.Text.Json;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Messaging;

namespace PsFunctions.Sync.Enrollment;

/// <summary>Finds the documents a delivery record references at the configured data-item paths (<c>Sync:DocumentItems</c>).</summary>
internal sealed class DocumentItemReader
{
    private readonly IReadOnlyList<SourcePath> _paths;

    public DocumentItemReader(IEnumerable<string> documentItems)
    {
        ArgumentNullException.ThrowIfNull(documentItems);
        _paths = [.. documentItems.Select(item => SourcePath.TryParse(item)
            ?? throw new ArgumentException($"Document item '{item}' is not a data-item path.", nameof(documentItems)))];
    }

    /// <summary>One reference per object id found (a data item may hold one id or a list of ids).</summary>
    public IReadOnlyList<DocumentReference> Read(JsonElement record)
    {
        var found = new List<DocumentReference>();
        foreach (var path in _paths)
        {
            if (path.Find(record) is not { } value)
            {
                continue;
            }

            var ids = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
            found.AddRange(ids
                .Where(id => id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString()))
                .Select(id => new DocumentReference(id.GetString()!, path.Text)));
        }

        return found;
    }
}
