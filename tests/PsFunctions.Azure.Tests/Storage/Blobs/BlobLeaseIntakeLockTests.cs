using Azure.Storage.Blobs;
using PsFunctions.Azure.Storage.Blobs;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Blobs;

public sealed class BlobLeaseIntakeLockTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private BlobLeaseIntakeLock NewLock(out BlobContainerClient container)
    {
        container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(AzuriteFixture.UniqueName("batches"));
        return new BlobLeaseIntakeLock(container, TimeProvider.System);
    }

    [Fact]
    public async Task A_held_target_lock_is_refused_to_a_second_run_until_released_and_other_targets_are_free()
    {
        var intakeLock = NewLock(out _);

        var first = await intakeLock.TryAcquireAsync("target/1");
        var second = await intakeLock.TryAcquireAsync("target/1");
        var otherTarget = await intakeLock.TryAcquireAsync("target-2");
        await first!.DisposeAsync();
        var afterRelease = await intakeLock.TryAcquireAsync("target/1");

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(otherTarget);
        Assert.NotNull(afterRelease);
        await otherTarget!.DisposeAsync();
        await afterRelease!.DisposeAsync();
    }

    [Fact]
    public async Task The_lock_blob_sits_at_the_container_root_apart_from_batch_folders()
    {
        var intakeLock = NewLock(out var container);

        await using (await intakeLock.TryAcquireAsync("target/1"))
        {
            var names = new List<string>();
            await foreach (var item in container.GetBlobsAsync())
            {
                names.Add(item.Name);
            }

            Assert.Equal(["target%2F1.intake-lock"], names);
        }
    }
}
