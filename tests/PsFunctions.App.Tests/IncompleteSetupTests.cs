using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PsFunctions.App.ChangeFeed;
using PsFunctions.App.Enrollment;
using PsFunctions.App.Status;
using PsFunctions.App.Students;
using PsFunctions.Sync.Hashing;
using PsFunctions.Sync.Messaging;
using PsFunctions.Testing;

namespace PsFunctions.App.Tests;

/// <summary>
/// The Function App starts with whatever configuration it has and says what is missing: the host starts, /api/health and
/// /api/status name the missing settings and secrets, the timers do nothing and a queue message waits as a fresh message.
/// </summary>
public sealed class IncompleteSetupTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly string[] SecretNames = ["powerschool-sis-client-id", "powerschool-sis-client-secret", "powerschool-enrollment-api-key", IdentityHashKey.SecretName];

    [Fact]
    public async Task From_an_empty_configuration_the_host_starts_and_health_answers_not_configured_with_the_missing_names()
    {
        using var host = await StartAsync([]);

        var (status, body) = await GetAsync<GetHealth>(host, (function, request) => function.RunAsync(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.Equal("not configured", body.GetProperty("status").GetString());
        var missing = body.GetProperty("missing").EnumerateArray().Select(name => name.GetString()).ToList();
        Assert.Contains("PowerSchool:Sis:BaseUrl", missing);
        Assert.Contains("PowerSchool:Enrollment:BaseUrl", missing);
        Assert.Contains("Sync:DeliveryTargets", missing);
        Assert.All(SecretNames, secret => Assert.Contains(secret, missing));
    }

    [Fact]
    public async Task From_an_empty_configuration_the_timers_do_nothing_and_status_reports_the_setup_alone()
    {
        using var host = await StartAsync([]);

        await Function<PollEnrollmentDeliveries>(host).RunAsync(new TimerInfo(), CancellationToken.None);
        await Function<PollSisChanges>(host).RunAsync(new TimerInfo(), CancellationToken.None);
        var (status, body) = await GetAsync<GetStatus>(host, (function, request) => function.RunAsync(request, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, status);
        var setup = body.GetProperty("setup");
        Assert.Equal("not configured", setup.GetProperty("status").GetString());
        Assert.Contains(setup.GetProperty("invalidSettings").EnumerateArray(), problem => problem.GetString()!.Contains("PsStorage__queueServiceUri", StringComparison.Ordinal));
        Assert.False(body.TryGetProperty("sync", out _), "status read the stores of an app without storage settings");
    }

    [Fact]
    public async Task A_queue_message_that_arrives_before_the_secrets_is_put_back_as_a_fresh_message_not_completed()
    {
        var queueName = WorkQueues.StudentUpserts;
        var queue = new QueueClient(azurite.ConnectionString, queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        await queue.ClearMessagesAsync();
        using var host = await StartAsync(Configured(without: "Secrets:powerschool-sis-client-secret"));
        var text = """{"deliveryTargetId":"t1","batchId":"b1","submissionIds":["1"]}""";
        var delivered = QueuesModelFactory.QueueMessage("m1", "p1", BinaryData.FromString(text), dequeueCount: 4);

        await Function<ApplyStudentUpserts>(host).RunAsync(delivered, CancellationToken.None);

        // The copy is invisible for Setup:DeferDelay, but it is on the queue: the original may be completed without loss.
        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Empty((await queue.PeekMessagesAsync()).Value);
    }

    [Fact]
    public async Task A_secret_set_after_the_start_is_picked_up_without_a_restart()
    {
        var settings = Configured(without: "Secrets:powerschool-enrollment-api-key");
        settings["Setup:RecheckInterval"] = "00:00:00";
        using var host = await StartAsync(settings);
        var before = await GetAsync<GetHealth>(host, (function, request) => function.RunAsync(request, CancellationToken.None));

        host.Services.GetRequiredService<IConfiguration>()["Secrets:powerschool-enrollment-api-key"] = "set-later";
        var after = await GetAsync<GetHealth>(host, (function, request) => function.RunAsync(request, CancellationToken.None));

        Assert.Equal(["powerschool-enrollment-api-key"], before.Body.GetProperty("missing").EnumerateArray().Select(name => name.GetString()));
        Assert.NotEqual("not configured", after.Body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_invalid_setting_is_reported_with_its_name_and_rule_and_the_host_still_starts()
    {
        var settings = Configured(without: null);
        settings["PowerSchool:Sis:BaseUrl"] = "http://district.example.org";
        using var host = await StartAsync(settings);

        var (_, body) = await GetAsync<GetStatus>(host, (function, request) => function.RunAsync(request, CancellationToken.None));

        var problem = Assert.Single(body.GetProperty("setup").GetProperty("invalidSettings").EnumerateArray()).GetString()!;
        Assert.Contains("PowerSchool:Sis:BaseUrl must use https", problem, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Configured(string? without)
    {
        var settings = new Dictionary<string, string?>
        {
            ["PsStorage"] = azurite.ConnectionString,
            ["PowerSchool:Sis:BaseUrl"] = "https://district.example.org",
            ["PowerSchool:Enrollment:BaseUrl"] = "https://enrollment.example.org",
            ["Sync:DeliveryTargets"] = "t1",
        };
        foreach (var secret in SecretNames)
        {
            settings[$"Secrets:{secret}"] = "value";
        }

        settings[$"Secrets:{IdentityHashKey.SecretName}"] = TestHashKey.Value;

        settings.Remove(without ?? string.Empty);
        return settings;
    }

    // The worker's host as Program.cs builds it, minus telemetry: the start runs the start-up validation and the hosted services.
    private static async Task<IHost> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddFunctionApp(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static T Function<T>(IHost host) => ActivatorUtilities.CreateInstance<T>(host.Services);

    private static async Task<(int Status, JsonElement Body)> GetAsync<T>(IHost host, Func<T, HttpRequest, Task> run)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        await run(Function<T>(host), context.Request);
        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()));
        return (context.Response.StatusCode, document.RootElement.Clone());
    }
}
