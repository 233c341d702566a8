using System.Security.Cryptography;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Enrollment;

public sealed class DocumentStreamingTests
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    [Fact]
    public async Task A_50_MB_document_is_streamed_without_being_held_in_memory()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await using var clients = ClientHarness.Create(sim);
        var submissions = await EnrollmentTestData.CreateSubmissionsAsync(sim, 1, [FiftyMegabytes]);
        var document = submissions[0].GetProperty("documents").EnumerateArray()
            .First(d => d.GetProperty("length").GetInt64() == FiftyMegabytes);
        var url = await clients.Enrollment.GetDocumentUrlAsync(document.GetProperty("objectId").GetString()!);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        await using var destination = new HashingSink(md5);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var copied = await clients.Enrollment.CopyDocumentAsync(url!, destination);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(FiftyMegabytes, copied.BytesCopied);
        Assert.Equal(FiftyMegabytes, copied.Length);
        Assert.NotNull(copied.ContentType);
        Assert.Equal(copied.ContentMd5, md5.GetHashAndReset());
        // Buffering the file would allocate at least its 50 MB; streaming allocates a small fraction
        // (this counts the in-process simulator's allocations too).
        Assert.True(allocated < FiftyMegabytes / 2, $"allocated {allocated / 1024 / 1024} MB");
    }

    /// <summary>A destination that keeps nothing: it hashes what it is given.</summary>
    private sealed class HashingSink(IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);
    }
}
