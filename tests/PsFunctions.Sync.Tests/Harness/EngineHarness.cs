using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Time.Testing;
using PsFunctions.Azure.Storage.Queues;
using PsFunctions.Hosting;
using PsFunctions.Sync.Audit;
using PsFunctions.Sync.Batches;
using PsFunctions.Sync.Enrollment;
using PsFunctions.Sync.Events;
using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Harness;

/// <summary>
/// One "process" of the product as the hosts compose it (<c>AddPsFunctions</c>: the Azure adapters, the PowerSchool
/// clients, the engine; events taken by an in-memory destination, as a host registers its own before the product), over a test's
/// <see cref="TestStorage"/> in the shared Azurite and, when given, a simulator over loopback. Around the real
/// adapters sit crash points (<see cref="CrashPlan"/>); PowerSchool answers can be lost (<see cref="LostAnswers"/>);
/// messages sent with a visibility delay are held in <see cref="Delayed"/> until the test releases them (they do not
/// survive the harness); queues are drained by the hosts' queue loop (<see cref="StorageQueueProcessor"/>). Starting a second harness over
/// the same storage is a restart after a crash.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private EngineHarness(ServiceProvider services, TestStorage storage, EngineSetup setup, PublishedEvents events, DelayedMessages delayed)
    {
        Delayed = delayed;
        _services = services;
        Storage = storage;
        Crashes = setup.Crashes;
        LostAnswers = setup.LostAnswers;
        Events = events;
    }

    public TestStorage Storage { get; }

    public CrashPlan Crashes { get; }

    public LostAnswers LostAnswers { get; }

    /// <summary>What the engine published.</summary>
    public PublishedEvents Events { get; }

    /// <summary>Messages the engine sent with a visibility delay (deferrals, claim waits): held until the test releases them.</summary>
    public DelayedMessages Delayed { get; }

    public EnrollmentIntake Intake => Get<EnrollmentIntake>();

    /// <summary>The dispatcher both hosts call with a queue's delivery count.</summary>
    public WorkDispatcher Dispatcher => Get<WorkDispatcher>();

    public static EngineHarness Start(TestStorage storage, EngineSetup? setup = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        setup ??= new EngineSetup();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(storage, setup)).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        if (setup.Time is { } time)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IEventPublisher, AcceptingEventPublisher>();
        services.AddSingleton(AcceptingEventPublisher.Destination);
        services.AddPsFunctions(configuration);
        var events = new PublishedEvents();
        var delayed = new DelayedMessages(setup.Time ?? TimeProvider.System);
        AddFaults(services, setup, events);
        services.Decorate<IWorkQueue>(delayed.Around);
        setup.Services?.Invoke(services);
        return new EngineHarness(services.BuildServiceProvider(validateScopes: true), storage, setup, events, delayed);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Hands <paramref name="message"/> to its queue's handler as its <paramref name="dequeueCount"/>-th delivery (the last-delivery hook included).</summary>
    public Task DeliverAsync<TMessage>(TMessage message, int dequeueCount = 1)
        where TMessage : class, IWorkMessage<TMessage> =>
        Dispatcher.DispatchAsync(TMessage.QueueName, TMessage.ToJson(message), dequeueCount);

    /// <summary>
    /// Runs the hosts' queue loop over the messages of <paramref name="queueName"/> visible now (a failed one comes back
    /// at once, until its last delivery poisons it). A <see cref="SimulatedCrashException"/> stops it: the message it
    /// held is visible again at once, and the exception is thrown.
    /// </summary>
    public Task<QueueCounts> DrainAsync(string queueName) =>
        Get<StorageQueueProcessor>().DrainAsync(queueName, QueueDrain.Visible with { StopOn = error => error is SimulatedCrashException });

    /// <summary>
    /// Drains <paramref name="queueNames"/> round after round; between rounds moves <paramref name="clock"/> to when the
    /// next held message is due and releases it, so a run of deferrals takes no real time. <paramref name="beforeRound"/>
    /// sees the clock first (to heal a fault at a moment of the test's choosing). Ends when no queue has a visible
    /// message and nothing is held, or after <paramref name="maxRounds"/>; returns what the rounds did.
    /// </summary>
    public async Task<QueueCounts> DrainOnMovingClockAsync(
        FakeTimeProvider clock, Func<DateTimeOffset, Task> beforeRound, int maxRounds, params string[] queueNames)
    {
        var total = QueueCounts.None;
        for (var round = 0; round < maxRounds; round++)
        {
            await beforeRound(clock.GetUtcNow());
            foreach (var queue in queueNames)
            {
                total = total.Add(await DrainAsync(queue));
            }

            if (Delayed.NextDue is not { } due)
            {
                return total;
            }

            if (due > clock.GetUtcNow())
            {
                clock.SetUtcNow(due);
            }

            await Delayed.ReleaseDueAsync();
        }

        throw new InvalidOperationException($"The queues did not settle in {maxRounds} rounds; {Delayed.Waiting.Count} message(s) still held.");
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static Dictionary<string, string?> Settings(TestStorage storage, EngineSetup setup)
    {
        var settings = new Dictionary<string, string?>(storage.Settings, StringComparer.OrdinalIgnoreCase)
        {
            [$"Secrets:{IdentityHashKey.SecretName}"] = TestHashKey.Value,
            // A failed message is visible again at once, so one drain sees all its deliveries; one message at a time,
            // so a crash point fires in one known handling.
            ["Sync:Queues:RetryDelay"] = "00:00:00",
            ["Sync:Queues:BatchSize"] = "1",
        };
        if (setup.Simulator is { } sim)
        {
            settings["PowerSchool:Sis:BaseUrl"] = sim.BaseAddress.ToString();
            settings["PowerSchool:Enrollment:BaseUrl"] = sim.BaseAddress.ToString();
            settings["PowerSchool:Enrollment:Documents:AllowPrivateAddresses"] = "true";
            settings["Secrets:powerschool-sis-client-id"] = sim.ClientId;
            settings["Secrets:powerschool-sis-client-secret"] = sim.ClientSecret;
            settings["Secrets:powerschool-enrollment-api-key"] = sim.EnrollmentApiKey;
            foreach (var client in (string[])["Sis", "Enrollment"])
            {
                settings[$"PowerSchool:{client}:Resilience:BaseDelay"] = "00:00:00.002";
                settings[$"PowerSchool:{client}:Resilience:MaxRetryAttempts"] = "2";
                settings[$"PowerSchool:{client}:Resilience:MaxRetryAfter"] = "00:00:02";
            }
        }

        foreach (var (key, value) in setup.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static void AddFaults(IServiceCollection services, EngineSetup setup, PublishedEvents events)
    {
        var crashes = setup.Crashes;
        services.Decorate<IBatchArchive>(inner => new CrashingBatchArchive(inner, crashes));
        services.Decorate<IBatchLedger>(inner => new CrashingBatchLedger(inner, crashes));
        services.Decorate<IUpsertLedger>(inner => new CrashingUpsertLedger(inner, crashes));
        services.Decorate<IAuditStore>(inner => new CrashingAuditStore(inner, crashes));
        services.Decorate<IWorkQueue>(inner => new CrashingWorkQueue(inner, crashes));
        services.Decorate<IEventPublisher>(inner => new CrashingEventPublisher(inner, crashes, events));
        services.ConfigureAll<HttpClientFactoryOptions>(options =>
            options.HttpMessageHandlerBuilderActions.Add(builder => builder.AdditionalHandlers.Add(new LostAnswerHandler(setup.LostAnswers))));
    }
}
