using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Enrollment.Roster;
using PowerSchool.Simulator.Enrollment.State;

namespace PowerSchool.Simulator.Enrollment.Catalog;

/// <summary>Maps the set-up resources: published actions, import schemas (and roster import), delivery targets, checklists.</summary>
internal static class CatalogEndpoints
{
    private const string UnknownAction = "Published action not found.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/publishedactions", (TimeProvider time) => EnrollmentCatalog.PublishedActions(time.GetUtcNow()));
        api.MapGet("/publishedactions/{id:int}/importschemas", (int id) =>
            EnrollmentCatalog.IsPublishedAction(id) ? Results.Ok(EnrollmentCatalog.ImportSchemas) : ErrorMessage.NotFound(UnknownAction));
        api.MapPost("/publishedactions/{id:int}/importschemas/{schemaId:int}", ImportRosterRecord);
        api.MapGet("/deliverytargets", (IOptions<EnrollmentOptions> options) => options.Value.EffectiveDeliveryTargets
            .Select((id, index) => new DeliveryTarget(id, index == 0 ? "SIS Student Import" : $"SIS Student Import {index + 1}")));
        api.MapGet("/checklists", (TimeProvider time) =>
            Checklists.All(AcademicYear(time)).Select(checklist => new Checklist(checklist.Id, checklist.Title, checklist.AcademicYear)));

        // The reference returns a checklist's details as an array of one element.
        api.MapGet("/checklists/{id:int}", (int id, TimeProvider time) =>
            Checklists.All(AcademicYear(time)).FirstOrDefault(checklist => checklist.Id == id) is { } found
                ? Results.Ok(new[] { found })
                : ErrorMessage.NotFound("Checklist not found."));
        api.MapGet("/checklists/{id:int}/checklistentries", (int id, TimeProvider time, EnrollmentStore store) =>
            Checklists.All(AcademicYear(time)).FirstOrDefault(checklist => checklist.Id == id) is { } found
                ? Results.Ok(store.Use(state => state.Submissions.Values.Select(submission => Checklists.EntryFor(submission, found)).ToList()))
                : ErrorMessage.NotFound("Checklist not found."));
    }

    // Validation problems come back as the reference's Error body with 400 (the reference gives no status).
    private static IResult ImportRosterRecord(int id, int schemaId, JsonElement body, EnrollmentStore store, TimeProvider time)
    {
        if (!EnrollmentCatalog.IsPublishedAction(id))
        {
            return ErrorMessage.NotFound(UnknownAction);
        }

        if (EnrollmentCatalog.ImportSchemas.FirstOrDefault(schema => schema.Id == schemaId) is not { } schema)
        {
            return ErrorMessage.NotFound("Import schema not found.");
        }

        var result = RosterImport.Import(store, id, schema, body, time.GetUtcNow());
        return result.Errors.Count == 0 ? Results.Ok(result) : Results.BadRequest(result);
    }

    private static string AcademicYear(TimeProvider time) => EnrollmentCatalog.PublishedActions(time.GetUtcNow())[0].AcademicYear;
}
