using PsFunctions.DevStorage;

namespace PsFunctions.Testing.Tests;

public sealed class AzuriteServerTests
{
    [Fact]
    public void Missing_Azurite_fails_with_the_command_that_installs_it()
    {
        var empty = Directory.CreateTempSubdirectory("no-azurite-");
        try
        {
            File.WriteAllText(Path.Combine(empty.FullName, "PsFunctions.sln"), string.Empty);

            var error = Assert.Throws<InvalidOperationException>(() => AzuriteProcess.FindLauncher(empty.FullName));

            Assert.Contains("run `npm ci`", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Free_loopback_ports_are_distinct()
    {
        var ports = AzuriteServer.FreeLoopbackPorts(3);

        Assert.Equal(3, ports.Distinct().Count());
        Assert.All(ports, port => Assert.InRange(port, 1, 65535));
    }

    [Fact]
    public void Connection_string_round_trips_through_parse()
    {
        var endpoints = AzuriteEndpoints.OnLoopback(41000, 41001, 41002);

        Assert.Equal(endpoints, AzuriteEndpoints.Parse(endpoints.ConnectionString));
    }

    [Fact]
    public void Development_storage_shorthand_means_the_default_ports()
    {
        var endpoints = AzuriteEndpoints.Parse("UseDevelopmentStorage=true");

        Assert.Equal(10001, endpoints.Queue.Port);
    }
}
