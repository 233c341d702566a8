using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Sync.Status;

namespace PsFunctions.Hosting.Setup;

/// <summary>
/// The <c>/api/status</c> answer of every host: <c>setup</c> (the <see cref="SetupReport"/>) and, once the setup is complete,
/// <c>sync</c> (<see cref="SyncStatusReader"/>: runs, queues, rejections, change feed). Before that the engine's stores may not
/// even be reachable, so they are not asked.
/// </summary>
public sealed class StatusReport(SetupCheck setup, IServiceProvider services)
{
    public async Task<string> ReadJsonAsync(CancellationToken cancellationToken = default)
    {
        var report = await setup.CheckAsync(cancellationToken);
        var sync = report.IsConfigured ? await services.GetRequiredService<SyncStatusReader>().ReadJsonAsync(cancellationToken) : null;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("setup");
            JsonSerializer.Serialize(writer, report, SetupJsonContext.Default.SetupReport);
            if (sync is not null)
            {
                writer.WritePropertyName("sync");
                writer.WriteRawValue(sync);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
