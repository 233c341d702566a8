using System.Net;
using System.Security.Cryptography;

namespace PowerSchool.Simulator.Tests.Enrollment;

[Collection(nameof(RunsAlone))]
public sealed class DocumentStreamingTests
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    private static readonly long[] MixedSizes = [300_001L, 7_000L];
    private static readonly long[] LargeAndSmall = [FiftyMegabytes, 5_000L];

    [Fact]
    public async Task A_download_sends_content_type_length_and_an_md5_that_matches_the_bytes()
    {
        await using var host = await EnrollmentTestHost.StartAsync();
        var created = await host.Admin.PostNodeAsync("/_sim/enrollment/submissions", new { count = 1, documentSizes = MixedSizes });
        var documents = created[0]!["documents"]!.AsArray();

        foreach (var document in documents)
        {
            var url = await DocumentUrlTests.DocumentUrlAsync(host, document!["objectId"]!.GetValue<string>());
            using var download = await host.Admin.GetAsync(url);
            var bytes = await download.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(document["length"]!.GetValue<long>(), bytes.LongLength);
            Assert.Equal(bytes.LongLength, download.Content.Headers.ContentLength);
            Assert.Equal(document["contentType"]!.GetValue<string>(), download.Content.Headers.ContentType!.MediaType);
            Assert.Equal(Md5.Of(bytes), download.Content.Headers.ContentMD5);
        }
    }

    [Fact]
    public async Task A_50_MB_document_streams_without_the_server_holding_it_in_memory()
    {
        await using var host = await EnrollmentTestHost.StartAsync(("Simulator:Enrollment:PendingSubmissions", "1"));
        var created = await host.Admin.PostNodeAsync("/_sim/enrollment/submissions", new { count = 1, documentSizes = LargeAndSmall });
        var small = await DocumentUrlTests.DocumentUrlAsync(host, created[0]!["documents"]![1]!["objectId"]!.GetValue<string>());
        var large = await DocumentUrlTests.DocumentUrlAsync(host, created[0]!["documents"]![0]!["objectId"]!.GetValue<string>());
        await DownloadAsync(host, small);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (length, md5Header, md5) = await DownloadAsync(host, large);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(FiftyMegabytes, length);
        Assert.Equal(md5, md5Header);
        Assert.True(allocated < FiftyMegabytes / 5, $"Allocated {allocated:N0} bytes while streaming {FiftyMegabytes:N0}.");
    }

    private static async Task<(long Length, byte[]? Md5Header, byte[] Md5)> DownloadAsync(EnrollmentTestHost host, Uri url)
    {
        using var response = await host.Admin.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81_920];
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            md5.AppendData(buffer, 0, read);
            length += read;
        }

        return (length, response.Content.Headers.ContentMD5, md5.GetHashAndReset());
    }
}
