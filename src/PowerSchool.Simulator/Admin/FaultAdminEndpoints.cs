using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Faults;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Admin;

/// <summary>`/_sim/faults`, `/_sim/counters` and `/_sim/reset`.</summary>
internal static class FaultAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/faults", (FaultState faults) => Results.Json(faults.Settings, AdminJson.Options));
        admin.MapPut("/faults", ReplaceAsync);
        admin.MapDelete("/faults", (FaultState faults) =>
        {
            faults.Replace(new FaultSettings());
            return Results.Json(faults.Settings, AdminJson.Options);
        });
        admin.MapGet("/counters", (RequestCounters counters) => Results.Json(new { counters = counters.Snapshot(), throttled = counters.ThrottledSnapshot() }, AdminJson.Options));
        admin.MapDelete("/counters", (RequestCounters counters) =>
        {
            counters.Reset();
            return Results.NoContent();
        });
        admin.MapPost("/reset", (IEnumerable<IResettable> resettables) =>
        {
            foreach (var resettable in resettables)
            {
                resettable.Reset();
            }

            return Results.NoContent();
        });
    }

    // A body is checked by the validators that check the start-up settings (their DataAnnotations, see AddSimulatorCore).
    private static async Task<IResult> ReplaceAsync(HttpRequest request, FaultState faults, IEnumerable<IValidateOptions<FaultSettings>> validators)
    {
        FaultSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<FaultSettings>(request.Body, AdminJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return Results.Json(new { message = $"The fault settings are not valid JSON: {e.Message}" }, AdminJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }

        if (settings is null)
        {
            return Results.Json(new { message = "The body must be a JSON object of fault settings." }, AdminJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }

        var errors = validators.Select(validator => validator.Validate(Options.DefaultName, settings)).Where(result => result.Failed).SelectMany(result => result.Failures ?? []).ToList();
        if (errors.Count > 0)
        {
            return Results.Json(new { message = "Invalid fault settings.", errors }, AdminJson.Options, statusCode: StatusCodes.Status400BadRequest);
        }

        faults.Replace(settings);
        return Results.Json(faults.Settings, AdminJson.Options);
    }
}
