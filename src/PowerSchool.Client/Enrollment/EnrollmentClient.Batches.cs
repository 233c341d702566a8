using System.Globalization;
using System.Net;
using System.Text.Json;
using PowerSchool.Client.Resilience;

namespace PowerSchool.Client.Enrollment;

public sealed partial class EnrollmentClient
{
    private static readonly DateOnly EarliestBatchDate = new(2000, 1, 1);

    public async Task<DeliveryBatch> CreateBatchAsync(string targetId, CancellationToken cancellationToken = default)
    {
        using var document = JsonDocument.Parse(await CreateBatchRawAsync(targetId, cancellationToken));
        return EnrollmentJsonReader.Batch(document.RootElement);
    }

    public async Task<ReadOnlyMemory<byte>> CreateBatchRawAsync(string targetId, CancellationToken cancellationToken = default)
    {
        // createbatch marks records delivered: never re-sent after an ambiguous failure (outcome unknown).
        using var request = Post($"deliverytargets/{Target(targetId)}/createbatch", "/deliverytargets/{id}/createbatch", null, idempotent: false);
        using var response = await _transport.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(request, response, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryBatch>> GetBatchesAsync(
        string targetId, DateOnly? since = null, bool autoOpenOnly = false, CancellationToken cancellationToken = default)
    {
        // GET /deliverytargets/{id}/getbatches/{date}/{getAutoOpen}; the flag needs a date before it, so
        // "AutoOpen since ever" sends an early date.
        var date = (since ?? (autoOpenOnly ? EarliestBatchDate : null))?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var path = $"deliverytargets/{Target(targetId)}/getbatches"
            + (date is null ? string.Empty : $"/{date}")
            + (autoOpenOnly ? "/true" : string.Empty);
        using var request = RequestMetadata.Create(HttpMethod.Get, Api + path, "/deliverytargets/{id}/getbatches/{date}/{autoOpen}");
        using var document = await SendForDocumentAsync(request, cancellationToken);
        return document.RootElement.ValueKind == JsonValueKind.Array
            ? [.. document.RootElement.EnumerateArray().Select(EnrollmentJsonReader.Batch)]
            : [];
    }

    public async Task<bool> ResetBatchAsync(string targetId, string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        if (!Guid.TryParse(batchId, out var id))
        {
            throw new ArgumentException($"batchId '{batchId}' is not a batch id (a GUID).", nameof(batchId));
        }

        // Resetting the same batch twice leaves it reset: safe to retry.
        using var request = Post($"deliverytargets/{Target(targetId)}/resetbatch/{id:D}", "/deliverytargets/{id}/resetbatch/{batchId}", null, idempotent: true);
        using var response = await _transport.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(request, response, cancellationToken);
        return true;
    }

    private static string Target(string targetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetId);
        return Uri.EscapeDataString(targetId);
    }

    private async Task<JsonDocument> SendForDocumentAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await _transport.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(request, response, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }
}
