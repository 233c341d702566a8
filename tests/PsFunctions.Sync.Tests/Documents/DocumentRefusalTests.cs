using PowerSchool.Client.Enrollment;
using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Outcomes;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Documents;

/// <summary>
/// A document that breaks a download rule is kept as a rejection of that document with the rule, never stored and
/// never retried; the submission's other documents are mirrored and the message succeeds.
/// </summary>
public sealed class DocumentRefusalTests(SimulatorFixture simulator, AzuriteFixture azurite)
    : IClassFixture<SimulatorFixture>, IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_document_over_the_size_limit_is_kept_as_its_rejection_and_the_others_are_mirrored()
    {
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, 3_000, 70_001);
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup
        {
            Simulator = simulator.Host,
            Settings = new Dictionary<string, string?> { ["Sync:Documents:MaxBytes"] = "10000" },
        });

        var mirrored = await mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage());

        var (small, large) = (submission.Documents[0], submission.Documents[1]);
        Assert.Equal(small.ObjectId, Assert.Single(mirrored).ObjectId);
        Assert.False(await Blob(mirror, submission, large).ExistsAsync());
        var rejection = await mirror.Storage.Rejections.GetAsync(Rejection.DocumentKey(submission.SubmissionId, large.ObjectId));
        var reason = Assert.Single(rejection!.Reasons);
        Assert.Equal(large.DataItem, reason.Field);
        Assert.Contains("Sync:Documents:MaxBytes", reason.Problem, StringComparison.Ordinal);
        Assert.Null(await mirror.Storage.Rejections.GetAsync(submission.SubmissionId));
        Assert.Single(mirror.Events.All);
    }

    [Fact]
    public async Task A_document_url_on_a_private_address_is_refused_when_local_runs_are_not_allowed_and_nothing_is_stored()
    {
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, 2_000);
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup
        {
            Simulator = simulator.Host,
            Settings = new Dictionary<string, string?> { ["PowerSchool:Enrollment:Documents:AllowPrivateAddresses"] = "false" },
        });
        var downloads = await simulator.Host.GetCounterAsync("GET /api/blobs/secure-uploadeddocuments/{objectId}");

        Assert.Empty(await mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage()));

        foreach (var document in submission.Documents)
        {
            Assert.False(await Blob(mirror, submission, document).ExistsAsync());
            var reason = Assert.Single((await mirror.Storage.Rejections.GetAsync(Rejection.DocumentKey(submission.SubmissionId, document.ObjectId)))!.Reasons);
            Assert.Contains("AllowPrivateAddresses is off", reason.Problem, StringComparison.Ordinal);
        }

        Assert.Equal(downloads, await simulator.Host.GetCounterAsync("GET /api/blobs/secure-uploadeddocuments/{objectId}"));
        Assert.Empty(mirror.Events.All);
    }

    [Fact]
    public async Task Replaying_a_refused_document_queues_its_one_document_mirror_message_again()
    {
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, 3_000, 70_001);
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup
        {
            Simulator = simulator.Host,
            Settings = new Dictionary<string, string?> { ["Sync:Documents:MaxBytes"] = "10000" },
        });
        await mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage());
        var key = Rejection.DocumentKey(submission.SubmissionId, submission.Documents[1].ObjectId);

        Assert.True(await mirror.Get<RejectionReplayer>().ReplayAsync(key));

        var queued = DocumentMirrorMessage.Parse(Assert.Single(await mirror.Storage.PeekAsync(WorkQueues.DocumentMirror)));
        Assert.Equal(submission.Documents[1].ObjectId, Assert.Single(queued.Documents).ObjectId);
        Assert.True((await mirror.Storage.Rejections.GetAsync(key))!.Resolved);
    }

    [Theory]
    [InlineData(4_096, false)]
    [InlineData(4_097, true)]
    public async Task A_body_without_a_length_is_cut_once_it_passes_the_limit(int length, bool refused)
    {
        await using var source = new UnknownLengthStream(new byte[length]);
        using var limited = new SizeLimitedStream(source, 4_096);

        var error = await Record.ExceptionAsync(() => limited.CopyToAsync(Stream.Null));

        Assert.Equal(refused, error is DocumentRefusedException);
        Assert.Equal(refused, error is not null);
    }

    [Theory]
    [InlineData("application/pdf", "application/pdf")]
    [InlineData("IMAGE/PNG", "image/png")]
    [InlineData("application/pdf; name=\"birth.pdf\"", "application/pdf")]
    [InlineData("text/html", "application/octet-stream")]
    [InlineData("image/svg+xml", "application/octet-stream")]
    [InlineData("application/javascript", "application/octet-stream")]
    [InlineData(null, "application/octet-stream")]
    [InlineData("not a type", "application/octet-stream")]
    public void Content_types_off_the_allowlist_are_stored_as_octet_stream(string? source, string stored) =>
        Assert.Equal(stored, new DocumentContentTypes(new DocumentMirrorOptions()).Of(source));

    private static global::Azure.Storage.Blobs.BlobClient Blob(EngineHarness mirror, SimulatedSubmission submission, SimulatedDocument document) =>
        mirror.Storage.Container(StorageNames.StudentDocumentsContainer).GetBlobClient($"{submission.DeliveryTargetId}/{submission.SubmissionId}/{document.ObjectId}");

    /// <summary>A source that, like a chunked answer, does not say how long it is.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
