using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>Parses the item paths of one contact entry (relative to its object), adding each problem with its place.</summary>
internal readonly struct ContactPaths(string where, List<string> errors)
{
    public SourcePath? Required(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{where}.{name}: is missing (the path of the item, relative to the entry's object)");
            return null;
        }

        return Optional(text, name);
    }

    public SourcePath? Optional(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        var path = SourcePath.TryParse(text);
        if (path is null)
        {
            errors.Add($"{where}.{name}: bad JSON path '{text}' (expected dot-separated names relative to the entry's object, e.g. firstName)");
        }

        return path;
    }
}
