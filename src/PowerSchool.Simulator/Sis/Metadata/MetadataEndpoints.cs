using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.Sis.Metadata;

/// <summary><c>GET /ws/v1/metadata</c>: versions, the plugin id and the page-size limits the admin set for the plugin.</summary>
public static class MetadataEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/ws/v1/metadata", (IOptions<SisOptions> options) =>
    {
        var o = options.Value;
        return SimJson.Result(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("metadata");
            w.WriteNumber("course_max_page_size", o.CoursePageSize);
            w.WriteString("machine_uptime", "simulated");
            w.WriteString("mobile_api_version", "2.0");
            w.WriteNumber("plugin_id", o.PluginId);
            w.WriteString("powerschool_uptime", "simulated");
            w.WriteString("powerschool_version", "25.7.0.0.0 (PowerSchool simulator)");
            w.WriteString("powerteacher_version", "25.7");
            w.WriteNumber("school_max_page_size", o.SchoolPageSize);
            w.WriteNumber("schema_table_query_max_page_size", o.TablePageSize);
            w.WriteNumber("section_enrollment_max_page_size", o.SectionPageSize);
            w.WriteNumber("section_max_page_size", o.SectionPageSize);
            w.WriteNumber("staff_max_page_size", o.MaxPageSize);
            w.WriteString("state", "US");
            w.WriteString("state_reporting_version", "simulated");
            w.WriteNumber("student_max_page_size", o.StudentPageSize);
            w.WriteNumber("term_max_page_size", o.MaxPageSize);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    });
}
