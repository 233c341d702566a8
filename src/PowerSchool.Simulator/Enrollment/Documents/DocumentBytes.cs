using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Documents;

/// <summary>
/// The content of a document, generated from its object id: a file-type header, then pseudo-random bytes where
/// each 8-byte word is a hash of the seed and the word's index. Any range can be produced without the rest, so
/// a 50 MB file is streamed chunk by chunk and never held in memory.
/// </summary>
public sealed class DocumentBytes
{
    public const int ChunkSize = 64 * 1024;

    private static readonly byte[] PdfHeader = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8.ToArray();
    private static readonly byte[] JpegHeader = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00];

    private readonly ulong _seed;
    private readonly byte[] _header;

    public DocumentBytes(DocumentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
        _seed = BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(file.ObjectId.ToUpperInvariant())));
        _header = file.ContentType == "application/pdf" ? PdfHeader : file.ContentType == "image/jpeg" ? JpegHeader : [];
    }

    public DocumentFile File { get; }

    /// <summary>Writes the bytes at <paramref name="offset"/> into <paramref name="destination"/> (which must fit in the file).</summary>
    public void Fill(long offset, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + destination.Length, File.Length);
        Span<byte> word = stackalloc byte[8];
        for (var index = 0; index < destination.Length;)
        {
            var position = offset + index;
            if (position < _header.Length)
            {
                destination[index++] = _header[position];
                continue;
            }

            BinaryPrimitives.WriteUInt64LittleEndian(word, Mix(_seed + (ulong)(position / 8)));
            var start = (int)(position % 8);
            var count = Math.Min(8 - start, destination.Length - index);
            word.Slice(start, count).CopyTo(destination[index..]);
            index += count;
        }
    }

    /// <summary>Streams the whole file in <see cref="ChunkSize"/> pieces through one pooled buffer.</summary>
    public async Task CopyToAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            for (long offset = 0; offset < File.Length; offset += ChunkSize)
            {
                var count = (int)Math.Min(ChunkSize, File.Length - offset);
                Fill(offset, buffer.AsSpan(0, count));
                await output.WriteAsync(buffer.AsMemory(0, count), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The base64 MD5 of the whole file, computed by running the generator once (chunk by chunk).</summary>
    public string ComputeContentMd5()
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            for (long offset = 0; offset < File.Length; offset += ChunkSize)
            {
                var count = (int)Math.Min(ChunkSize, File.Length - offset);
                Fill(offset, buffer.AsSpan(0, count));
                md5.AppendData(buffer, 0, count);
            }

            return Convert.ToBase64String(md5.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // SplitMix64's finaliser: cheap, and consecutive inputs give unrelated outputs.
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
