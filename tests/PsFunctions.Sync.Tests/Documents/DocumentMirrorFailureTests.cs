using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Client;
using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Documents;

/// <summary>Failures that must make the queue retry: each test has the simulator to itself (faults are per simulator).</summary>
public sealed class DocumentMirrorFailureTests(SimulatorFixture simulator, AzuriteFixture azurite)
    : IClassFixture<SimulatorFixture>, IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string BlobDownload = "GET /api/blobs/secure-uploadeddocuments/{objectId}";

    public Task InitializeAsync() => simulator.Host.ClearFaultsAsync();

    public Task DisposeAsync() => simulator.Host.ClearFaultsAsync();

    [Fact]
    public async Task A_download_whose_md5_differs_from_its_header_throws_and_leaves_no_blob()
    {
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, 300_000);
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup
        {
            Simulator = simulator.Host,
            Services = services => services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new WrongContentMd5Handler())),
        });

        await Assert.ThrowsAsync<DocumentIntegrityException>(() => mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage()));

        var path = $"{submission.DeliveryTargetId}/{submission.SubmissionId}/{submission.Documents[0].ObjectId}";
        Assert.False(await mirror.Storage.Container(StorageNames.StudentDocumentsContainer).GetBlobClient(path).ExistsAsync());
        Assert.Empty(mirror.Events.All);
    }

    [Fact]
    public async Task A_download_that_keeps_failing_throws_for_a_retry_and_leaves_no_blob()
    {
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, 10_000);
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup { Simulator = simulator.Host });
        await simulator.Host.SetFaultsAsync(new { dropConnectionRate = 1.0, endpoints = new[] { BlobDownload } });

        await Assert.ThrowsAnyAsync<PowerSchoolException>(() => mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage()));

        var path = $"{submission.DeliveryTargetId}/{submission.SubmissionId}/{submission.Documents[0].ObjectId}";
        Assert.False(await mirror.Storage.Container(StorageNames.StudentDocumentsContainer).GetBlobClient(path).ExistsAsync());
        Assert.True(await simulator.Host.GetCounterAsync(BlobDownload) >= 1);
        Assert.Empty(mirror.Events.All);
    }

    [Fact]
    public async Task After_a_failed_download_the_retried_message_mirrors_the_document()
    {
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, 10_000);
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup { Simulator = simulator.Host });
        await simulator.Host.SetFaultsAsync(new { dropConnectionRate = 1.0, endpoints = new[] { BlobDownload } });
        await Assert.ThrowsAnyAsync<PowerSchoolException>(() => mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage()));
        await simulator.Host.ClearFaultsAsync();

        var mirrored = await mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage());

        Assert.All(mirrored, document => Assert.False(document.Skipped));
        Assert.Equal(submission.Documents.Select(d => d.Length), mirrored.Select(d => d.Length));
        Assert.Equal(submission.Documents.Count, mirror.Events.All.Count);
    }

    /// <summary>Corrupts the announced checksum of every document download (the bytes stay as sent).</summary>
    private sealed class WrongContentMd5Handler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath.Contains("/blobs/", StringComparison.Ordinal) && response.Content.Headers.ContentMD5 is { } md5)
            {
                response.Content.Headers.ContentMD5 = md5.Select(b => (byte)~b).ToArray();
            }

            return response;
        }
    }
}
