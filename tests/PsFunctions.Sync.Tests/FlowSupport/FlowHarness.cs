using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using PowerSchool.Client.DependencyInjection;
using PowerSchool.Client.Enrollment;
using PowerSchool.Client.Sis;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Testing;
using PsFunctions.Sync.Hosting;

namespace PsFunctions.Sync.Tests.FlowSupport;

/// <summary>
/// One "process" of the sync engine as a host wires it (AddSyncEngine),
/// over a test's <see cref="FlowStorage"/> and the simulator, with crash points around every adapter.
/// Starting a second harness over the same storage and event recorder is a restart after a crash.
/// </summary>
internal sealed class FlowHarness : IAsyncDisposable
{
    /// <summary>The delivery target the flow simulator offers (a GUID, as PowerSchool Enrollment issues them).</summary>
    public const string DeliveryTargetId = "0c8f3d52-6a1e-4b7f-9d20-5e4a7b1c9f03";

    private readonly ServiceProvider _services;

    private FlowHarness(ServiceProvider services, FlowStorage storage, RecordingEventPublisher events, CrashPlan crashes, LostAnswers lostAnswers)
    {
        _services = services;
        Storage = storage;
        Events = events;
        Crashes = crashes;
        LostAnswers = lostAnswers;
    }

    public FlowStorage Storage { get; }

    public RecordingEventPublisher Events { get; }

    public CrashPlan Crashes { get; }

    public LostAnswers LostAnswers { get; }

    public EnrollmentIntake Intake => _services.GetRequiredService<EnrollmentIntake>();

    /// <summary>The dispatcher both hosts call with a queue's delivery count.</summary>
    public WorkDispatcher Dispatcher => _services.GetRequiredService<WorkDispatcher>();

    /// <summary>Hands <paramref name="message"/> to its queue's handler as its <paramref name="dequeueCount"/>-th delivery (the last-delivery hook included).</summary>
    public Task DeliverAsync<TMessage>(TMessage message, int dequeueCount = 1)
        where TMessage : class, IWorkMessage<TMessage> =>
        Dispatcher.DispatchAsync(TMessage.QueueName, TMessage.ToJson(message), dequeueCount);

    public ISisClient Sis => _services.GetRequiredService<ISisClient>();

    public IEnrollmentClient Enrollment => _services.GetRequiredService<IEnrollmentClient>();

    /// <summary>Starts a harness; pass the <paramref name="events"/> and <paramref name="crashes"/> of an earlier one to restart it.</summary>
    public static FlowHarness Start(
        SimulatorHost sim,
        FlowStorage storage,
        RecordingEventPublisher? events = null,
        CrashPlan? crashes = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(sim);
        ArgumentNullException.ThrowIfNull(storage);
        crashes ??= new CrashPlan();
        events ??= new RecordingEventPublisher(crashes);
        var lostAnswers = new LostAnswers();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(Settings(sim, settings)).Build());
        services.AddLogging();
        services.AddPowerSchoolSis(options => Fast(options.Resilience));
        services.AddPowerSchoolEnrollment(options => Fast(options.Resilience));
        services.ConfigureAll<HttpClientFactoryOptions>(options =>
            options.HttpMessageHandlerBuilderActions.Add(builder => builder.AdditionalHandlers.Add(new LostAnswerHandler(lostAnswers))));
        services.AddSingleton<IBatchArchive>(new CrashingBatchArchive(storage.Archive, crashes));
        services.AddSingleton<IBatchLedger>(new CrashingBatchLedger(storage.BatchLedger, crashes));
        services.AddSingleton<IUpsertLedger>(new CrashingUpsertLedger(storage.UpsertLedger, crashes));
        services.AddSingleton(storage.IntakeLock);
        services.AddSingleton(storage.Claims);
        services.AddSingleton(storage.Rejections);
        services.AddSingleton<IWorkQueue>(new CrashingWorkQueue(storage.WorkQueue, storage.QueuePrefix, crashes));
        services.AddSingleton<IEventPublisher>(events);
        services.AddSingleton(storage.Documents);
        services.AddSyncEngine();
        return new FlowHarness(services.BuildServiceProvider(validateScopes: true), storage, events, crashes, lostAnswers);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static Dictionary<string, string?> Settings(SimulatorHost sim, IReadOnlyDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["PowerSchool:Sis:BaseUrl"] = sim.BaseAddress.ToString(),
            ["PowerSchool:Sis:MaxRecordsPerPost"] = "10",
            ["PowerSchool:Enrollment:BaseUrl"] = sim.BaseAddress.ToString(),
            ["Secrets:powerschool-sis-client-id"] = sim.ClientId,
            ["Secrets:powerschool-sis-client-secret"] = sim.ClientSecret,
            ["Secrets:powerschool-enrollment-api-key"] = sim.EnrollmentApiKey,
            ["Sync:DocumentItems:0"] = "data.documents.birthCertificate",
            ["Sync:DocumentItems:1"] = "data.documents.proofOfResidence",
            ["Sync:Queues:MaxDequeueCount"] = "3",
            ["Sync:DeliveryTargets"] = DeliveryTargetId,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    // Retries in milliseconds, not seconds: the tests exercise what happens after the client gives up.
    private static void Fast(PowerSchool.Client.Resilience.PowerSchoolResilienceOptions resilience)
    {
        resilience.BaseDelay = TimeSpan.FromMilliseconds(2);
        resilience.MaxRetryAttempts = 2;
        resilience.MaxRetryAfter = TimeSpan.FromSeconds(2);
    }
}
