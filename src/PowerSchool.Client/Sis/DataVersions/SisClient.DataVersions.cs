using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PowerSchool.Client.Sis.DataVersions;
using PowerSchool.Client.Sis.PowerQueries;

namespace PowerSchool.Client.Sis;

public sealed partial class SisClient
{
    public async Task<DataVersionChanges> GetChangesSinceAsync(
        string queryName, string applicationName, long sinceVersion, PowerQueryRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        CheckName(queryName, nameof(queryName));
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationName);
        ArgumentOutOfRangeException.ThrowIfNegative(sinceVersion);
        var body = PowerQueryBody(request,
        [
            new("$dataversion", sinceVersion.ToString(CultureInfo.InvariantCulture)),
            new("$dataversion_applicationname", applicationName),
        ]);
        var pageSize = await PowerQueryPageSizeAsync(request, cancellationToken);
        var rows = new List<SisRecord>();
        long? newVersion = null;
        // Page until a short page: the count of changed rows is not reliable across a moving version.
        for (var page = 1; ; page++)
        {
            using var document = await VersionedPageAsync(queryName, applicationName, body, request, page, pageSize, cancellationToken);
            // The lowest version seen wins: rows changed during paging are read again next time, never lost.
            newVersion = Min(newVersion, VersionOf(document.RootElement));
            var records = RecordsOf(document);
            rows.AddRange(records);
            if (records.Count < pageSize)
            {
                break;
            }
        }

        return new DataVersionChanges(rows, sinceVersion, newVersion
            ?? throw new PowerSchoolException($"PowerQuery '{queryName}' answered without $dataversion; is data versioning enabled for it?"));
    }

    public async Task<long> GetDataVersionAsync(string applicationName, long sinceVersion = 0, CancellationToken cancellationToken = default)
    {
        CheckName(applicationName, nameof(applicationName));
        ArgumentOutOfRangeException.ThrowIfNegative(sinceVersion);
        const string Template = "/ws/dataversion/{application}/{version}";
        var path = $"/ws/dataversion/{applicationName}/{sinceVersion.ToString(CultureInfo.InvariantCulture)}";
        try
        {
            using var document = await GetDocumentAsync(path, Template, cancellationToken)
                ?? throw new PowerSchoolException($"No data version for application '{applicationName}'.") { StatusCode = HttpStatusCode.NotFound };
            return VersionOf(document.RootElement) ?? throw new PowerSchoolException($"GET {Template} answered without a version.");
        }
        catch (PowerSchoolException ex) when (ex.StatusCode == HttpStatusCode.BadRequest)
        {
            // The version is not negative (checked above): the one 400 PowerSchool documents here is a missing subscription.
            throw PowerSchoolPluginConfigurationException.UnknownDataVersionApplication($"GET {Template}", applicationName);
        }
    }

    public async Task<long> GetCurrentDataVersionAsync(string queryName, string applicationName, CancellationToken cancellationToken = default)
    {
        CheckName(queryName, nameof(queryName));
        CheckName(applicationName, nameof(applicationName));
        // /ws/dataversion/{app}/0 answers every key of every subscribed table: on a district, a huge answer only to read
        // one number. A data-versioned PowerQuery answers $dataversion beside its rows, so one page of one row carries it.
        var body = PowerQueryBody(null, [new("$dataversion", "0"), new("$dataversion_applicationname", applicationName)]);
        using var document = await VersionedPageAsync(queryName, applicationName, body, null, page: 1, pageSize: 1, cancellationToken);
        return VersionOf(document.RootElement)
            ?? throw new PowerSchoolException($"PowerQuery '{queryName}' answered without $dataversion; is data versioning enabled for it?");
    }

    // A validation error on the application name means the plugin has no such subscription: say how to fix that.
    private async Task<JsonDocument> VersionedPageAsync(
        string queryName, string applicationName, JsonObject body, PowerQueryRequest? request, int page, int pageSize, CancellationToken cancellationToken)
    {
        try
        {
            return await PowerQueryPageAsync(queryName, body, request, page, pageSize, cancellationToken);
        }
        catch (PowerQueryValidationException ex) when (ex.Errors.Any(e => e.Field == "$dataversion_applicationname" && e.Code != "missing_field"))
        {
            throw PowerSchoolPluginConfigurationException.UnknownDataVersionApplication($"POST {PowerQueryTemplate}", applicationName);
        }
    }

    /// <summary>The version in an answer: <c>$dataversion</c> (or <c>dataversion</c>, <c>version</c>), number or string.</summary>
    private static long? VersionOf(JsonElement root)
    {
        foreach (var name in new[] { "$dataversion", "dataversion", "dataVersion", "version", "data_version" })
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
                && long.TryParse(SisRecordReader.Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var version))
            {
                return version;
            }
        }

        return null;
    }

    private static long? Min(long? current, long? seen) => current is null ? seen : seen is null ? current : Math.Min(current.Value, seen.Value);
}
