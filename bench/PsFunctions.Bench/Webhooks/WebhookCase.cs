namespace PsFunctions.Bench.Webhooks;

/// <summary>The kinds of bad webhook request the campaign sends, in turn.</summary>
internal enum WebhookCase
{
    Malformed = 0,
    Unsigned = 1,
    Stale = 2,
    Replayed = 3,
    Oversize = 4,
}
