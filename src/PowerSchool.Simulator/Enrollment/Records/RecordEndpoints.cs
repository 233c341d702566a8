using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Enrollment.Catalog;
using PowerSchool.Simulator.Enrollment.State;

namespace PowerSchool.Simulator.Enrollment.Records;

/// <summary>Maps the paged roster/submission record lists and the single-record reads.</summary>
internal static class RecordEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/publishedactions/{id:int}/rosterrecords", (int id, HttpRequest request, EnrollmentStore store, IOptions<EnrollmentOptions> options) =>
            !EnrollmentCatalog.IsPublishedAction(id)
                ? ErrorMessage.NotFound("Published action not found.")
                : Paging.Page(request, store.Use(state => state.Roster.Values.Where(record => record.PublishedActionId == id).ToList()), options.Value.PagingShape));
        api.MapGet("/publishedactions/{id:int}/submissionrecords", (int id, HttpRequest request, EnrollmentStore store, IOptions<EnrollmentOptions> options) =>
            !EnrollmentCatalog.IsPublishedAction(id)
                ? ErrorMessage.NotFound("Published action not found.")
                : Paging.Page(
                    request,
                    store.Use(state => state.Submissions.Values.Where(submission => submission.PublishedActionId == id).Select(SubmissionRecord.From).ToList()),
                    options.Value.PagingShape));

        // The reference returns a single record as an array of one element.
        api.MapGet("/rosterrecords/{id:long}", (long id, EnrollmentStore store) =>
            store.Use(state => state.Roster.GetValueOrDefault(id)) is { } record
                ? Results.Ok(new[] { record })
                : ErrorMessage.NotFound("Roster record not found."));
        api.MapGet("/submissionrecords/{id:long}", (long id, EnrollmentStore store) =>
            store.Use(state => state.Submissions.GetValueOrDefault(id)) is { } submission
                ? Results.Ok(new[] { SubmissionRecord.From(submission) })
                : ErrorMessage.NotFound("Submission record not found."));
    }
}
