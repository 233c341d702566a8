using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Enrollment.Batches;
using PowerSchool.Simulator.Enrollment.Generation;
using PowerSchool.Simulator.Enrollment.State;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Admin;

/// <summary>
/// The simulator-only surface under /_sim/enrollment: create, approve and resubmit (<see cref="SubmissionResubmission"/>) submissions, list them with their
/// delivery state, read the delivery history, break the next createbatch answer (<see cref="BatchFlaws"/>). Not part of PowerSchool; no API key.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_sim/enrollment");
        admin.MapPost("/submissions", Create);
        admin.MapPost("/submissions/approve", Approve);
        admin.MapPost("/submissions/{id:long}/resubmit", (long id, ResubmitRequest? request, EnrollmentStore store, TimeProvider time) =>
            SubmissionResubmission.Apply(id, request, store, time));
        admin.MapGet("/submissions", (EnrollmentStore store) =>
            store.Use(state => state.Submissions.Values.Select(AdminSubmissionView.From).ToList()));
        admin.MapGet("/submissions/{id:long}", (long id, EnrollmentStore store) =>
            store.Use(state => state.Submissions.GetValueOrDefault(id)) is { } submission
                ? Results.Ok(AdminSubmissionView.From(submission))
                : ErrorMessage.NotFound($"Submission {id} not found."));
        admin.MapPost("/batch-flaws", (BatchFlawsRequest request, BatchFlaws flaws) =>
        {
            flaws.Arm(request.Flaws ?? []);
            return Results.NoContent();
        });
        admin.MapGet("/deliveries", (long? submissionId, EnrollmentStore store) =>
            store.Use(state => state.History.Where(entry => submissionId is null || entry.SubmissionId == submissionId).ToList()));
    }

    private static IResult Create(CreateSubmissionsRequest request, EnrollmentStore store, EnrollmentSeeder seeder, IOptions<EnrollmentOptions> options, ILogger<EnrollmentSeeder> logger)
    {
        if (Validate(request, options.Value) is { } problem)
        {
            return problem;
        }

        var target = request.DeliveryTargetId is null
            ? options.Value.EffectiveDeliveryTargets[0]
            : BatchEndpoints.Target(options, request.DeliveryTargetId)!;
        var generated = Enumerable.Range(0, request.Count).Select(_ => (SubmissionData?)null);
        var requests = (request.Submissions ?? []).Select(data => (SubmissionData?)data).Concat(generated)
            .Select(data => new GenerationRequest(request.Approved ?? true, target, request.Returning, request.Flawed, request.DocumentSizes, data))
            .ToList();
        var created = store.Use(state => seeder.Add(state, requests));
        if (created.Count > 0)
        {
            logger.SubmissionsCreated(created.Count, created[0].Id);
        }

        return Results.Ok(created.Select(AdminSubmissionView.From).ToList());
    }

    private static IResult? Validate(CreateSubmissionsRequest request, EnrollmentOptions settings)
    {
        if (request.Count is < 0 or > 10_000)
        {
            return ErrorMessage.BadRequest("count must be between 0 and 10000.");
        }

        foreach (var size in request.DocumentSizes ?? [])
        {
            if (size is < 1 or > DocumentPlanner.MaxDocumentBytes)
            {
                return ErrorMessage.BadRequest($"documentSizes: {size} is outside 1..{DocumentPlanner.MaxDocumentBytes} bytes.");
            }
        }

        if (request.DeliveryTargetId is { } target && !settings.EffectiveDeliveryTargets.Contains(target, StringComparer.OrdinalIgnoreCase))
        {
            return ErrorMessage.BadRequest($"deliveryTargetId '{target}' is not a configured delivery target.");
        }

        for (var index = 0; index < (request.Submissions?.Count ?? 0); index++)
        {
            if (request.Submissions![index]?.Student is null)
            {
                return ErrorMessage.BadRequest($"submissions[{index}].student is required.");
            }
        }

        return null;
    }

    private static IResult Approve(ApproveSubmissionsRequest? request, EnrollmentStore store)
    {
        var ids = request?.Ids;
        var result = store.Use(state =>
        {
            var unknown = ids?.Where(id => !state.Submissions.ContainsKey(id)).Select(id => (long?)id).FirstOrDefault();
            if (unknown is not null)
            {
                return (Missing: unknown, Approved: new List<Submission>());
            }

            var approved = (ids ?? state.Submissions.Keys.ToList())
                .Select(id => state.Submissions[id])
                .Where(submission => submission.Status == SubmissionStatus.PendingApproval)
                .Select(submission => submission with { Status = SubmissionStatus.Approved })
                .ToList();
            approved.ForEach(state.Put);
            return (Missing: (long?)null, Approved: approved);
        });
        return result.Missing is { } id
            ? ErrorMessage.NotFound($"Submission {id} not found.")
            : Results.Ok(result.Approved.Select(AdminSubmissionView.From).ToList());
    }
}
