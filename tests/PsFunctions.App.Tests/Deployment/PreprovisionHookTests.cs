namespace PsFunctions.App.Tests.Deployment;

/// <summary>infra/hooks/preprovision.{sh,ps1}: the principal type from the signed-in account, and a region check.</summary>
public sealed class PreprovisionHookTests
{
    [Theory]
    [InlineData(HookShell.Sh, "user", "User")]
    [InlineData(HookShell.Sh, "servicePrincipal", "ServicePrincipal")]
    [InlineData(HookShell.Pwsh, "servicePrincipal", "ServicePrincipal")]
    public async Task The_principal_type_comes_from_the_signed_in_account(HookShell shell, string accountType, string principalType)
    {
        using var clis = new StandInClis { AccountType = accountType };

        var result = await HookRunner.RunAsync(shell, "preprovision", clis, new Dictionary<string, string> { ["AZURE_LOCATION"] = "eastus2" });

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Contains($"azd env set AZURE_PRINCIPAL_TYPE {principalType}", clis.Calls);
    }

    [Theory]
    [MemberData(nameof(HookShells.Both), MemberType = typeof(HookShells))]
    public async Task A_region_without_flex_consumption_stops_the_provision(HookShell shell)
    {
        using var clis = new StandInClis();

        var result = await HookRunner.RunAsync(shell, "preprovision", clis, new Dictionary<string, string> { ["AZURE_LOCATION"] = "westus" });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Region 'westus' does not offer the Flex Consumption plan", result.Errors.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }
}
