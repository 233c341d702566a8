namespace PsFunctions.Sync.Mapping;

/// <summary>A mapping file that cannot be used, with every problem found in it (each naming the entry and the rule).</summary>
public sealed class MappingFileException : Exception
{
    public MappingFileException(string mappingSource, IReadOnlyList<string> errors)
        : base($"Mapping file {mappingSource} is not valid: {string.Join("; ", errors)}")
    {
        MappingSource = mappingSource;
        Errors = errors;
    }

    public MappingFileException()
        : this("(unknown)", [])
    {
    }

    public MappingFileException(string message)
        : this("(unknown)", [message])
    {
    }

    public MappingFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        MappingSource = "(unknown)";
        Errors = [message];
    }

    /// <summary>The file (or embedded resource) the mapping came from.</summary>
    public string MappingSource { get; }

    public IReadOnlyList<string> Errors { get; }
}
