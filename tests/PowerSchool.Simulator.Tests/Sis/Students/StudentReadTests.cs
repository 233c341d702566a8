using System.Net;
using System.Text.Json;
using PowerSchool.Simulator.Tests.Support;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.Sis.Students;

public sealed class StudentReadTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Several_results_are_an_array()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync("ws/v1/district/student?pagesize=3");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("students").GetProperty("student").ValueKind);
        Assert.Equal(3, body.GetProperty("students").GetProperty("student").GetArrayLength());
    }

    [Fact]
    public async Task One_result_is_an_object_not_an_array()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.GetJsonAsync("ws/v1/district/student?q=id==6");

        var student = body.GetProperty("students").GetProperty("student");
        Assert.Equal(JsonValueKind.Object, student.ValueKind);
        Assert.Equal(6, student.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task No_result_leaves_the_student_key_out()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync("ws/v1/district/student?q=id==2");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("students").TryGetProperty("student", out _));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync("ws/v1/district/student?page=1000&pagesize=100");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body.GetProperty("students").Items("student"));
    }

    [Fact]
    public async Task Paging_returns_every_student_exactly_once()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, count) = await client.GetJsonAsync("ws/v1/district/student/count");
        var seen = new List<long>();
        for (var page = 1; ; page++)
        {
            var (_, body) = await client.GetJsonAsync($"ws/v1/district/student?page={page}&pagesize=70");
            var items = body.GetProperty("students").Items("student");
            if (items.Count == 0)
            {
                break;
            }

            seen.AddRange(items.Select(s => s.GetProperty("id").GetInt64()));
        }

        Assert.Equal(count.GetProperty("resource").GetProperty("count").GetInt64(), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Page_size_is_capped_at_the_metadata_maximum()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, metadata) = await client.GetJsonAsync("ws/v1/metadata");
        var max = metadata.GetProperty("metadata").GetProperty("student_max_page_size").GetInt32();

        var (_, body) = await client.GetJsonAsync($"ws/v1/district/student?pagesize={max + 50}");

        Assert.Equal(max, body.GetProperty("students").Items("student").Count);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pagesize=abc")]
    public async Task Bad_paging_parameters_get_400(string query)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync($"ws/v1/district/student?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("page", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name.last_name")]
    [InlineData("id=zz=5")]
    [InlineData("nosuchfield==1")]
    [InlineData("id==abc")]
    [InlineData("school_enrollment.entry_date=gt=2026-13-45")]
    [InlineData("school_enrollment.enroll_status==X")]
    public async Task Malformed_q_gets_400_with_a_json_error(string q)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync($"ws/v1/district/student?q={Uri.EscapeDataString(q)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Q_combines_clauses_with_and_and_supports_a_trailing_wildcard()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, all) = await client.GetJsonAsync("ws/v1/district/student?pagesize=100");
        var sample = all.GetProperty("students").Items("student")[0];
        var last = sample.GetProperty("name").GetProperty("last_name").GetString()!;
        var prefix = last[..2].ToLowerInvariant();

        var (_, body) = await client.GetJsonAsync($"ws/v1/district/student?q={Uri.EscapeDataString($"name.last_name=={prefix}*;id=ge={sample.GetProperty("id").GetInt64()}")}&pagesize=100");
        var found = body.GetProperty("students").Items("student");

        Assert.Contains(found, s => s.GetProperty("id").GetInt64() == sample.GetProperty("id").GetInt64());
        Assert.All(found, s => Assert.StartsWith(prefix, s.GetProperty("name").GetProperty("last_name").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Enroll_status_filter_matches_only_that_status()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, active) = await client.GetJsonAsync("ws/v1/district/student/count?q=school_enrollment.enroll_status==a");
        var (_, byCode) = await client.GetJsonAsync("ws/v1/district/student/count?q=school_enrollment.enroll_status_code==0");
        var (_, all) = await client.GetJsonAsync("ws/v1/district/student/count");
        var (_, body) = await client.GetJsonAsync("ws/v1/district/student?q=school_enrollment.enroll_status==A&expansions=school_enrollment&pagesize=100");

        var activeCount = active.GetProperty("resource").GetProperty("count").GetInt64();
        Assert.Equal(activeCount, byCode.GetProperty("resource").GetProperty("count").GetInt64());
        Assert.InRange(activeCount, 1, all.GetProperty("resource").GetProperty("count").GetInt64() - 1);
        Assert.All(body.GetProperty("students").Items("student"), s => Assert.Equal("A", s.GetProperty("school_enrollment").GetProperty("enroll_status").GetString()));
    }

    [Fact]
    public async Task Single_student_has_expansions_and_extensions_attributes_and_requested_blocks()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync("ws/v1/student/4?expansions=demographics,addresses&extensions=studentcorefields,unknown_ext");

        Assert.Equal(HttpStatusCode.OK, status);
        var student = body.GetProperty("student");
        Assert.Contains("school_enrollment", student.GetProperty("@expansions").GetString(), StringComparison.Ordinal);
        Assert.Contains("studentcorefields", student.GetProperty("@extensions").GetString(), StringComparison.Ordinal);
        Assert.True(student.TryGetProperty("demographics", out _));
        Assert.True(student.TryGetProperty("addresses", out _));
        Assert.False(student.TryGetProperty("school_enrollment", out _));
        var extension = student.GetProperty("_extension_data").GetProperty("_table_extension");
        Assert.Equal("studentcorefields", extension.GetProperty("name").GetString());
    }

    [Fact]
    public async Task District_student_path_and_student_path_answer_the_same()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, one) = await client.GetJsonAsync("ws/v1/student/8");
        var (_, two) = await client.GetJsonAsync("ws/v1/district/student/8");

        Assert.Equal(one.GetRawText(), two.GetRawText());
    }

    [Fact]
    public async Task Projection_limits_the_top_level_fields()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.GetJsonAsync("ws/v1/student/4?projection=id,name");
        var student = body.GetProperty("student");

        Assert.True(student.TryGetProperty("name", out _));
        Assert.False(student.TryGetProperty("local_id", out _));
    }

    [Theory]
    [InlineData("ws/v1/student/999999")]
    [InlineData("ws/v1/district/student/99999999")]
    [InlineData("ws/v1/student/abc")]
    public async Task Unknown_student_gets_404_json(string path)
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (status, body) = await client.GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Count_answers_resource_count()
    {
        using var client = await fixture.Host.CreateAuthorizedClientAsync();
        var (_, body) = await client.GetJsonAsync("ws/v1/district/student/count");

        Assert.Equal(SimulatorHost.DefaultStudents, body.GetProperty("resource").GetProperty("count").GetInt64());
    }
}
