namespace PsFunctions.App.Tests.Deployment;

/// <summary>Issue 13 point 10 as main.bicep wires it: blob roles per container, the package out of the app's reach.</summary>
public sealed class InfrastructureHardeningTests(MainTemplate template) : IClassFixture<MainTemplate>
{
    private static readonly string[] BlobRoleIds =
    [
        "ba92f5b4-2d11-453d-a403-e96b0029c9fe", // Storage Blob Data Contributor
        "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
    ];

    [Fact]
    public void The_app_identity_has_no_blob_role_on_the_whole_account_and_none_on_the_deployment_package()
    {
        var accountRoles = template.Strings(template.ModuleParameter("rbac-app", "storageRoleIds"));
        var containers = template.Strings(template.ModuleParameter("rbac-app", "containerNames"));

        Assert.DoesNotContain(accountRoles, BlobRoleIds.Contains);
        Assert.Equal(["enrollment-batches", "student-documents", "azure-webjobs-hosts", "azure-webjobs-secrets"], containers);
        Assert.DoesNotContain(containers, container => container.StartsWith("app-package-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_deploying_user_gets_data_roles_only_with_the_parameter_and_it_is_off_by_default()
    {
        var userContainers = template.ModuleParameter("rbac-user", "containerNames").GetValue<string>();

        Assert.False(template.Parameters["deployerDataRoles"]!["defaultValue"]!.GetValue<bool>());
        Assert.StartsWith("[if(parameters('deployerDataRoles')", userContainers, StringComparison.Ordinal);
    }

    [Fact]
    public void The_retention_rule_keeps_everything_by_default()
    {
        Assert.Equal(0, template.Parameters["blobRetentionDays"]!["defaultValue"]!.GetValue<int>());
    }
}
