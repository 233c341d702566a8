using System.Globalization;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.DataVersions;

/// <summary>
/// <c>GET /ws/dataversion/{application}/{version}</c>: the ids of rows changed since <c>version</c>, per table,
/// with the <c>$dataversion</c> to ask from next time. Version 0 means "everything".
/// </summary>
public static class DataVersionEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/ws/dataversion/{application}/{version}", (string application, string version, DistrictStore store) =>
    {
        if (string.IsNullOrWhiteSpace(application))
        {
            return SisErrors.BadRequest("The data version application name is required.");
        }

        if (!long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var since))
        {
            return SisErrors.BadRequest("dataVersion must be a whole number of 0 or more.");
        }

        return SimJson.Result(store.Read(state => SimJson.Render(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("$dataversion", state.Versions.Current);
            w.WriteStartObject("tables");
            foreach (var (table, ids) in DataVersionChanges.Since(state, since))
            {
                w.WriteStartArray(table);
                foreach (var id in ids)
                {
                    w.WriteNumberValue(id);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        })));
    });
}
