using System.Collections.Concurrent;
using Microsoft.ApplicationInsights.Channel;

namespace PsFunctions.App.Tests.Telemetry;

/// <summary>Keeps every telemetry item the worker would send to Application Insights, after every processor ran.</summary>
internal sealed class InMemoryTelemetryChannel : ITelemetryChannel
{
    private readonly ConcurrentQueue<ITelemetry> _items = new();

    public IReadOnlyList<ITelemetry> Items => [.. _items];

    public bool? DeveloperMode { get; set; }

    public string EndpointAddress { get; set; } = "http://127.0.0.1:9/";

    public void Send(ITelemetry item) => _items.Enqueue(item);

    public void Flush()
    {
    }

    public void Dispose()
    {
    }
}
