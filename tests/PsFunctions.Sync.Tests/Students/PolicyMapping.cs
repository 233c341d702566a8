using System.Text.Json;
using System.Text.Json.Nodes;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>The default mapping with per-field policies added (<c>onUpdate</c>, <c>onInvalid</c>), as JSON or in a mapping folder of its own.</summary>
internal sealed class PolicyMapping : IDisposable
{
    private readonly JsonObject _mapping = (JsonObject)JsonNode.Parse(
        StudentMappingLoader.ReadDefaultJson(), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;

    private DirectoryInfo? _folder;

    /// <summary>Sets <paramref name="policy"/> (<c>onUpdate</c> or <c>onInvalid</c>) of the entry of <paramref name="path"/> to <paramref name="word"/>.</summary>
    public PolicyMapping With(string path, string policy, string word)
    {
        _mapping["fields"]![path]![policy] = word;
        return this;
    }

    public string Json => _mapping.ToJsonString();

    public StudentMapping Parse() => StudentMapping.Parse(Json, "policy-mapping.json");

    /// <summary>A folder holding this mapping as <c>&lt;deliveryTargetId&gt;.json</c> (the <c>Sync:MappingFolder</c> to configure).</summary>
    public string Folder(string deliveryTargetId)
    {
        _folder ??= Directory.CreateTempSubdirectory("policy-mapping-");
        File.WriteAllText(Path.Combine(_folder.FullName, deliveryTargetId + ".json"), Json);
        return _folder.FullName;
    }

    public void Dispose() => _folder?.Delete(recursive: true);
}
