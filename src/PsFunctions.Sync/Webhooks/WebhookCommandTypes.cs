namespace PsFunctions.Sync.Webhooks;

/// <summary>The command types a webhook body may carry (its <c>type</c> property).</summary>
public static class WebhookCommandTypes
{
    /// <summary>Update fields of one existing SIS student.</summary>
    public const string StudentUpdate = "student.update";

    /// <summary>Run enrollment intake now for one delivery target.</summary>
    public const string EnrollmentPoll = "enrollment.poll";

    public static IReadOnlyList<string> All { get; } = [StudentUpdate, EnrollmentPoll];
}
