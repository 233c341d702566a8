using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PsFunctions.Sync.Hosting;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students;

public sealed class MatchingOptionsTests
{
    [Theory]
    [InlineData(".*", "'*'")]
    [InlineData("^[A-Za-z0-9;-]+$", "';'")]
    [InlineData("^[^,]+$", "'='")]
    [InlineData("[", "not a valid regular expression")]
    public void A_state_id_pattern_that_lets_query_characters_through_fails_at_start_naming_the_setting(string pattern, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(pattern).Value);

        Assert.Contains("Sync:Matching:StateIdPattern", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_pattern_and_a_stricter_one_are_accepted()
    {
        Assert.Equal("^[A-Za-z0-9-]+$", Options(null).Value.StateIdPattern);
        Assert.Equal("^[0-9]{10}$", Options("^[0-9]{10}$").Value.StateIdPattern);
    }

    private static IOptions<MatchingOptions> Options(string? pattern) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(pattern is null ? [] : [new("Sync:Matching:StateIdPattern", pattern)]).Build())
            .AddSyncEngine()
            .BuildServiceProvider()
            .GetRequiredService<IOptions<MatchingOptions>>();
}
