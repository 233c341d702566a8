using Azure.Data.Tables;
using PsFunctions.Azure.Storage.Tables;
using PsFunctions.Testing;

namespace PsFunctions.Azure.Tests.Storage.Tables;

public sealed class TableStudentClaimsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private const string Key = "3f9a0c1d2e";

    private TableStudentClaims NewClaims() =>
        new(new TableServiceClient(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueName("studentclaims")));

    [Fact]
    public async Task A_live_claim_is_refused_to_another_owner_and_granted_again_to_its_own()
    {
        var claims = NewClaims();

        Assert.True(await claims.TryClaimAsync(Key, "a", T0, T0.AddMinutes(2)));
        Assert.False(await claims.TryClaimAsync(Key, "b", T0.AddMinutes(1), T0.AddMinutes(3)));
        Assert.True(await claims.TryClaimAsync(Key, "a", T0.AddMinutes(1), T0.AddMinutes(3)));
        Assert.True(await claims.TryClaimAsync("other-key", "b", T0, T0.AddMinutes(2)));
    }

    [Fact]
    public async Task An_expired_claim_is_taken_over_and_its_old_owner_can_no_longer_release_it()
    {
        var claims = NewClaims();
        await claims.TryClaimAsync(Key, "crashed", T0, T0.AddMinutes(2));

        Assert.True(await claims.TryClaimAsync(Key, "b", T0.AddMinutes(2), T0.AddMinutes(4)));
        await claims.ReleaseAsync(Key, "crashed");

        Assert.False(await claims.TryClaimAsync(Key, "c", T0.AddMinutes(3), T0.AddMinutes(5)));
    }

    [Fact]
    public async Task A_released_claim_is_free_for_the_next_owner()
    {
        var claims = NewClaims();
        await claims.TryClaimAsync(Key, "a", T0, T0.AddMinutes(2));

        await claims.ReleaseAsync(Key, "a");

        Assert.True(await claims.TryClaimAsync(Key, "b", T0.AddSeconds(1), T0.AddMinutes(2)));
    }
}
