using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Sis.Paging;

namespace PowerSchool.Client.Enrollment;

public sealed partial class EnrollmentClient
{
    public IAsyncEnumerable<EnrollmentRecord> GetRosterRecordsAsync(
        long publishedActionId, EnrollmentPageOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadRecordsAsync($"publishedactions/{Id(publishedActionId)}/rosterrecords", "/publishedactions/{id}/rosterrecords", options, cancellationToken);

    public IAsyncEnumerable<EnrollmentRecord> GetSubmissionRecordsAsync(
        long publishedActionId, EnrollmentPageOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadRecordsAsync($"publishedactions/{Id(publishedActionId)}/submissionrecords", "/publishedactions/{id}/submissionrecords", options, cancellationToken);

    public Task<EnrollmentRecord?> GetRosterRecordAsync(long id, CancellationToken cancellationToken = default) =>
        GetRecordAsync($"rosterrecords/{Id(id)}", "/rosterrecords/{id}", cancellationToken);

    public Task<EnrollmentRecord?> GetSubmissionRecordAsync(long id, CancellationToken cancellationToken = default) =>
        GetRecordAsync($"submissionrecords/{Id(id)}", "/submissionrecords/{id}", cancellationToken);

    public async Task<SubmissionCreated> CreateSubmissionAsync(
        long publishedActionId, IReadOnlyList<SubmissionDataItem> dataItems, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataItems);
        var items = new JsonArray([.. dataItems.Select(i => (JsonNode)new JsonObject { ["fieldName"] = i.FieldName, ["value"] = i.Value })]);
        var body = new JsonObject { ["publishedActionId"] = publishedActionId, ["submission"] = new JsonObject { ["dataItems"] = items } };
        using var request = Post("submission", "/submission", body, idempotent: false);
        using var document = await SendForDocumentAsync(request, cancellationToken);
        var root = document.RootElement.Clone();
        var id = EnrollmentJsonReader.Text(root, "id");
        return new SubmissionCreated(long.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null, root);
    }

    private async IAsyncEnumerable<EnrollmentRecord> ReadRecordsAsync(
        string path, string template, EnrollmentPageOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageSize = options?.PageSize ?? 50;
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1, "options.PageSize");
        for (var page = 1; ; page++)
        {
            var url = new QueryString(Api + path).Add("page", page).Add("pagesize", pageSize);
            foreach (var (name, value) in options?.Search ?? new Dictionary<string, string>())
            {
                url.Add(name, value);
            }

            using var request = RequestMetadata.Create(HttpMethod.Get, url.ToString(), template);
            using var document = await SendForDocumentAsync(request, cancellationToken);
            var (records, pageCount) = EnrollmentJsonReader.Page(document.RootElement);
            foreach (var record in records)
            {
                yield return record;
            }

            if (records.Count == 0 || (pageCount is { } count ? page >= count : records.Count < pageSize))
            {
                yield break;
            }
        }
    }

    private async Task<EnrollmentRecord?> GetRecordAsync(string path, string template, CancellationToken cancellationToken)
    {
        using var request = RequestMetadata.Create(HttpMethod.Get, Api + path, template);
        using var response = await _transport.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(request, response, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return EnrollmentJsonReader.Single(document.RootElement);
    }
}
