using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Auth;
using PowerSchool.Client.Tests.Sis.Students;
using PsFunctions.Testing;

namespace PowerSchool.Client.Tests.Resilience;

public sealed class LogRedactionTests
{
    [Fact]
    public async Task No_log_line_holds_a_student_name_token_secret_or_query_value()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var tokens = new RecordingTokenCache();
        await using var clients = ClientHarness.Create(sim, services: s => s.AddSingleton<ISisTokenCache>(tokens));
        var filterValue = "Zyxwvutsrq";

        var names = new List<string>();
        await foreach (var student in clients.Sis.GetStudentsAsync(new SisReadOptions { Expansions = ["demographics"] }))
        {
            names.Add(student.Name!.LastName!);
        }

        await clients.Sis.CountStudentsAsync(PowerSchool.Client.Sis.Query.Fiql.Field("name.last_name").StartsWith(filterValue));
        await clients.Sis.WriteStudentsAsync([StudentBuilder.Insert("Quetzalcoatlus")]);
        using (var revoke = await sim.Admin.PostAsync(new Uri("_sim/sis/tokens/revoke", UriKind.Relative), null))
        {
            revoke.EnsureSuccessStatusCode();
        }

        await clients.Sis.CountStudentsAsync();

        var lines = clients.Logs.GetSnapshot()
            .Select(r => r.Message + " " + string.Join(' ', r.StructuredState?.Select(kv => kv.Value) ?? []))
            .ToList();
        var forbidden = names.Distinct().Append("Quetzalcoatlus").Append(filterValue)
            .Append(sim.ClientSecret).Append(sim.ClientId).Concat(tokens.Seen).ToList();

        Assert.NotEmpty(lines);
        Assert.Equal(2, tokens.Seen.Count);
        Assert.DoesNotContain(lines, line => forbidden.Any(f => line.Contains(f, StringComparison.Ordinal)));
    }

    /// <summary>The default cache, remembering every token it was given so the test knows what to look for.</summary>
    private sealed class RecordingTokenCache : ISisTokenCache
    {
        private readonly InMemorySisTokenCache _inner = new();

        public List<string> Seen { get; } = [];

        public ValueTask<SisAccessToken?> GetAsync(string key, CancellationToken cancellationToken = default) => _inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, SisAccessToken token, CancellationToken cancellationToken = default)
        {
            lock (Seen)
            {
                Seen.Add(token.Value);
            }

            return _inner.SetAsync(key, token, cancellationToken);
        }

        public ValueTask RemoveAsync(string key, SisAccessToken rejected, CancellationToken cancellationToken = default) =>
            _inner.RemoveAsync(key, rejected, cancellationToken);
    }
}
