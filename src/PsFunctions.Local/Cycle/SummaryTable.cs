using System.Globalization;

namespace PsFunctions.Local.Cycle;

/// <summary>Prints a <see cref="CycleSummary"/> as a plain-text table. Ids, counts and rejection reasons only.</summary>
internal static class SummaryTable
{
    /// <summary>Rejections listed one by one; the rest are counted.</summary>
    private const int RejectionsListed = 20;

    public static void Write(CycleSummary summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        var rows = new List<(string Name, string Value)>
        {
            ("Delivery targets", Count(summary.Intake.Count)),
            ("Batches", Count(summary.Batches)),
            ("Records", Count(summary.Records)),
            ("Inserted", Count(summary.Inserted)),
            ("Updated", Count(summary.Updated)),
            ("Rejected", Count(summary.Rejections.Count)),
            ("Documents mirrored", Count(summary.Documents)),
            ("Bytes mirrored", $"{Count(summary.DocumentBytes)} ({summary.DocumentBytes / 1048576.0:F1} MB)"),
            ("Change feed", ChangeFeed(summary)),
            ("Events published", Count(summary.EventsPublished)),
            ("Queue messages", $"{summary.MessagesHandled} handled, {summary.MessagesRetried} retried, {summary.MessagesPoisoned} poisoned"),
            ("Elapsed", $"{summary.Elapsed.TotalSeconds:F1} s"),
        };
        var width = rows.Max(row => row.Name.Length);
        output.WriteLine();
        output.WriteLine($"{"".PadRight(width, '-')}-+-{"".PadRight(40, '-')}");
        foreach (var (name, value) in rows)
        {
            output.WriteLine($"{name.PadRight(width)} | {value}");
        }

        output.WriteLine($"{"".PadRight(width, '-')}-+-{"".PadRight(40, '-')}");
        WriteEvents(summary, output);
        WriteRejections(summary, output);
    }

    private static void WriteEvents(CycleSummary summary, TextWriter output)
    {
        foreach (var (type, count) in summary.EventsByType.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  event {type}: {Count(count)}");
        }
    }

    private static void WriteRejections(CycleSummary summary, TextWriter output)
    {
        if (summary.Rejections.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Rejected submissions (kept in the rejection store for a person to fix and replay):");
        foreach (var rejection in summary.Rejections.Take(RejectionsListed))
        {
            foreach (var reason in rejection.Reasons)
            {
                output.WriteLine($"  {rejection.SubmissionId}: {reason.Field} {reason.Problem} (rule: {reason.Rule})");
            }
        }

        if (summary.Rejections.Count > RejectionsListed)
        {
            output.WriteLine($"  ... and {summary.Rejections.Count - RejectionsListed} more");
        }
    }

    private static string ChangeFeed(CycleSummary summary)
    {
        var feed = summary.ChangeFeed;
        return feed.Mode == Sync.ChangeFeed.ChangeFeedMode.Baseline && feed.EventsPublished == 0
            ? $"baseline of {Count(feed.StudentsRead)} students recorded (the first run publishes no events)"
            : $"{feed.Mode}: {Count(feed.StudentsRead)} students read, {feed.Created} created, {feed.Updated} updated, {feed.Removed} removed"
              + (feed.Rehashed > 0 ? $", {Count(feed.Rehashed)} snapshots rehashed under a new hash key" : string.Empty);
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
