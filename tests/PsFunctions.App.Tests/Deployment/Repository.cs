namespace PsFunctions.App.Tests.Deployment;

/// <summary>The repository's own files (next to PsFunctions.sln), not copies in a build folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "PsFunctions.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"no PsFunctions.sln above {AppContext.BaseDirectory}");
    }
}
