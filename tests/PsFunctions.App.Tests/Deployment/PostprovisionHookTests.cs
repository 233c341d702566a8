namespace PsFunctions.App.Tests.Deployment;

/// <summary>
/// infra/hooks/postprovision.{sh,ps1} with stand-in CLIs: each secret the vault lacks is asked for and written with
/// `az keyvault secret set`, its value never on a command line, in azd's environment or in the output.
/// </summary>
public sealed class PostprovisionHookTests
{
    private static readonly Dictionary<string, string> Outputs = new(StringComparer.Ordinal)
    {
        ["AZURE_ENV_NAME"] = "hooktest",
        ["KEY_VAULT_NAME"] = "kv-hooktest",
        ["AZURE_FUNCTION_URL"] = "https://func-api-hooktest.azurewebsites.net",
        ["WEBHOOK_SOURCES"] = "district-portal",
    };

    [Theory]
    [MemberData(nameof(HookShells.Both), MemberType = typeof(HookShells))]
    public async Task Each_missing_secret_is_asked_for_and_written_to_key_vault_and_nowhere_else(HookShell shell)
    {
        using var clis = new StandInClis();

        // The Enrollment API key is skipped (an empty answer).
        var result = await HookRunner.RunAsync(shell, "postprovision", clis, Outputs, "sis-id-0001\nsis-secret-0002\n\nhook-secret-0003\n");

        Assert.True(result.ExitCode == 0, result.Errors);
        var written = clis.WrittenSecrets;
        Assert.Equal("sis-id-0001", written["powerschool-sis-client-id"]);
        Assert.Equal("sis-secret-0002", written["powerschool-sis-client-secret"]);
        Assert.Equal("hook-secret-0003", written["webhook-district-portal-secret"]);
        Assert.False(written.ContainsKey("powerschool-enrollment-api-key"));
        Assert.All(["sis-id-0001", "sis-secret-0002", "hook-secret-0003", written["psfunctions-hash-key"]], value =>
        {
            Assert.DoesNotContain(clis.Calls, call => call.Contains(value, StringComparison.Ordinal));
            Assert.DoesNotContain(value, result.Output, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(clis.Calls, call => call.StartsWith("azd env set", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HookShells.Both), MemberType = typeof(HookShells))]
    public async Task A_missing_hash_key_is_created_as_a_random_32_byte_key(HookShell shell)
    {
        using var clis = new StandInClis();

        var first = await HookRunner.RunAsync(shell, "postprovision", clis, Outputs);
        var firstKey = clis.WrittenSecrets["psfunctions-hash-key"];
        using var other = new StandInClis();
        await HookRunner.RunAsync(shell, "postprovision", other, Outputs);

        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Equal(32, Convert.FromBase64String(firstKey).Length);
        Assert.NotEqual(firstKey, other.WrittenSecrets["psfunctions-hash-key"]);
    }

    [Theory]
    [MemberData(nameof(HookShells.Both), MemberType = typeof(HookShells))]
    public async Task Secrets_the_vault_holds_are_neither_asked_for_nor_written_again(HookShell shell)
    {
        using var clis = new StandInClis();
        var required = (await EmptyConfiguration.ReportAsync()).MissingSecrets;
        clis.ExistingSecrets = [.. required, "webhook-district-portal-secret", "psfunctions-hash-key"];

        var result = await HookRunner.RunAsync(shell, "postprovision", clis, Outputs);

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Empty(clis.WrittenSecrets);
        Assert.Contains("Key Vault kv-hooktest holds every secret the app reads.", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HookShells.Both), MemberType = typeof(HookShells))]
    public async Task Every_secret_the_app_requires_is_asked_for_and_the_ones_left_out_are_named_in_the_next_steps(HookShell shell)
    {
        using var clis = new StandInClis();
        // The hash key is created by the hook, never asked for.
        var required = (await EmptyConfiguration.ReportAsync()).MissingSecrets.Where(secret => secret != "psfunctions-hash-key").ToList();

        var result = await HookRunner.RunAsync(shell, "postprovision", clis, Outputs);

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.NotEmpty(required);
        Assert.All(required, secret => Assert.Contains($"for {secret};", result.Output + result.Errors, StringComparison.Ordinal));
        var nextSteps = result.Output[result.Output.IndexOf("Next steps", StringComparison.Ordinal)..];
        Assert.All(required, secret => Assert.Contains(secret, nextSteps, StringComparison.Ordinal));
        Assert.Contains("kv-hooktest", nextSteps, StringComparison.Ordinal);
        Assert.Contains("https://func-api-hooktest.azurewebsites.net/api/health", nextSteps, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HookShells.Both), MemberType = typeof(HookShells))]
    public async Task The_plugin_zip_is_written_into_the_azd_environment_folder(HookShell shell)
    {
        using var clis = new StandInClis();

        var result = await HookRunner.RunAsync(shell, "postprovision", clis, Outputs);

        Assert.True(result.ExitCode == 0, result.Errors);
        var run = Assert.Single(clis.Calls, call => call.StartsWith("dotnet run", StringComparison.Ordinal));
        Assert.Contains("src/PsFunctions.Local -- plugin --output ", run, StringComparison.Ordinal);
        Assert.EndsWith(".azure/hooktest/powerschool-plugin.zip", run, StringComparison.Ordinal);
        Assert.Contains(".azure/hooktest/powerschool-plugin.zip", result.Output, StringComparison.Ordinal);
    }
}
