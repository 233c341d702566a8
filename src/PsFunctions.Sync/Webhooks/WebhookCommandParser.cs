using System.Text.Json;
using System.Text.RegularExpressions;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// Checks a webhook body against the documented command schemas (docs/webhooks.md) and builds the command.
/// Unknown properties are refused; reasons name the property and rule, never a value.
/// </summary>
internal static partial class WebhookCommandParser
{
    private const int MaxFields = 60;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 8, AllowDuplicateProperties = false };

    public static (WebhookCommand? Command, IReadOnlyList<RejectionReason> Errors) Parse(ReadOnlySpan<byte> body, WebhookCommand envelope)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), DocumentOptions);
        }
        catch (JsonException)
        {
            return (null, [new("body", "is not valid JSON (or repeats a property)", "a UTF-8 JSON object (RFC 8259) without duplicate names")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new("body", "is not a JSON object", "a command is a JSON object with a type")]);
            }

            var type = root.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
            return type switch
            {
                WebhookCommandTypes.StudentUpdate => StudentUpdate(root, envelope),
                WebhookCommandTypes.EnrollmentPoll => EnrollmentPoll(root, envelope),
                _ => (null, [new("type", "is missing or not a known command type", $"one of {string.Join(", ", WebhookCommandTypes.All)}")]),
            };
        }
    }

    private static (WebhookCommand?, IReadOnlyList<RejectionReason>) EnrollmentPoll(JsonElement root, WebhookCommand envelope)
    {
        var errors = UnknownProperties(root, string.Empty, "type", "deliveryTargetId").ToList();
        var target = root.TryGetProperty("deliveryTargetId", out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        if (target is null || !DeliveryTargetPattern().IsMatch(target))
        {
            errors.Add(new("deliveryTargetId", "is missing or not a delivery target id", "a string of 1 to 100 letters, digits, '-' or '_'"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new EnrollmentPollCommand(envelope.CommandId, envelope.Source, envelope.DeliveryId, envelope.ReceivedAt, target!), errors);
    }

    private static (WebhookCommand?, IReadOnlyList<RejectionReason>) StudentUpdate(JsonElement root, WebhookCommand envelope)
    {
        var errors = UnknownProperties(root, string.Empty, "type", "student", "fields").ToList();
        var student = root.TryGetProperty("student", out var studentElement) ? Identifier(studentElement, errors) : null;
        if (student is null && !errors.Any(error => error.Field.StartsWith("student", StringComparison.Ordinal)))
        {
            errors.Add(new("student", "is missing", "an object with exactly one of dcid, studentNumber, stateId"));
        }

        var fields = root.TryGetProperty("fields", out var fieldsElement) ? Fields(fieldsElement, errors) : null;
        if (fields is null && !errors.Any(error => error.Field.StartsWith("fields", StringComparison.Ordinal)))
        {
            errors.Add(new("fields", "is missing", $"an object of 1 to {MaxFields} SIS student field paths to string values"));
        }

        return errors.Count > 0 || student is null || fields is null
            ? (null, errors)
            : (new StudentUpdateCommand(envelope.CommandId, envelope.Source, envelope.DeliveryId, envelope.ReceivedAt, student, fields), errors);
    }

    private static StudentIdentifier? Identifier(JsonElement element, List<RejectionReason> errors)
    {
        const string Rule = "an object with exactly one of dcid (positive integer), studentNumber (digits), stateId (1 to 32 characters)";
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("student", "is not an object", Rule));
            return null;
        }

        errors.AddRange(UnknownProperties(element, "student.", "dcid", "studentNumber", "stateId"));
        var count = element.EnumerateObject().Count();
        long? dcid = element.TryGetProperty("dcid", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt64(out var id) && id > 0 ? id : null;
        var number = element.TryGetProperty("studentNumber", out var n) && n.ValueKind == JsonValueKind.String && StudentNumberPattern().IsMatch(n.GetString()!) ? n.GetString() : null;
        var state = element.TryGetProperty("stateId", out var s) && s.ValueKind == JsonValueKind.String && s.GetString() is { Length: > 0 and <= 32 } text && !text.Any(char.IsControl) ? text : null;
        var valid = (dcid is null ? 0 : 1) + (number is null ? 0 : 1) + (state is null ? 0 : 1);
        if (count != 1 || valid != 1)
        {
            errors.Add(new("student", count == 1 ? "has an identifier that is not valid" : $"has {count} identifiers", Rule));
            return null;
        }

        return new StudentIdentifier(dcid, number, state);
    }

    private static Dictionary<string, string>? Fields(JsonElement element, List<RejectionReason> errors)
    {
        var rule = $"an object of 1 to {MaxFields} SIS student field paths to string values";
        if (element.ValueKind != JsonValueKind.Object || element.EnumerateObject().Count() is 0 or > MaxFields)
        {
            errors.Add(new("fields", "is not an object of 1 to 60 fields", rule));
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add(new($"fields.{Shown(property.Name)}", "is not a string", rule));
                continue;
            }

            fields[property.Name] = property.Value.GetString()!;
        }

        errors.AddRange(StudentValidator.Validate(fields, forInsert: false)
            .Select(reason => reason with { Field = $"fields.{Shown(reason.Field)}" }));
        return fields;
    }

    private static IEnumerable<RejectionReason> UnknownProperties(JsonElement element, string prefix, params string[] known) =>
        element.EnumerateObject()
            .Where(property => !known.Contains(property.Name, StringComparer.Ordinal))
            .Select(property => new RejectionReason(prefix + Shown(property.Name), "is not a property of this command", $"allowed here: {string.Join(", ", known)}"));

    // Property names come from the sender; an answer repeats at most 64 characters of one.
    private static string Shown(string name) => name.Length <= 64 ? name : string.Concat(name.AsSpan(0, 64), "…");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex DeliveryTargetPattern();

    [GeneratedRegex("^[0-9]{1,19}$")]
    private static partial Regex StudentNumberPattern();
}
