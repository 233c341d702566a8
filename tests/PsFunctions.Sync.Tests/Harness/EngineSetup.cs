using Microsoft.Extensions.DependencyInjection;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>What a test changes in the engine an <see cref="EngineHarness"/> starts; the rest is as the hosts compose it.</summary>
internal sealed record EngineSetup
{
    /// <summary>
    /// The PowerSchool peer: the clients get its base URL and credentials, and retries in milliseconds (the tests
    /// exercise what happens after the client gives up). None: the clients are registered but have nowhere to go.
    /// </summary>
    public SimulatorHost? Simulator { get; init; }

    /// <summary>Settings over the harness's defaults (configuration keys, as in app settings).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The engine's clock (a <c>FakeTimeProvider</c> the test moves); none: the system clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>The crash points around the adapters and the event sink; give two harnesses one plan to share it.</summary>
    public CrashPlan Crashes { get; init; } = new();

    /// <summary>PowerSchool answers to lose on the way back (the request takes effect, the client sees a dropped connection).</summary>
    public LostAnswers LostAnswers { get; init; } = new();

    /// <summary>The last word on the services, after the composition and the crash points: a test's own decorators or replacements.</summary>
    public Action<IServiceCollection>? Services { get; init; }
}
