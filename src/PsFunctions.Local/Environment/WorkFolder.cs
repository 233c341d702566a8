namespace PsFunctions.Local.Environment;

/// <summary>The local runner's work folder, relative to the working directory: its event file and, against a real PowerSchool, its Azurite data.</summary>
internal static class WorkFolder
{
    public const string Name = ".local-run";
}
