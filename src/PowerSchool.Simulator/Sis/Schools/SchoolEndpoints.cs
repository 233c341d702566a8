using System.Globalization;
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
        app.MapGet("/ws/v1/school/{dcid}/course", (string dcid, HttpRequest request, DistrictStore store, IOptions<SisOptions> options) => store.Read(state =>
            Find(state, dcid) is { } school
                ? ResourceList.Page(request, state.CoursesBySchool.GetValueOrDefault(school.Dcid) ?? [], SchoolJson.CourseFields, options.Value.CoursePageSize, "courses", "course", SchoolJson.Course)
                : Missing(dcid)));
        app.MapGet("/ws/v1/school/{dcid}/course/count", (string dcid, HttpRequest request, DistrictStore store) => store.Read(state =>
            Find(state, dcid) is { } school ? ResourceList.Count(request, state.CoursesBySchool.GetValueOrDefault(school.Dcid) ?? [], SchoolJson.CourseFields) : Missing(dcid)));
        app.MapGet("/ws/v1/school/{dcid}/section", (string dcid, HttpRequest request, DistrictStore store, IOptions<SisOptions> options) => store.Read(state =>
            Find(state, dcid) is { } school
                ? ResourceList.Page(request, state.SectionsBySchool.GetValueOrDefault(school.Dcid) ?? [], SchoolJson.SectionFields, options.Value.SectionPageSize, "sections", "section", SchoolJson.Section)
                : Missing(dcid)));
        app.MapGet("/ws/v1/school/{dcid}/section/count", (string dcid, HttpRequest request, DistrictStore store) => store.Read(state =>
            Find(state, dcid) is { } school ? ResourceList.Count(request, state.SectionsBySchool.GetValueOrDefault(school.Dcid) ?? [], SchoolJson.SectionFields) : Missing(dcid)));
    }

    private static SisSchool? Find(DistrictState state, string dcid) =>
        long.TryParse(dcid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? state.SchoolsByDcid.GetValueOrDefault(id) : null;

    private static IResult Missing(string dcid) => SisErrors.NotFound($"No school has id (DCID) {dcid}.");

    private static void One(System.Text.Json.Utf8JsonWriter w, SisSchool school)
    {
        w.WriteStartObject();
        w.WritePropertyName("school");
        SchoolJson.School(w, school);
        w.WriteEndObject();
    }
}
