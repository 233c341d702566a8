using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using PsFunctions.Sync.Enrollment;

namespace PsFunctions.Azure.Storage.Blobs;

/// <summary>
/// <see cref="IIntakeLock"/> as a blob lease on an empty blob per delivery target, <c>&lt;target&gt;.intake-lock</c>
/// at the root of the batch container (batch blobs always sit in a target folder, so the names cannot meet).
/// The lease lasts <see cref="LeaseDuration"/> and is renewed while the run works; a crashed run's lease
/// runs out by itself. A renewal the service refuses (another holder broke or took the lease) cancels
/// <see cref="IIntakeLease.Lost"/>, and the run stops.
/// </summary>
public sealed class BlobLeaseIntakeLock : IIntakeLock
{
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    private readonly BlobContainerClient _container;
    private readonly TimeProvider _time;
    private readonly CreateOnce _created;

    public BlobLeaseIntakeLock(BlobContainerClient container, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
        _time = time;
        _created = new CreateOnce(ct => container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: ct));
    }

    public async Task<IIntakeLease?> TryAcquireAsync(string deliveryTargetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryTargetId);
        await _created.EnsureAsync(cancellationToken);
        var blob = _container.GetBlobClient($"{Uri.EscapeDataString(deliveryTargetId)}.intake-lock");
        var lease = blob.GetBlobLeaseClient();
        try
        {
            await AcquireAsync(lease, blob, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }

        return new RenewedLease(lease, _time);
    }

    // The lock blob is created by the first run for the target; later runs go straight to the lease.
    private static async Task AcquireAsync(BlobLeaseClient lease, BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await CreateIfMissingAsync(blob, cancellationToken);
            await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken);
        }
    }

    private static async Task CreateIfMissingAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another run created it (and may hold its lease): the acquire that follows says which.
        }
    }

    /// <summary>A held lease renewed every third of its duration until disposed, then released; <see cref="Lost"/> when a renewal is refused.</summary>
    private sealed class RenewedLease : IIntakeLease
    {
        private readonly BlobLeaseClient _lease;
        private readonly CancellationTokenSource _stop = new();
        private readonly CancellationTokenSource _lost = new();
        private readonly Task _renewing;

        public RenewedLease(BlobLeaseClient lease, TimeProvider time)
        {
            _lease = lease;
            _renewing = RenewAsync(time, _stop.Token);
        }

        public CancellationToken Lost => _lost.Token;

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            _stop.Dispose();
            _lost.Dispose();
            try
            {
                await _lease.ReleaseAsync();
            }
            catch (RequestFailedException)
            {
                // Lost or expired: it frees itself.
            }
        }

        private async Task RenewAsync(TimeProvider time, CancellationToken stop)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(LeaseDuration / 3, time, stop);
                    await _lease.RenewAsync(cancellationToken: stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (RequestFailedException)
            {
                // The lease is gone: another run may hold it now, so this one must stop writing.
                await _lost.CancelAsync();
            }
        }
    }
}
