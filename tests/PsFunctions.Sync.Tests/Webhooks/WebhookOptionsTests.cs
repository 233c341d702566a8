using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Hosting;
using PsFunctions.Sync.Webhooks;

namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>Webhook sources as the engine binds them at start (<c>AddSyncEngine</c>): a wrong setting names itself and the rule.</summary>
public sealed class WebhookOptionsTests
{
    [Fact]
    public void A_configured_source_binds_with_its_lists_and_limits()
    {
        var options = Bind(
            ("Webhooks:Sources:crm:Commands", "enrollment.poll, student.update"),
            ("Webhooks:Sources:crm:StudentFields", "name.middle_name,contact.guardian_email"),
            ("Webhooks:Sources:crm:PermitLimit", "5"),
            ("Webhooks:Sources:crm:Window", "00:00:10"));

        var crm = options.FindSource("crm")!;
        Assert.Equal(["enrollment.poll", "student.update"], crm.GetCommands());
        Assert.Equal(["name.middle_name", "contact.guardian_email"], crm.GetStudentFields());
        Assert.Equal((5, TimeSpan.FromSeconds(10)), (crm.PermitLimit, crm.Window));
        Assert.Null(options.FindSource("CRM"));
        Assert.Null(options.FindSource("billing"));
    }

    [Theory]
    [InlineData("Webhooks:Sources:crm:Commands", "student.delete", "Webhooks:Sources:crm:Commands holds 'student.delete'")]
    [InlineData("Webhooks:Sources:crm:Commands", " ", "Webhooks:Sources:crm:Commands must name at least one command")]
    [InlineData("Webhooks:Sources:crm:StudentFields", "school_enrollment.grade_level", "Webhooks:Sources:crm:StudentFields holds 'school_enrollment.grade_level'")]
    [InlineData("Webhooks:Sources:crm:StudentFields", "", "Webhooks:Sources:crm:StudentFields must list the SIS fields")]
    [InlineData("Webhooks:Sources:crm:PermitLimit", "0", "Webhooks:Sources:crm:PermitLimit")]
    [InlineData("Webhooks:Sources:Billing:Commands", "enrollment.poll", "Webhooks:Sources:Billing: a source name is 1 to 40 lower-case letters")]
    public void A_wrong_source_setting_fails_at_start_naming_the_setting_and_the_rule(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(
            ("Webhooks:Sources:crm:Commands", "student.update"),
            ("Webhooks:Sources:crm:StudentFields", "name.middle_name"),
            (key, value)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_for_a_source_that_may_not_update_students_fail_at_start() =>
        Assert.Contains(
            "Webhooks:Sources:crm:StudentFields is set, but Webhooks:Sources:crm:Commands does not allow student.update",
            Assert.Throws<OptionsValidationException>(() => Bind(
                ("Webhooks:Sources:crm:Commands", "enrollment.poll"), ("Webhooks:Sources:crm:StudentFields", "name.middle_name"))).Message,
            StringComparison.Ordinal);

    private static WebhookOptions Bind(params (string Key, string Value)[] settings)
    {
        // A later setting replaces an earlier one of the same key, as a later configuration source does.
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings)
        {
            merged[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(merged).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSyncEngine().BuildServiceProvider();
        return services.GetRequiredService<IOptions<WebhookOptions>>().Value;
    }
}
