using System.Globalization;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary>Student reads: the district list (paged, searchable), its count, and one student by DCID.</summary>
public static class StudentReadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/ws/v1/district/student", List);
        app.MapGet("/ws/v1/district/student/count", Count);
        app.MapGet("/ws/v1/district/student/{dcid}", One);
        app.MapGet("/ws/v1/student/{dcid}", One);
    }

    private static IResult List(HttpRequest request, DistrictStore store, IOptions<SisOptions> options)
    {
        var page = PageRequest.Parse(request.Query, options.Value.StudentPageSize, out var error);
        if (page is null)
        {
            return error!;
        }

        var view = StudentView.From(request.Query);
        return SisErrors.OnBadQuery(() => SimJson.Result(store.Read(state =>
        {
            var rows = StudentSearch.Page(state, FiqlParser.Parse(request), page);
            return SimJson.Render(w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("students");
                StudentJsonWriter.WriteAttributes(w, state);
                PsCollections.Write(w, "student", rows, (writer, row) => StudentJsonWriter.Write(writer, row, state, view, withAttributes: false));
                w.WriteEndObject();
                w.WriteEndObject();
            });
        })));
    }

    private static IResult Count(HttpRequest request, DistrictStore store) =>
        SisErrors.OnBadQuery(() => PsCollections.Count(store.Read(state => StudentSearch.Run(state, FiqlParser.Parse(request)).LongCount())));

    private static IResult One(string dcid, HttpRequest request, DistrictStore store)
    {
        var view = StudentView.From(request.Query);
        var id = long.TryParse(dcid, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        var body = store.Read(state => state.Students.Find(id) is { } student
            ? SimJson.Render(w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("student");
                StudentJsonWriter.Write(w, student, state, view, withAttributes: true);
                w.WriteEndObject();
            })
            : (ReadOnlyMemory<byte>?)null);
        return body is { } found ? SimJson.Result(found) : SisErrors.NotFound($"No student has id (DCID) {dcid}.");
    }
}
