using System.Globalization;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Enrollment.Catalog;
using PowerSchool.Simulator.Enrollment.Generation;
using PowerSchool.Simulator.Enrollment.State;

namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>Maps POST /submission: a single submission, pending approval, for the first delivery target.</summary>
internal static class SubmissionEndpoints
{
    private static readonly string[] RequiredFields = ["stu_FirstName", "stu_LastName", "stu_DateOfBirth"];

    public static void Map(RouteGroupBuilder api) => api.MapPost("/submission", Create);

    private static IResult Create(NewSubmission? body, EnrollmentStore store, TimeProvider time, IOptions<EnrollmentOptions> options)
    {
        if (Validate(body) is { } problem)
        {
            return problem;
        }

        var items = body!.Submission!.DataItems!.ToDictionary(item => item.FieldName!, item => item.Value ?? "", StringComparer.Ordinal);
        var settings = options.Value;
        var now = SubmissionGenerator.TruncateToSeconds(time.GetUtcNow());
        var created = store.Use(state =>
        {
            var submission = new Submission
            {
                Id = state.NextSubmissionId,
                PublishedActionId = body.PublishedActionId!.Value,
                DeliveryTargetId = settings.EffectiveDeliveryTargets[0],
                FamilyId = "",
                Status = SubmissionStatus.PendingApproval,
                Started = now,
                Submitted = now,
                Data = SubmissionDataItems.ToData(items, settings.EffectiveDocumentItems),
            };
            state.Put(submission);
            return submission;
        });
        return Results.Ok(new SubmissionCreated(created.Id, created.Status.ToString()));
    }

    private static IResult? Validate(NewSubmission? body)
    {
        if (body?.PublishedActionId is not { } actionId)
        {
            return ErrorMessage.BadRequest("publishedActionId is required.");
        }

        if (!EnrollmentCatalog.IsPublishedAction(actionId))
        {
            return ErrorMessage.NotFound($"publishedActionId {actionId} is not a published action.");
        }

        if (body.Submission?.DataItems is not { Count: > 0 } items)
        {
            return ErrorMessage.BadRequest("submission.dataItems is required and must not be empty.");
        }

        for (var index = 0; index < items.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(items[index]?.FieldName))
            {
                return ErrorMessage.BadRequest($"submission.dataItems[{index}].fieldName is required.");
            }
        }

        if (items.GroupBy(item => item.FieldName, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } duplicate)
        {
            return ErrorMessage.BadRequest($"submission.dataItems has fieldName '{duplicate.Key}' more than once.");
        }

        var missing = RequiredFields.FirstOrDefault(field => string.IsNullOrWhiteSpace(items.FirstOrDefault(item => item.FieldName == field)?.Value));
        if (missing is not null)
        {
            return ErrorMessage.BadRequest($"submission.dataItems must include {missing} with a value.");
        }

        var birthDate = items.First(item => item.FieldName == "stu_DateOfBirth").Value;
        return DateOnly.TryParseExact(birthDate, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : ErrorMessage.BadRequest("stu_DateOfBirth must be a date in MM/dd/yyyy format.");
    }
}
