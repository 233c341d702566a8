using System.Globalization;
using System.Text.Json;
using PowerSchool.Simulator.Enrollment.Catalog;
using PowerSchool.Simulator.Enrollment.State;

namespace PowerSchool.Simulator.Enrollment.Roster;

/// <summary>
/// Imports one roster row through an import schema: every key must be a field of the schema, values are
/// strings, first name, last name and external id are required; the external id decides create or update.
/// </summary>
public static class RosterImport
{
    public static ImportResult Import(EnrollmentStore store, int publishedActionId, ImportSchema schema, JsonElement body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(schema);
        if (body.ValueKind != JsonValueKind.Object)
        {
            return ImportResult.Error(["The body must be a JSON object of field names and values."]);
        }

        var (values, errors) = Read(schema, body);
        var prefix = schema.Fields[0].StartsWith("stu_", StringComparison.Ordinal) ? "stu_" : "";
        foreach (var required in new[] { "FirstName", "LastName", "ExternalID" })
        {
            if (string.IsNullOrWhiteSpace(values.GetValueOrDefault(prefix + required)))
            {
                errors.Add($"{prefix}{required} is required.");
            }
        }

        var dateOfBirth = values.GetValueOrDefault("DateOfBirth");
        DateOnly birth = default;
        if (dateOfBirth is not null && !DateOnly.TryParseExact(dateOfBirth, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out birth))
        {
            errors.Add($"DateOfBirth '{dateOfBirth}' is not a date in MM/dd/yyyy format.");
        }

        if (errors.Count > 0)
        {
            return ImportResult.Error(errors);
        }

        store.Use(state => Upsert(state, publishedActionId, prefix, values, dateOfBirth is null ? null : birth, now));
        return ImportResult.Success;
    }

    private static (Dictionary<string, string> Values, List<string> Errors) Read(ImportSchema schema, JsonElement body)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var property in body.EnumerateObject())
        {
            if (!schema.Fields.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add($"Field '{property.Name}' is not part of import schema {schema.Id} ({string.Join(", ", schema.Fields)}).");
            }
            else if (property.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add($"Field '{property.Name}' must be a string.");
            }
            else
            {
                values[property.Name] = property.Value.GetString()!;
            }
        }

        return (values, errors);
    }

    private static RosterRecord Upsert(EnrollmentState state, int publishedActionId, string prefix, Dictionary<string, string> values, DateOnly? birth, DateTimeOffset now)
    {
        var externalId = values[prefix + "ExternalID"];
        var existing = state.Roster.Values.FirstOrDefault(record => record.PublishedActionId == publishedActionId && record.ExternalStudentID == externalId);
        var record = new RosterRecord
        {
            Id = existing?.Id ?? state.NextRosterId,
            PublishedActionId = publishedActionId,
            Status = existing?.Status ?? "NotStarted",
            FirstName = values[prefix + "FirstName"],
            LastName = values[prefix + "LastName"],
            DateOfBirth = (birth is { } day ? WireTime.Date(day) : null) ?? existing?.DateOfBirth,
            ExternalStudentID = externalId,
            ExternalFamilyID = values.GetValueOrDefault("ExternalFamilyID") ?? existing?.ExternalFamilyID,
            School = values.GetValueOrDefault("School") ?? existing?.School,
            Grade = values.GetValueOrDefault("Grade") ?? existing?.Grade,
            EnrollStatus = existing?.EnrollStatus ?? "Enrolled",
            Imported = WireTime.Local(now),
            DataItems = values,
        };
        return state.PutRoster(record);
    }
}
