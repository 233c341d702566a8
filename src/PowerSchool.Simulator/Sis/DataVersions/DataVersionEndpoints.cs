using System.Globalization;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.DataVersions;

/// <summary>
/// <c>GET /ws/dataversion/{application}/{version}</c>: the ids of rows changed since <c>version</c>, per table,
/// with the <c>$dataversion</c> to ask from next time (a string, as clients observe it). Version 0 means
/// "everything"; a negative version is a 400, and so is an application without a subscription (the one
/// error the reference documents for this endpoint).
/// </summary>
public static class DataVersionEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/ws/dataversion/{application}/{version}",
        (string application, string version, DistrictStore store, DataVersionSubscriptions subscriptions, IOptions<SisOptions> options) =>
    {
        if (!long.TryParse(version, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var since) || since < 0)
        {
            return SisErrors.BadRequest("dataVersion must be a whole number greater than or equal to 0.");
        }

        if (!subscriptions.Exists(application))
        {
            return SisErrors.BadRequest(subscriptions.Unknown(application));
        }

        var asNumber = options.Value.DataVersionAsNumber;
        return SimJson.Result(store.Read(state => SimJson.Render(w =>
        {
            w.WriteStartObject();
            if (asNumber)
            {
                w.WriteNumber("$dataversion", state.Versions.Current);
            }
            else
            {
                w.WriteString("$dataversion", state.Versions.Current.ToString(CultureInfo.InvariantCulture));
            }

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
