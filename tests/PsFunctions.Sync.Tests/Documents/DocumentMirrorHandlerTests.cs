using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using PowerSchool.Simulator.Enrollment.Documents;
using PowerSchool.Simulator.Enrollment.Submissions;
using PsFunctions.Azure.Storage;
using PsFunctions.Sync.Documents;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Documents;

public sealed class DocumentMirrorHandlerTests(SimulatorFixture simulator, AzuriteFixture azurite)
    : IClassFixture<SimulatorFixture>, IClassFixture<AzuriteFixture>
{
    private const string BlobDownload = "GET /api/blobs/secure-uploadeddocuments/{objectId}";
    private const string DocumentUrl = "GET /api/v1/documents/{objectId}";

    [Fact]
    public async Task Mirrors_each_document_under_its_ids_with_content_type_length_md5_and_id_metadata()
    {
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, 3_000, 70_001);
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup { Simulator = simulator.Host });

        var mirrored = await mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage());

        Assert.Equal(2, submission.Documents.Count);
        foreach (var document in submission.Documents)
        {
            var path = $"{submission.DeliveryTargetId}/{submission.SubmissionId}/{document.ObjectId}";
            var blob = mirror.Storage.Container(StorageNames.StudentDocumentsContainer).GetBlobClient(path);
            BlobProperties properties = await blob.GetPropertiesAsync();
            var content = (await blob.DownloadContentAsync()).Value.Content.ToArray();
            var expectedMd5 = Convert.FromBase64String(new DocumentBytes(ToFile(document)).ComputeContentMd5());

            Assert.Equal(document.Length, content.Length);
#pragma warning disable CA5351 // MD5 is the transfer checksum Blob storage and Enrollment use, not a security measure.
            Assert.Equal(expectedMd5, MD5.HashData(content));
#pragma warning restore CA5351
            Assert.Equal(expectedMd5, properties.ContentHash);
            Assert.Equal(document.ContentType, properties.ContentType);
            Assert.Equal(
                new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                {
                    ["deliveryTargetId"] = submission.DeliveryTargetId,
                    ["submissionId"] = submission.SubmissionId,
                    ["objectId"] = document.ObjectId,
                    ["dataItem"] = document.DataItem,
                },
                new Dictionary<string, string>(properties.Metadata, StringComparer.OrdinalIgnoreCase));
            Assert.Contains(mirrored, result => result.Path == path && result.Length == document.Length && !result.Skipped);
        }
    }

    [Fact]
    public async Task Each_stored_document_publishes_document_mirrored_with_ids_and_size_only()
    {
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, 2_048, 4_096);
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup { Simulator = simulator.Host });

        await mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage());

        var published = mirror.Events.All;
        Assert.Equal(submission.Documents.Count, published.Count);
        Assert.All(published, e => Assert.Equal(EventTypes.DocumentMirrored, e.Type));
        Assert.All(published, e => Assert.Equal(submission.SubmissionId, e.SessionKey));
        Assert.Equal(published.Count, published.Select(e => e.Id).Distinct().Count());
        foreach (var (document, published1) in submission.Documents.Zip(published))
        {
            var data = published1.Data.Deserialize<DocumentMirroredData>(JsonSerializerOptions.Web)!;
            Assert.Equal(new DocumentMirroredData(
                submission.DeliveryTargetId, submission.SubmissionId, document.ObjectId, document.DataItem,
                $"{submission.DeliveryTargetId}/{submission.SubmissionId}/{document.ObjectId}", document.Length), data);
            Assert.DoesNotContain(document.FileName, published1.Data.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Re_run_skips_stored_documents_without_a_second_download_and_republishes_the_same_event_ids()
    {
        var submission = await SimulatedSubmission.CreateAsync(simulator.Host, 100_000, 5_000);
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup { Simulator = simulator.Host });
        await mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage());
        var firstIds = mirror.Events.All.Select(e => e.Id).ToList();
        var etags = await ETagsAsync(mirror, submission);
        var downloads = await simulator.Host.GetCounterAsync(BlobDownload);
        var urls = await simulator.Host.GetCounterAsync(DocumentUrl);

        var second = await mirror.Get<DocumentMirrorHandler>().MirrorAsync(submission.ToMessage());

        Assert.All(second, result => Assert.True(result.Skipped));
        Assert.Equal(downloads, await simulator.Host.GetCounterAsync(BlobDownload));
        Assert.Equal(urls, await simulator.Host.GetCounterAsync(DocumentUrl));
        Assert.Equal(etags, await ETagsAsync(mirror, submission));
        Assert.Equal(firstIds.Concat(firstIds), mirror.Events.All.Select(e => e.Id));
    }

    [Fact]
    public async Task An_unknown_object_id_throws_document_not_found_and_stores_nothing()
    {
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup { Simulator = simulator.Host });
        var message = new DocumentMirrorMessage("district", "424242", [new DocumentReference(Guid.NewGuid().ToString(), "birthCertificate")]);

        var error = await Assert.ThrowsAsync<DocumentNotFoundException>(() => mirror.Get<DocumentMirrorHandler>().MirrorAsync(message));

        Assert.Equal(message.Documents[0].ObjectId, error.ObjectId);
        Assert.False(await mirror.Storage.Container(StorageNames.StudentDocumentsContainer).ExistsAsync());
        Assert.Empty(mirror.Events.All);
    }

    [Theory]
    [InlineData("../etc", "deliveryTargetId")]
    [InlineData("a/b", "submissionId")]
    [InlineData("", "objectId")]
    public async Task An_id_that_cannot_be_a_path_segment_is_refused_naming_the_field(string badId, string field)
    {
        await using var mirror = EngineHarness.Start(new TestStorage(azurite), new EngineSetup { Simulator = simulator.Host });
        var ids = new Dictionary<string, string> { ["deliveryTargetId"] = "district", ["submissionId"] = "1", ["objectId"] = "abc", [field] = badId };
        var message = new DocumentMirrorMessage(ids["deliveryTargetId"], ids["submissionId"], [new DocumentReference(ids["objectId"], "birthCertificate")]);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => mirror.Get<DocumentMirrorHandler>().MirrorAsync(message));

        Assert.Equal(field, error.ParamName);
    }

    private static async Task<List<string>> ETagsAsync(EngineHarness mirror, SimulatedSubmission submission)
    {
        var etags = new List<string>();
        foreach (var document in submission.Documents)
        {
            var blob = mirror.Storage.Container(StorageNames.StudentDocumentsContainer).GetBlobClient($"{submission.DeliveryTargetId}/{submission.SubmissionId}/{document.ObjectId}");
            etags.Add((await blob.GetPropertiesAsync()).Value.ETag.ToString());
        }

        return etags;
    }

    private static DocumentFile ToFile(SimulatedDocument document) =>
        new(document.ObjectId, document.DataItem, document.FileName, document.ContentType, document.Length);
}
