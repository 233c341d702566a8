namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>What happened to a submission in a delivery history event.</summary>
public enum DeliveryEventKind
{
    Delivered,
    Reset,
}
