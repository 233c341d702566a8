using System.Net;
using System.Text.Json;
using PowerSchool.Client.Json;
using PowerSchool.Client.Sis.Paging;
using PowerSchool.Client.Sis.Query;

namespace PowerSchool.Client.Sis;

public sealed partial class SisClient
{
    /// <summary>
    /// Count first, then pages (page size from metadata), several in flight, yielded in order; with
    /// <see cref="SisReadOptions.ExpectFew"/>, pages one at a time from page 1 until one comes back short.
    /// </summary>
    private async IAsyncEnumerable<T> ReadPagedAsync<T>(
        PagedResource resource,
        Func<SisMetadata, int?> maxPageSize,
        Func<JsonDocument?, IReadOnlyList<T>> items,
        SisReadOptions? options,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var metadata = await GetMetadataAsync(cancellationToken);
        var limit = maxPageSize(metadata) ?? 100;
        var pageSize = Math.Clamp(options?.PageSize ?? limit, 1, limit);

        async Task<IReadOnlyList<T>> FetchPage(int page, CancellationToken token)
        {
            var url = resource.Shape(new QueryString(resource.Path), options).Add("page", page).Add("pagesize", pageSize);
            using var document = await GetDocumentAsync(url.ToString(), resource.Template, token);
            return items(document);
        }

        if (options?.ExpectFew == true)
        {
            for (var page = 1; ; page++)
            {
                var found = await FetchPage(page, cancellationToken);
                foreach (var item in found)
                {
                    yield return item;
                }

                if (found.Count < pageSize)
                {
                    yield break;
                }
            }
        }

        var total = await CountAsync(resource, options?.Filter, cancellationToken);
        await foreach (var item in PagedReader.ReadAsync(total, pageSize, _options.PageParallelism, FetchPage, cancellationToken))
        {
            yield return item;
        }
    }

    private async Task<long> CountAsync(PagedResource resource, FiqlFilter? filter, CancellationToken cancellationToken)
    {
        var url = new QueryString($"{resource.Path}/count").Add("q", filter?.Expression);
        using var document = await GetDocumentAsync(url.ToString(), $"{resource.Template}/count", cancellationToken)
            ?? throw new PowerSchoolException($"GET {resource.Template}/count answered 404.") { StatusCode = HttpStatusCode.NotFound };
        var count = document.RootElement.Deserialize(SisJsonContext.Default.CountResponse);
        return count?.Value ?? throw new PowerSchoolException($"GET {resource.Template}/count answered without a count.");
    }

    /// <summary>A listable resource: its path, the template that is logged, and how options become query values.</summary>
    private sealed record PagedResource(string Path, string Template, bool TableProjection = false)
    {
        public QueryString Shape(QueryString url, SisReadOptions? options) => url
            .Add("q", options?.Filter?.Expression)
            .Add("projection", options?.Projection is { Count: > 0 } p ? p : TableProjection ? ["*"] : null)
            .Add("expansions", options?.Expansions)
            .Add("extensions", options?.Extensions);
    }
}
