namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>What happened to a submission in a delivery history event.</summary>
public enum DeliveryEventKind
{
    Delivered,
    Reset,

    /// <summary>The family's data was changed and the submission approved again (admin <c>resubmit</c>); batch: the one that had delivered it, or empty.</summary>
    Resubmitted,
}
