using System.Globalization;
using System.Net.Http.Headers;
using PowerSchool.Client.Json;
using PowerSchool.Client.Resilience;
using PowerSchool.Client.Sis.Paging;
using PowerSchool.Client.Sis.Query;
using PowerSchool.Client.Sis.Students;

namespace PowerSchool.Client.Sis;

public sealed partial class SisClient
{
    private static readonly PagedResource Students = new("/ws/v1/district/student", "/ws/v1/district/student");

    public IAsyncEnumerable<SisStudent> GetStudentsAsync(SisReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadPagedAsync(Students, m => m.StudentMaxPageSize,
            d => ItemsOf(d, "students", "student", SisJsonContext.Default.IReadOnlyListSisStudent), options, cancellationToken);

    public Task<long> CountStudentsAsync(FiqlFilter? filter = null, CancellationToken cancellationToken = default) =>
        CountAsync(Students, filter, cancellationToken);

    public async Task<SisStudent?> GetStudentAsync(long dcid, SisReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var url = new QueryString($"/ws/v1/student/{dcid.ToString(CultureInfo.InvariantCulture)}")
            .Add("expansions", options?.Expansions)
            .Add("extensions", options?.Extensions)
            .Add("projection", options?.Projection);
        using var document = await GetDocumentAsync(url.ToString(), "/ws/v1/student/{id}", cancellationToken);
        return Single(document, "student", SisJsonContext.Default.SisStudent);
    }

    public async Task<IReadOnlyList<StudentWriteOutcome>> WriteStudentsAsync(
        IReadOnlyList<StudentWrite> students, CancellationToken cancellationToken = default)
    {
        var records = StudentWriteMapper.Prepare(students);
        var outcomes = new List<StudentWriteOutcome>(records.Count);
        foreach (var chunk in records.Chunk(_options.MaxRecordsPerPost))
        {
            try
            {
                outcomes.AddRange(await PostSplittingAsync(chunk, cancellationToken));
            }
            catch (PowerSchoolOutcomeUnknownException ex)
            {
                throw new PowerSchoolOutcomeUnknownException(ex.Message, ex)
                {
                    Operation = ex.Operation,
                    StatusCode = ex.StatusCode,
                    CompletedOutcomes = outcomes,
                    UnknownClientUids = [.. chunk.Select(r => r.ClientUid)],
                    NotSentClientUids = [.. records.Skip(outcomes.Count + chunk.Length).Select(r => r.ClientUid)],
                };
            }
        }

        return outcomes;
    }

    /// <summary>
    /// Posts <paramref name="chunk"/>; when PowerSchool refuses it as too large, posts its two halves instead (and so
    /// on). PowerSchool documents neither the most records one POST may carry nor the error above it, so no limit is
    /// assumed: a refusal that carries no record results wrote nothing, and only such a refusal is split.
    /// </summary>
    private async Task<IReadOnlyList<StudentWriteOutcome>> PostSplittingAsync(
        StudentWriteMapper.Prepared[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            return await PostStudentsAsync(chunk, cancellationToken);
        }
        catch (PowerSchoolException ex) when (chunk.Length > 1 && StudentPostLimit.IsTooLarge(ex))
        {
            var half = chunk.Length / 2;
            Log.StudentPostSplit(_logger, chunk.Length, (int)ex.StatusCode!.Value, half, chunk.Length - half);
            var first = await PostSplittingAsync(chunk[..half], cancellationToken);
            return [.. first, .. await PostSplittingAsync(chunk[half..], cancellationToken)];
        }
    }

    private async Task<IReadOnlyList<StudentWriteOutcome>> PostStudentsAsync(
        StudentWriteMapper.Prepared[] chunk, CancellationToken cancellationToken)
    {
        // A batch of UPDATEs can be re-sent safely; a batch with an INSERT cannot.
        var idempotent = chunk.All(r => r.Source.Action == StudentWriteAction.Update);
        using var request = RequestMetadata.Create(HttpMethod.Post, "/ws/v1/student", "/ws/v1/student", idempotent);
        request.Content = new ByteArrayContent(StudentWireWriter.Write(chunk));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _transport.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var results = StudentWriteMapper.ParseResults(text);
        // Record-level results win over the batch status: a failed batch must not hide them.
        if (results.Count == 0 && !response.IsSuccessStatusCode)
        {
            await _transport.ThrowAsync(request, response, cancellationToken);
        }

        var outcomes = StudentWriteMapper.Outcomes(chunk, results);
        if (_logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information))
        {
            var succeeded = outcomes.Count(o => o.Status == StudentWriteStatus.Succeeded);
            var failed = outcomes.Count(o => o.Status == StudentWriteStatus.Failed);
            Log.StudentBatchWritten(_logger, outcomes.Count, succeeded, failed, outcomes.Count - succeeded - failed);
        }
        return outcomes;
    }
}
