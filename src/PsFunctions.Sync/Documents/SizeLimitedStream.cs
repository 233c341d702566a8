using PowerSchool.Client.Enrollment;

namespace PsFunctions.Sync.Documents;

/// <summary>
/// Reads a document's bytes and refuses (<see cref="DocumentRefusedException"/>) once more than the maximum came:
/// a source that sends no Content-Length, or a wrong one, cannot stream an unbounded file into storage.
/// </summary>
internal sealed class SizeLimitedStream(Stream inner, long maxBytes) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public static DocumentRefusedException TooLarge(long maxBytes) =>
        new($"The document is larger than {DocumentMirrorOptions.Section}:{nameof(DocumentMirrorOptions.MaxBytes)} ({maxBytes:N0} bytes).");

    private int Count(int read)
    {
        _read += read;
        return _read > maxBytes ? throw TooLarge(maxBytes) : read;
    }
}
