namespace PsFunctions.Sync.ChangeFeed;

/// <summary>What a change-feed poll did.</summary>
public enum ChangeFeedMode
{
    /// <summary>First run: every student read and recorded; events only when <c>PublishBaseline</c> is on.</summary>
    Baseline = 0,

    /// <summary>Every student read and compared with its snapshot; students no longer listed are removed.</summary>
    FullReconciliation = 1,

    /// <summary>Only students PowerSchool reported changed since the stored data version were read.</summary>
    Incremental = 2,
}
