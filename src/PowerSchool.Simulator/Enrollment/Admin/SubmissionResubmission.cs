using System.Text.Json;
using System.Text.Json.Nodes;
using PowerSchool.Simulator.Enrollment.Batches;
using PowerSchool.Simulator.Enrollment.State;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Admin;

/// <summary>
/// What Enrollment does when staff return a submission to the family and approve the corrected form: the family's
/// <c>data</c> changes (a merge patch), <c>submitted</c> becomes now, the submission is <c>Approved</c> again and, if a batch
/// delivered it, available again, so the next createbatch delivers it in a new batch. The flaw the generator noted is
/// cleared (the simulator no longer vouches for what is wrong). Recorded in the delivery history as <c>Resubmitted</c>.
/// </summary>
internal static class SubmissionResubmission
{
    public static IResult Apply(long id, ResubmitRequest? request, EnrollmentStore store, TimeProvider time)
    {
        if (request?.Data is not { ValueKind: JsonValueKind.Object } patch)
        {
            return ErrorMessage.BadRequest("data must be a JSON object (a merge patch over the submission's data).");
        }

        var now = Generation.SubmissionGenerator.TruncateToSeconds(time.GetUtcNow());
        return store.Use(state =>
        {
            if (state.Submissions.GetValueOrDefault(id) is not { } submission)
            {
                return ErrorMessage.NotFound($"Submission {id} not found.");
            }

            var merged = Merge(JsonSerializer.SerializeToNode(submission.Data, EnrollmentJsonContext.Default.SubmissionData), patch);
            SubmissionData? data;
            try
            {
                data = merged.Deserialize(EnrollmentJsonContext.Default.SubmissionData);
            }
            catch (JsonException ex)
            {
                return ErrorMessage.BadRequest($"data: the patched data is not a submission's data ({ex.Path}).");
            }

            if (data?.Student is null)
            {
                return ErrorMessage.BadRequest("data.student is required.");
            }

            var changed = submission with
            {
                Data = data, Submitted = now, Status = SubmissionStatus.Approved, DeliveredInBatch = null, Flaw = null,
            };
            state.Put(changed);
            state.History.Add(new DeliveryEvent(
                now, DeliveryEventKind.Resubmitted, submission.DeliveredInBatch ?? Guid.Empty, submission.DeliveryTargetId, submission.Id));
            return Results.Ok(AdminSubmissionView.From(changed));
        });
    }

    // RFC 7386: an object patch merges member by member, null removes, anything else replaces.
    private static JsonNode? Merge(JsonNode? target, JsonElement patch)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            return JsonNode.Parse(patch.GetRawText());
        }

        var result = target as JsonObject ?? [];
        foreach (var member in patch.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                result.Remove(member.Name);
                continue;
            }

            var existing = result.TryGetPropertyValue(member.Name, out var value) ? value : null;
            result.Remove(member.Name);
            result[member.Name] = Merge(existing, member.Value);
        }

        return result;
    }
}
