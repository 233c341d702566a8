using System.Text.Json;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Sis.Http;

/// <summary>A /ws/v1 collection answer: filter by <c>q</c>, page, and wrap as <c>{"wrapper":{"item": object-or-array}}</c>.</summary>
public static class ResourceList
{
    public static IResult Page<T>(HttpRequest request, IEnumerable<T> rows, IReadOnlyDictionary<string, FiqlField<T>> fields, int maxPageSize,
        string wrapper, string item, Action<Utf8JsonWriter, T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = PageRequest.Parse(request.Query, maxPageSize, out var error);
        if (page is null)
        {
            return error!;
        }

        return SisErrors.OnBadQuery(() =>
        {
            var selected = rows.Where(FiqlFilter.Build(FiqlParser.Parse(request), fields)).Skip(page.Skip).Take(page.PageSize).ToList();
            return SimJson.Result(w =>
            {
                w.WriteStartObject();
                w.WriteStartObject(wrapper);
                PsCollections.Write(w, item, selected, writeItem);
                w.WriteEndObject();
                w.WriteEndObject();
            });
        });
    }

    public static IResult Count<T>(HttpRequest request, IEnumerable<T> rows, IReadOnlyDictionary<string, FiqlField<T>> fields)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SisErrors.OnBadQuery(() => PsCollections.Count(rows.Count(FiqlFilter.Build(FiqlParser.Parse(request), fields))));
    }
}
