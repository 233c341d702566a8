using PsFunctions.DevStorage;

var launcher = AzuriteProcess.FindLauncher(AppContext.BaseDirectory);
await using var azurite = await AzuriteProcess.StartAsync(launcher);
Console.WriteLine($"Azurite blob endpoint {azurite.Endpoints.Blob}");
