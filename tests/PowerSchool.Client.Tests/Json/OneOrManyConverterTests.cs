using System.Text.Json;
using PowerSchool.Client.Json;
using PowerSchool.Client.Sis.Schools;

namespace PowerSchool.Client.Tests.Json;

public sealed class OneOrManyConverterTests
{
    private static IReadOnlyList<SisCourse> Read(string json) =>
        JsonSerializer.Deserialize(json, SisJsonContext.Default.IReadOnlyListSisCourse)!;

    [Fact]
    public void A_single_object_reads_as_a_list_of_one()
    {
        var courses = Read("""{"id":7,"course_number":"MATH101"}""");

        Assert.Equal(7, Assert.Single(courses).Id);
    }

    [Fact]
    public void An_array_reads_in_order()
    {
        var courses = Read("""[{"id":1},{"id":2},{"id":3}]""");

        Assert.Equal([1L, 2L, 3L], courses.Select(c => c.Id));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("[]")]
    public void Null_empty_text_and_empty_array_read_as_empty(string json) => Assert.Empty(Read(json));

    [Fact]
    public void A_missing_collection_reads_as_empty_inside_a_wrapper()
    {
        var body = JsonSerializer.Deserialize("""{"results":{"insert_count":0}}""", SisJsonContext.Default.StudentPostResponse)!;

        Assert.Empty(body.Results!.Result ?? []);
    }

    [Fact]
    public void Writes_an_array_even_for_one_item()
    {
        var json = JsonSerializer.Serialize<IReadOnlyList<SisCourse>>([new SisCourse { Id = 4 }], SisJsonContext.Default.IReadOnlyListSisCourse);

        Assert.StartsWith("[", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_sent_for_text_fields_are_read_as_text()
    {
        var result = JsonSerializer.Deserialize("""{"results":{"result":{"client_uid":42,"status":"SUCCESS"}}}""",
            SisJsonContext.Default.StudentPostResponse)!;

        Assert.Equal("42", Assert.Single(result.Results!.Result!).ClientUid);
    }
}
