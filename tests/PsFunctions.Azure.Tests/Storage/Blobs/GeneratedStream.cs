using System.Security.Cryptography;

namespace PsFunctions.Azure.Tests.Storage.Blobs;

/// <summary>
/// A forward-only stream of <paramref name="length"/> deterministic bytes made on the fly: it holds no
/// buffer of its size and cannot be rewound, so an adapter that buffers or reads twice is caught.
/// </summary>
internal sealed class GeneratedStream(long length, int seed = 7) : Stream
{
    private long _position;

    public int ReadCalls { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("Forward-only stream.");

    public override long Position
    {
        get => throw new NotSupportedException("Forward-only stream.");
        set => throw new NotSupportedException("Forward-only stream.");
    }

    /// <summary>The MD5 of the bytes a stream of this length and seed produces.</summary>
    public static byte[] Md5Of(long length, int seed = 7)
    {
        using var stream = new GeneratedStream(length, seed);
        return Md5Of(stream);
    }

    /// <summary>The MD5 of what is left in <paramref name="stream"/> (the same hash the blob service keeps).</summary>
    public static byte[] Md5Of(Stream stream)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            md5.AppendData(buffer, 0, read);
        }

        return md5.GetHashAndReset();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ReadCalls++;
        var count = (int)Math.Min(buffer.Length, length - _position);
        for (var i = 0; i < count; i++)
        {
            var at = _position + i;
            buffer[i] = (byte)((at * 31) ^ (at >> 9) ^ seed);
        }

        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("Forward-only stream.");

    public override void SetLength(long value) => throw new NotSupportedException("Forward-only stream.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read-only stream.");
}
