namespace PsFunctions.Testing;

/// <summary>The repository the tests were built from: the nearest folder above them holding <c>PsFunctions.sln</c>.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    /// <summary>The full path of <paramref name="relativePath"/> in the repository (its own copy, not one in a build folder).</summary>
    public static string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "PsFunctions.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No PsFunctions.sln above {start}.");
    }
}
