using System.ComponentModel.DataAnnotations;
using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// One webhook sender, bound from <c>Webhooks:Sources:&lt;source&gt;</c>: the commands it may send, the SIS fields a
/// <c>student.update</c> from it may change, and how many requests it may make per window. Lists are one
/// comma-separated string each, so an app setting can replace a whole list.
/// </summary>
public sealed class WebhookSourceOptions
{
    /// <summary>The commands this source may send, comma-separated (<c>enrollment.poll</c>, <c>student.update</c>).</summary>
    public string Commands { get; init; } = string.Empty;

    /// <summary>
    /// The SIS student field paths a <c>student.update</c> from this source may change, comma-separated
    /// (<c>name.middle_name,contact.guardian_email</c>); required when <see cref="Commands"/> holds <c>student.update</c>.
    /// </summary>
    public string StudentFields { get; init; } = string.Empty;

    /// <summary>Requests this source may make per <see cref="Window"/>, on each instance; more are answered 429.</summary>
    [Range(1, 100_000)]
    public int PermitLimit { get; init; } = 60;

    /// <summary>The window <see cref="PermitLimit"/> counts in (a fixed window that starts again when it ends).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The <see cref="Commands"/> as a list, trimmed, without repeats.</summary>
    public IReadOnlyList<string> GetCommands() => Split(Commands);

    /// <summary>The <see cref="StudentFields"/> as a list, trimmed, without repeats.</summary>
    public IReadOnlyList<string> GetStudentFields() => Split(StudentFields);

    /// <summary>What is wrong with the lists of the source configured at <paramref name="key"/> (<c>Webhooks:Sources:crm</c>).</summary>
    internal IEnumerable<string> Problems(string key)
    {
        var commands = GetCommands();
        if (commands.Count == 0)
        {
            yield return $"{key}:Commands must name at least one command: {string.Join(", ", WebhookCommandTypes.All)}.";
        }

        foreach (var command in commands.Where(command => !WebhookCommandTypes.All.Contains(command, StringComparer.Ordinal)))
        {
            yield return $"{key}:Commands holds '{command}', which is not a command: use {string.Join(", ", WebhookCommandTypes.All)}.";
        }

        var fields = GetStudentFields();
        var updates = commands.Contains(WebhookCommandTypes.StudentUpdate, StringComparer.Ordinal);
        if (updates && fields.Count == 0)
        {
            yield return $"{key}:StudentFields must list the SIS fields a {WebhookCommandTypes.StudentUpdate} from this source may change.";
        }
        else if (!updates && fields.Count > 0)
        {
            yield return $"{key}:StudentFields is set, but {key}:Commands does not allow {WebhookCommandTypes.StudentUpdate}.";
        }

        foreach (var field in fields.Where(field => SisStudentFields.Find(field)?.Updatable != true))
        {
            yield return $"{key}:StudentFields holds '{field}', which is not a SIS student field an UPDATE may change (see docs/mapping.md).";
        }
    }

    private static string[] Split(string? list) =>
        [.. (list ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
}
