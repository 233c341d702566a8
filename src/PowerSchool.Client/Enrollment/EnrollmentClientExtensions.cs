using System.Globalization;

namespace PowerSchool.Client.Enrollment;

/// <summary>Overloads for numeric delivery target ids (as the API documentation shows them).</summary>
public static class EnrollmentClientExtensions
{
    public static Task<DeliveryBatch> CreateBatchAsync(this IEnrollmentClient client, long targetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.CreateBatchAsync(targetId.ToString(CultureInfo.InvariantCulture), cancellationToken);
    }

    public static Task<IReadOnlyList<DeliveryBatch>> GetBatchesAsync(
        this IEnrollmentClient client, long targetId, DateOnly? since = null, bool autoOpenOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.GetBatchesAsync(targetId.ToString(CultureInfo.InvariantCulture), since, autoOpenOnly, cancellationToken);
    }

    public static Task<bool> ResetBatchAsync(this IEnrollmentClient client, long targetId, string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.ResetBatchAsync(targetId.ToString(CultureInfo.InvariantCulture), batchId, cancellationToken);
    }
}
