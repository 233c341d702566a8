using System.Text.Json;
using System.Text.Json.Nodes;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>
/// Flaws armed for the next createbatch answer that has records (used once, then cleared; <c>/_sim/reset</c> clears them):
/// what a faulty delivery target or a broken proxy could hand an integration, which real PowerSchool is not known to send.
/// </summary>
public sealed class BatchFlaws : IResettable
{
    private readonly Lock _gate = new();
    private IReadOnlyList<BatchFlaw> _armed = [];

    public void Arm(IReadOnlyList<BatchFlaw> flaws)
    {
        ArgumentNullException.ThrowIfNull(flaws);
        lock (_gate)
        {
            _armed = [.. flaws];
        }
    }

    public void Reset() => Arm([]);

    /// <summary>The answer to send: the batch as JSON, with the armed flaws applied when it has records.</summary>
    public IResult Answer(BatchResponse batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        IReadOnlyList<BatchFlaw> flaws;
        lock (_gate)
        {
            if (batch.Records.Count == 0 || _armed.Count == 0)
            {
                return Results.Ok(batch);
            }

            (flaws, _armed) = (_armed, []);
        }

        return Results.Content(Apply(batch, flaws), "application/json");
    }

    private static string Apply(BatchResponse batch, IReadOnlyList<BatchFlaw> flaws)
    {
        var root = JsonSerializer.SerializeToNode(batch, EnrollmentJsonContext.Default.BatchResponse)!.AsObject();
        var records = root["records"]!.AsArray();
        foreach (var flaw in flaws)
        {
            switch (flaw)
            {
                case BatchFlaw.RecordWithoutId:
                    records[0]!.AsObject().Remove("id");
                    break;
                case BatchFlaw.RecordWithoutData when records.Count > 1:
                    records[1]!.AsObject().Remove("data");
                    break;
                case BatchFlaw.DuplicateRecordId when records.Count > 1:
                    records[^1]!["id"] = records[^2]!["id"]?.DeepClone();
                    break;
            }
        }

        var json = root.ToJsonString();
        return flaws.Contains(BatchFlaw.Truncated) ? json[..(json.IndexOf("\"records\"", StringComparison.Ordinal) + 20)] : json;
    }
}
