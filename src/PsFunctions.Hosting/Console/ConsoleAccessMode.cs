namespace PsFunctions.Hosting.Console;

/// <summary>How the console decides who is asking: see <see cref="ConsoleOptions.Access"/>.</summary>
public enum ConsoleAccessMode
{
    AppService,
    Loopback,
}
