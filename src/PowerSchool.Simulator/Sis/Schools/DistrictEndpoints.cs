using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Students;

namespace PowerSchool.Simulator.Sis.Schools;

/// <summary>
/// <c>GET /ws/v1/district</c>: the district resource (uuid, name, district number, address, phones), wrapped in
/// <c>district</c> as every single v1 resource is. Its expansions (entry and exit codes, race codes, tests, …) are
/// listed in <c>@expansions</c> but not simulated: asked for, they are left out.
/// </summary>
public static class DistrictEndpoints
{
    private const string Expansions = "districts_of_residence, district_race_codes, entry_codes, ethnicity_race_decline_to_specify, exit_codes, federal_race_categories, fees_payment_methods, scheduling_reporting_ethnicities, test_setup";

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/ws/v1/district", (DistrictStore store) => SimJson.Result(store.Read(state => SimJson.Render(w =>
    {
        var d = state.District;
        w.WriteStartObject();
        w.WriteStartObject("district");
        w.WriteString("@expansions", Expansions);
        w.WriteString("uuid", d.Uuid);
        w.WriteString("name", d.Name);
        w.WriteString("district_number", d.DistrictNumber);
        SchoolJson.AddressAndPhone(w, d.Street, d.City, d.State, d.Zip, d.Phone);
        w.WriteEndObject();
        w.WriteEndObject();
    }))));
}
