using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PsFunctions.App.Tests.Deployment;

/// <summary>infra/hooks/postdeploy.{sh,ps1} against a loopback stand-in of the deployed app: it prints what the app reports.</summary>
public sealed class PostdeployHookTests
{
    private static readonly string[] Missing = ["powerschool-enrollment-api-key"];

    [Theory]
    [MemberData(nameof(HookShells.Both), MemberType = typeof(HookShells))]
    public async Task Health_and_status_are_printed_and_the_function_key_goes_in_a_header(HookShell shell)
    {
        var statusKeys = new List<string?>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapGet("/api/health", () => Results.Json(new { status = "not configured", missing = Missing }, statusCode: 503));
        app.MapGet("/api/status", (HttpRequest request) =>
        {
            statusKeys.Add(request.Query.ContainsKey("code") ? "in the URL" : request.Headers["x-functions-key"].ToString());
            return Results.Json(new { setup = new { status = "not configured" } });
        });
        await app.StartAsync();
        using var clis = new StandInClis();

        var result = await HookRunner.RunAsync(shell, "postdeploy", clis, new Dictionary<string, string>
        {
            ["AZURE_FUNCTION_NAME"] = "func-api-hooktest",
            ["AZURE_RESOURCE_GROUP"] = "rg-hooktest",
            ["AZURE_FUNCTION_URL"] = app.Urls.Single(),
        });

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Contains("\"missing\":[\"powerschool-enrollment-api-key\"]", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"setup\":{\"status\":\"not configured\"}", result.Output, StringComparison.Ordinal);
        Assert.Equal(["status-key-123"], statusKeys);
        Assert.Contains("az functionapp function keys list --name func-api-hooktest --resource-group rg-hooktest --function-name GetStatus --query default -o tsv", clis.Calls);
    }
}
