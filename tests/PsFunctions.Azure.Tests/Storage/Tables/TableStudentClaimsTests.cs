using Azure.Core;
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
    public async Task Renewing_and_releasing_a_claim_this_process_took_is_one_request_each()
    {
        var requests = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        var claims = new TableStudentClaims(new TableServiceClient(azurite.ConnectionString, options).GetTableClient(AzuriteFixture.UniqueName("studentclaims")));
        Assert.True(await claims.TryClaimAsync("warm-up", "a", T0, T0.AddMinutes(2)));

        var before = requests.Count;
        Assert.True(await claims.TryClaimAsync(Key, "a", T0, T0.AddMinutes(2)));
        Assert.True(await claims.RenewAsync(Key, "a", T0.AddMinutes(3)));
        await claims.ReleaseAsync(Key, "a");

        Assert.Equal(3, requests.Count - before);
        Assert.True(await claims.TryClaimAsync(Key, "b", T0.AddSeconds(1), T0.AddMinutes(2)));
    }

    [Fact]
    public async Task A_claim_another_process_took_over_after_it_expired_is_neither_renewed_nor_released_by_its_old_owner()
    {
        var table = AzuriteFixture.UniqueName("studentclaims");
        var first = new TableStudentClaims(new TableServiceClient(azurite.ConnectionString).GetTableClient(table));
        var second = new TableStudentClaims(new TableServiceClient(azurite.ConnectionString).GetTableClient(table));
        Assert.True(await first.TryClaimAsync(Key, "slow", T0, T0.AddMinutes(2)));
        Assert.True(await second.TryClaimAsync(Key, "b", T0.AddMinutes(2), T0.AddMinutes(4)));

        Assert.False(await first.RenewAsync(Key, "slow", T0.AddMinutes(5)));
        await first.ReleaseAsync(Key, "slow");

        Assert.False(await first.TryClaimAsync(Key, "c", T0.AddMinutes(3), T0.AddMinutes(5)));
        Assert.True(await second.RenewAsync(Key, "b", T0.AddMinutes(6)));
    }

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
