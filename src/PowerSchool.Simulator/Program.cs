using PowerSchool.Simulator.Hosting;

// Runs the simulator as a program: `dotnet run --project src/PowerSchool.Simulator -- --urls http://127.0.0.1:5080`.
var app = SimulatorApp.Build(args);
await app.StartAsync();
SimulatorApp.PrintBanner(app, Console.Out);
await app.WaitForShutdownAsync();
