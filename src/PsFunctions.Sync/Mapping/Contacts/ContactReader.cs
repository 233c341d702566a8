using System.Text;
using System.Text.Json;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>Reads the items of one person's object, adding a problem (field and rule, never the value) for what cannot be used.</summary>
internal sealed class ContactReader(string entry, JsonElement person, List<ContactMappingProblem> problems)
{
    public string Entry => entry;

    /// <summary>The item's text, trimmed, with inner whitespace collapsed and composed (NFC); null when missing or blank.</summary>
    public string? Text(SourcePath? path, string field)
    {
        if (path?.Find(person) is not { } element)
        {
            return null;
        }

        if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Problem(field, $"is an object or array at {path}, not a value", "mapping sources are single values (string, number or boolean)", leftOut: false);
            return null;
        }

        var text = FieldTransform.CollapseWhitespace(RecordValue.Text(element)).Normalize(NormalizationForm.FormC);
        return text.Length == 0 ? null : text;
    }

    public void Problem(string field, string problem, string rule, bool leftOut) =>
        problems.Add(new ContactMappingProblem(entry, new RejectionReason($"contacts.{entry}.{field}", problem, rule), leftOut));
}
