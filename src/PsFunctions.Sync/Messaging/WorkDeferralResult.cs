namespace PsFunctions.Sync.Messaging;

/// <summary>
/// What <see cref="WorkDeferral.DeferAsync"/> did: put the message back for its <paramref name="Attempt"/>-th try after
/// <paramref name="Delay"/>, or, when <paramref name="Expired"/> is set, sent nothing because its deferrals ran out.
/// </summary>
public sealed record WorkDeferralResult(int Attempt, TimeSpan? Delay, WorkFailure? Expired)
{
    public bool IsDeferred => Expired is null;
}
