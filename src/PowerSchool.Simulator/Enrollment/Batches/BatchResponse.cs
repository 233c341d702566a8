namespace PowerSchool.Simulator.Enrollment.Batches;

/// <summary>A batch on the wire: createbatch fills records; getbatches always sends them empty.</summary>
public sealed record BatchResponse(Guid Id, string Date, IReadOnlyList<DeliveryRecord> Records)
{
    public static BatchResponse From(DeliveryBatch batch, IReadOnlyList<DeliveryRecord> records)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new(batch.Id, WireTime.Utc(batch.Date), records);
    }
}
