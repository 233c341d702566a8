using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Documents;

/// <summary>Tests that measure process-wide allocations; xunit runs this collection with nothing beside it.</summary>
[CollectionDefinition(nameof(DocumentMemoryCollection), DisableParallelization = true)]
public sealed class DocumentMemoryCollection;

[Collection(nameof(DocumentMemoryCollection))]
public sealed class LargeDocumentMirrorTests(SimulatorFixture simulator, AzuriteFixture azurite)
    : IClassFixture<SimulatorFixture>, IClassFixture<AzuriteFixture>
{
    private const long FortyMegabytes = 40L * 1024 * 1024;

    [Fact]
    public async Task A_forty_megabyte_document_is_mirrored_with_allocations_far_below_its_size()
    {
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup { Simulator = simulator.Host });
        var warmUp = await SimulatedSubmission.CreateAsync(simulator.Host, 64 * 1024);
        await mirror.Get<DocumentMirrorHandler>().MirrorAsync(warmUp.ToMessage());
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, FortyMegabytes);
        var message = submission.ToMessage() with { Documents = [submission.ToMessage().Documents[0]] };

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var mirrored = await mirror.Get<DocumentMirrorHandler>().MirrorAsync(message);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(FortyMegabytes, mirrored[0].Length);
        var properties = (await mirror.Storage.Container(StorageNames.StudentDocumentsContainer).GetBlobClient(mirrored[0].Path).GetPropertiesAsync()).Value;
        Assert.Equal(FortyMegabytes, properties.ContentLength);
        Assert.True(allocated < FortyMegabytes / 4, $"Mirroring allocated {allocated:N0} bytes for a {FortyMegabytes:N0}-byte document.");
    }
}
