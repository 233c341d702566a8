using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Webhooks;

/// <summary>
/// What a source may do (<see cref="WebhookSourceOptions"/>): a command outside its <c>Commands</c>, or a
/// <c>student.update</c> field outside its <c>StudentFields</c>, is refused with reasons that name the command or
/// field and the setting that allows it.
/// </summary>
internal static class WebhookAllowlist
{
    public const string CommandNotAllowed = "command_not_allowed";
    public const string FieldNotAllowed = "field_not_allowed";

    /// <summary>Null when <paramref name="source"/> may send <paramref name="command"/>; else the error code and its reasons.</summary>
    public static (string Error, IReadOnlyList<RejectionReason> Reasons)? Check(string source, WebhookSourceOptions allowed, WebhookCommand command)
    {
        var type = command is StudentUpdateCommand ? WebhookCommandTypes.StudentUpdate : WebhookCommandTypes.EnrollmentPoll;
        var commands = allowed.GetCommands();
        if (!commands.Contains(type, StringComparer.Ordinal))
        {
            return (CommandNotAllowed, [new RejectionReason(
                "type", $"is {type}, a command source {source} may not send",
                $"one of the commands in {WebhookOptions.Section}:Sources:{source}:Commands ({string.Join(", ", commands)})")]);
        }

        if (command is not StudentUpdateCommand update)
        {
            return null;
        }

        // The parser accepted only known SIS field paths, so a path is safe to repeat in the answer.
        var fields = allowed.GetStudentFields();
        var refused = update.Fields.Keys
            .Where(field => !fields.Contains(field, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(field => new RejectionReason(
                $"fields.{field}", $"is not a field source {source} may update",
                $"one of the fields in {WebhookOptions.Section}:Sources:{source}:StudentFields"))
            .ToList();
        return refused.Count == 0 ? null : (FieldNotAllowed, refused);
    }
}
