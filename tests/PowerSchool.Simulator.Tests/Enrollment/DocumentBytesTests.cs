using PowerSchool.Simulator.Enrollment.Documents;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Tests.Enrollment;

public sealed class DocumentBytesTests
{
    private static readonly DocumentFile Pdf = new("8e2b6c0a-1f4d-4c3e-9a7b-5d6e7f8091a2", "birthCertificate", "birthCertificate.pdf", "application/pdf", 200_003);

    [Fact]
    public async Task Streaming_writes_exactly_the_length_and_starts_with_the_file_type_header()
    {
        using var output = new MemoryStream();

        await new DocumentBytes(Pdf).CopyToAsync(output);

        Assert.Equal(Pdf.Length, output.Length);
        Assert.Equal("%PDF-"u8.ToArray(), output.ToArray()[..5]);
    }

    [Fact]
    public async Task Any_range_equals_the_same_range_of_the_streamed_file()
    {
        using var output = new MemoryStream();
        await new DocumentBytes(Pdf).CopyToAsync(output);
        var whole = output.ToArray();
        var bytes = new DocumentBytes(Pdf);

        foreach (var (offset, length) in new[] { (0L, 3), (5L, 17), (65_530L, 20), (123_457L, 4_099), (Pdf.Length - 9, 9) })
        {
            var range = new byte[length];
            bytes.Fill(offset, range);
            Assert.Equal(whole.AsSpan((int)offset, length).ToArray(), range);
        }
    }

    [Fact]
    public async Task The_content_md5_is_the_md5_of_the_streamed_bytes()
    {
        using var output = new MemoryStream();
        await new DocumentBytes(Pdf).CopyToAsync(output);

        var md5 = new DocumentBytes(Pdf).ComputeContentMd5();

        Assert.Equal(Convert.ToBase64String(Md5.Of(output.ToArray())), md5);
    }

    [Fact]
    public async Task Different_object_ids_give_different_bytes_and_the_same_id_the_same_bytes()
    {
        var other = Pdf with { ObjectId = "0b7c5e21-9d3a-4f6b-8c2e-1a4d7f9e3b50" };

        var first = await ContentAsync(Pdf);
        var again = await ContentAsync(Pdf);
        var different = await ContentAsync(other);

        Assert.Equal(first, again);
        Assert.NotEqual(first, different);
    }

    private static async Task<byte[]> ContentAsync(DocumentFile file)
    {
        using var output = new MemoryStream();
        await new DocumentBytes(file).CopyToAsync(output);
        return output.ToArray();
    }
}
