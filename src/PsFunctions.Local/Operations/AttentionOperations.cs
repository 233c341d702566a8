using System.Globalization;
using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Local.Operations;

/// <summary>
/// <c>ops attention</c> lists the open attention items by id, kind, submission, student, field and problem (no values);
/// <c>ops attention ID</c> shows one item with the SIS and the requested value, which a person needs to act on it (student
/// data on the operator's screen, as the storage roles <c>ops</c> runs with already allow; never in a log);
/// <c>ops resolve ID --note "…"</c> closes it in the name of the OS user.
/// </summary>
internal static class AttentionOperations
{
    public static async Task<bool> ListAsync(IAttentionStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var item in store.ListOpenAsync(cancellationToken))
        {
            count++;
            await output.WriteLineAsync(
                $"{item.Id}  {Kind(item)}  submission {item.SubmissionId}  student {item.Dcid}  {item.Field}: {item.Problem}  ({Time(item.CreatedAt)})");
        }

        await output.WriteLineAsync($"{count} open attention item(s). Show one with its values: ops attention ID; close it: ops resolve ID --note \"what was done\".");
        return true;
    }

    public static async Task<bool> ShowAsync(IAttentionStore store, string id, TextWriter output, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } item)
        {
            await output.WriteLineAsync($"There is no attention item {id}.");
            return false;
        }

        var state = item.Resolution is { } done ? $"resolved {Time(done.ResolvedAt)} by {done.ResolvedBy}: {done.Note}" : "open";
        await output.WriteLineAsync($"""
            Attention item {item.Id} ({state})
              kind:       {Kind(item)}
              submission: {item.SubmissionId} (delivery target {item.DeliveryTargetId}, batch {item.BatchId})
              student:    DCID {item.Dcid}
              field:      {item.Field}
              SIS value:  {item.SisValue ?? "(none)"}
              requested:  {item.RequestedValue ?? "(none)"}
              problem:    {item.Problem}
              rule:       {item.Rule}
              created:    {Time(item.CreatedAt)}
            """);
        return true;
    }

    public static async Task<bool> ResolveAsync(AttentionResolver resolver, string id, string? note, TextWriter output, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new ArgumentException("'ops resolve ID' needs --note \"what was done\" (kept with the item).");
        }

        var resolved = await resolver.ResolveAsync(id, note, System.Environment.UserName, cancellationToken);
        await output.WriteLineAsync(resolved
            ? $"Attention item {id} is resolved by {System.Environment.UserName}."
            : $"There is no open attention item {id}.");
        return resolved;
    }

    private static string Kind(AttentionItem item) => item.Kind.ToString().ToLowerInvariant();

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
