namespace PsFunctions.App.Host.Tests;

/// <summary>A test that needs a Functions host: skipped, with a message naming both ways to provide one, when there is none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HostFactAttribute : FactAttribute
{
    public HostFactAttribute()
    {
        if (FunctionsHostLauncher.Find is null)
        {
            Skip = FunctionsHostLauncher.NotFoundMessage;
        }
    }
}
