using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Sis.Oauth;

namespace PowerSchool.Simulator.Admin;

/// <summary>`/_sim/sis/...`: read the SIS students as stored, the data version, and revoke tokens.</summary>
internal static class SisAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        var sis = admin.MapGroup("/sis");
        sis.MapGet("/students", (DistrictStore store, int? page, int? pagesize) =>
        {
            var size = Math.Clamp(pagesize ?? 100, 1, 10_000);
            var skip = (Math.Max(page ?? 1, 1) - 1) * size;
            var (total, rows) = store.Read(state => (state.Students.Count,
                state.Students.OrderedDcids.Skip(skip).Take(size).Select(dcid => state.Students.Find(dcid)!).ToList()));
            return Results.Json(new { total, students = rows }, AdminJson.Rows);
        });
        sis.MapGet("/students/{dcid:long}", (DistrictStore store, long dcid) =>
            store.Read(state => state.Students.Find(dcid)) is { } student
                ? Results.Json(student, AdminJson.Rows)
                : Results.Json(new { message = $"No student has DCID {dcid}." }, AdminJson.Rows, statusCode: StatusCodes.Status404NotFound));
        sis.MapGet("/dataversion", (DistrictStore store) => Results.Json(new { dataversion = store.Read(state => state.Versions.Current) }, AdminJson.Rows));
        sis.MapPost("/tokens/revoke", (TokenStore tokens) => Results.Json(new { revoked = tokens.RevokeAll() }, AdminJson.Rows));
    }
}
