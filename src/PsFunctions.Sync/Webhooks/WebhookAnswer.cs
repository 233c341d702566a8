using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Webhooks;

/// <summary>The JSON body of every webhook answer: the command id when accepted, else the error and its reasons.</summary>
internal sealed record WebhookAnswer(
    string? Id = null,
    string? Status = null,
    string? Error = null,
    string? Message = null,
    IReadOnlyList<RejectionReason>? Errors = null);
