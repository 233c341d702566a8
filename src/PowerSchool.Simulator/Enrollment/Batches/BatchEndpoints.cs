using System.Globalization;
using Microsoft.Extensions.Options;

namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>Maps createbatch, getbatches and resetbatch under /deliverytargets/{targetId}.</summary>
internal static class BatchEndpoints
{
    private const string UnknownTarget = "Delivery target not found.";

    public static void Map(RouteGroupBuilder api)
    {
        var targets = api.MapGroup("/deliverytargets/{targetId}");
        targets.MapPost("/createbatch", (string targetId, BatchLedger ledger, BatchFlaws flaws, IOptions<EnrollmentOptions> options) =>
            Target(options, targetId) is { } target ? flaws.Answer(ledger.CreateBatch(target)) : ErrorMessage.NotFound(UnknownTarget));
        targets.MapGet("/getbatches/{date?}/{autoOpen?}", GetBatches);
        targets.MapPost("/resetbatch/{batchId}", (string targetId, string batchId, BatchLedger ledger, IOptions<EnrollmentOptions> options) =>
        {
            if (Target(options, targetId) is not { } target)
            {
                return ErrorMessage.NotFound(UnknownTarget);
            }

            return Guid.TryParse(batchId, out var id) && ledger.ResetBatch(target, id)
                ? Results.NoContent()
                : ErrorMessage.NotFound("Delivery batch not found.");
        });
    }

    // The reference writes the route as getbatches/{date}{getAutoOpen}: the date is an optional path
    // segment (yyyy-MM-dd) and the flag is accepted as a further segment or as ?getAutoOpen=.
    private static IResult GetBatches(string targetId, string? date, string? autoOpen, HttpRequest request, BatchLedger ledger, IOptions<EnrollmentOptions> options)
    {
        if (Target(options, targetId) is not { } target)
        {
            return ErrorMessage.NotFound(UnknownTarget);
        }

        DateOnly? since = null;
        var flag = autoOpen ?? request.Query["getAutoOpen"].FirstOrDefault();
        if (date is not null && bool.TryParse(date, out var flagInDateSlot) && autoOpen is null)
        {
            flag = flagInDateSlot.ToString();
        }
        else if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return ErrorMessage.BadRequest("date must be yyyy-mm-dd (e.g. 2012-10-03).");
            }

            since = parsed;
        }

        var autoOpenOnly = false;
        if (flag is not null && !bool.TryParse(flag, out autoOpenOnly))
        {
            return ErrorMessage.BadRequest("getAutoOpen must be true or false.");
        }

        return Results.Ok(ledger.GetBatches(target, since, autoOpenOnly));
    }

    /// <summary>The configured spelling of the target id, or null when no target has it.</summary>
    internal static string? Target(IOptions<EnrollmentOptions> options, string targetId) =>
        options.Value.EffectiveDeliveryTargets.FirstOrDefault(target => string.Equals(target, targetId, StringComparison.OrdinalIgnoreCase));
}
