using System.Text.Json;
using PsFunctions.Sync.Events;

namespace PsFunctions.Azure.Tests.Events;

public sealed class CloudEventJsonTests
{
    private static readonly IntegrationEvent Sample = new(
        "evt-1", "org.psfunctions.student.changed", "/powerschool/sis", "students/42", "student-42",
        new DateTimeOffset(2026, 11, 2, 3, 30, 0, TimeSpan.FromHours(-5)),
        JsonDocument.Parse("""{"dcid":42}""").RootElement.Clone());

    [Fact]
    public void Event_is_written_with_the_cloud_events_attributes_and_utc_time()
    {
        using var json = JsonDocument.Parse(CloudEventJson.SerializeToUtf8Bytes(Sample));
        var root = json.RootElement;

        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal("evt-1", root.GetProperty("id").GetString());
        Assert.Equal("/powerschool/sis", root.GetProperty("source").GetString());
        Assert.Equal("org.psfunctions.student.changed", root.GetProperty("type").GetString());
        Assert.Equal("students/42", root.GetProperty("subject").GetString());
        Assert.Equal("2026-11-02T08:30:00Z", root.GetProperty("time").GetString());
        Assert.Equal("application/json", root.GetProperty("datacontenttype").GetString());
        Assert.Equal(42, root.GetProperty("data").GetProperty("dcid").GetInt32());
    }

    [Fact]
    public void Event_without_data_has_neither_data_nor_its_content_type()
    {
        using var json = JsonDocument.Parse(CloudEventJson.SerializeToUtf8Bytes(Sample with { Data = default }));

        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.False(json.RootElement.TryGetProperty("datacontenttype", out _));
    }

    [Fact]
    public void Event_without_a_source_is_refused_naming_the_attribute()
    {
        var error = Assert.Throws<ArgumentException>(() => CloudEventJson.SerializeToUtf8Bytes(Sample with { Source = " " }));

        Assert.Equal("IntegrationEvent.Source", error.ParamName);
    }

    [Fact]
    public void Document_that_is_not_a_cloud_event_is_refused_on_read()
    {
        Assert.Throws<JsonException>(() => CloudEventJson.Parse("""{"specversion":"0.3","id":"x"}"""u8));
    }
}
