using PsFunctions.Local.Cli;

// The local runner: `dotnet run --project src/PsFunctions.Local -- --once` (see --help).
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await LocalCommand.RunAsync(args, Console.Out, Console.Error, stop.Token);
