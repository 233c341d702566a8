using System.ComponentModel.DataAnnotations;
using PsFunctions.Sync.Audit;

namespace PsFunctions.Sync.Tests.Audit;

/// <summary><c>Sync:Audit:RetentionDays</c> is validated: an audit kept for no time, or for ever, is refused at start.</summary>
public sealed class AuditOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3651)]
    public void A_retention_outside_one_day_to_ten_years_is_refused_naming_the_setting(int days)
    {
        var options = new AuditOptions { RetentionDays = days };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(nameof(AuditOptions.RetentionDays), Assert.Single(results).MemberNames);
    }

    [Fact]
    public void The_default_keeps_an_audit_for_more_than_a_school_year()
    {
        Assert.True(new AuditOptions().Retention > TimeSpan.FromDays(365));
    }
}
