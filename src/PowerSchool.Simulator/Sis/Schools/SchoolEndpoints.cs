using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Schools;

/// <summary>Schools of the district (sorted by name), one school by DCID, and a school's courses and sections.</summary>
public static class SchoolEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/ws/v1/district/school", (HttpRequest request, DistrictStore store, IOptions<SisOptions> options) =>
            store.Read(state => ResourceList.Page(request, state.Schools, SchoolJson.SchoolFields, options.Value.SchoolPageSize, "schools", "school", SchoolJson.School)));
        app.MapGet("/ws/v1/district/school/count", (HttpRequest request, DistrictStore store) =>
            store.Read(state => ResourceList.Count(request, state.Schools, SchoolJson.SchoolFields)));
        app.MapGet("/ws/v1/school/{dcid}", (string dcid, DistrictStore store) => store.Read(state =>
            Find(state, dcid) is { } school ? SimJson.Result(w => One(w, school)) : Missing(dcid)));
        MapChildren(app, "course", "courses", s => s.CoursesBySchool, SchoolJson.CourseFields, o => o.CoursePageSize, SchoolJson.Course);
        MapChildren(app, "section", "sections", s => s.SectionsBySchool, SchoolJson.SectionFields, o => o.SectionPageSize, SchoolJson.Section);
    }

    /// <summary>Maps <c>/ws/v1/school/{dcid}/{item}</c> and its <c>/count</c> over the school's rows.</summary>
    private static void MapChildren<T>(IEndpointRouteBuilder app, string item, string wrapper, Func<DistrictState, IReadOnlyDictionary<long, IReadOnlyList<T>>> bySchool,
        IReadOnlyDictionary<string, FiqlField<T>> fields, Func<SisOptions, int> pageSize, Action<Utf8JsonWriter, T> write)
    {
        app.MapGet($"/ws/v1/school/{{dcid}}/{item}", (string dcid, HttpRequest request, DistrictStore store, IOptions<SisOptions> options) => store.Read(state =>
            Find(state, dcid) is { } school
                ? ResourceList.Page(request, bySchool(state).GetValueOrDefault(school.Dcid) ?? [], fields, pageSize(options.Value), wrapper, item, write)
                : Missing(dcid)));
        app.MapGet($"/ws/v1/school/{{dcid}}/{item}/count", (string dcid, HttpRequest request, DistrictStore store) => store.Read(state =>
            Find(state, dcid) is { } school ? ResourceList.Count(request, bySchool(state).GetValueOrDefault(school.Dcid) ?? [], fields) : Missing(dcid)));
    }

    private static SisSchool? Find(DistrictState state, string dcid) =>
        long.TryParse(dcid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? state.SchoolsByDcid.GetValueOrDefault(id) : null;

    private static IResult Missing(string dcid) => SisErrors.NotFound($"No school has id (DCID) {dcid}.");

    private static void One(Utf8JsonWriter w, SisSchool school)
    {
        w.WriteStartObject();
        w.WritePropertyName("school");
        SchoolJson.School(w, school);
        w.WriteEndObject();
    }
}
