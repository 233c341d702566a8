using PsFunctions.Local.Cli;

namespace PsFunctions.Local.Tests;

public sealed class LocalArgumentsTests
{
    [Fact]
    public void No_arguments_run_continuously_against_the_simulator()
    {
        var arguments = LocalArguments.Parse([]);

        Assert.False(arguments.Once);
        Assert.True(arguments.UsesSimulator);
        Assert.Equal(7071, arguments.Port);
    }

    [Fact]
    public void Options_set_size_once_and_a_real_PowerSchool()
    {
        var arguments = LocalArguments.Parse(["--once", "--students", "500", "--submissions", "7", "--sis-url", "https://district.example.org"]);

        Assert.True(arguments.Once);
        Assert.Equal(500, arguments.Students);
        Assert.Equal(7, arguments.Submissions);
        Assert.False(arguments.UsesSimulator);
    }

    [Theory]
    [InlineData(new[] { "--students", "many" }, "--students")]
    [InlineData(new[] { "--students" }, "--students")]
    [InlineData(new[] { "--sis-url", "district" }, "--sis-url")]
    [InlineData(new[] { "--frobnicate" }, "--frobnicate")]
    [InlineData(new[] { "--enrollment-url", "https://e.example.org" }, "--enrollment-url")]
    public void Bad_arguments_are_refused_naming_the_option(string[] args, string option)
    {
        var error = Assert.Throws<ArgumentException>(() => LocalArguments.Parse(args));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_arguments_exit_with_code_2_and_say_why_on_stderr()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await LocalCommand.RunAsync(["--port", "-1"], output, error, CancellationToken.None);

        Assert.Equal(LocalCommand.BadArguments, code);
        Assert.Contains("--port", error.ToString(), StringComparison.Ordinal);
    }
}
