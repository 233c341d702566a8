using PsFunctions.Sync.Audit;

namespace PsFunctions.Sync.Tests.Audit;

/// <summary>An audit entry's key depends on its submission alone, so a retry finds the entry its first attempt wrote.</summary>
public sealed class AuditKeysTests
{
    [Fact]
    public void The_same_submission_always_gets_the_same_key_and_another_one_another()
    {
        Assert.Equal(AuditKeys.For("100042"), AuditKeys.For("100042"));
        Assert.NotEqual(AuditKeys.For("100042"), AuditKeys.For("webhook-100042"));
    }

    [Fact]
    public void A_later_version_of_a_submission_gets_a_key_of_its_own_and_the_first_keeps_the_id_alone()
    {
        Assert.Equal("100042", AuditKeys.For("100042", version: null));
        Assert.Equal("100042~f00d", AuditKeys.For("100042", "f00d"));
        Assert.NotEqual(AuditKeys.For("100042", "f00d"), AuditKeys.For("100042", "beef"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_blank_submission_id_is_refused(string submissionId) =>
        Assert.Throws<ArgumentException>(() => AuditKeys.For(submissionId));
}
