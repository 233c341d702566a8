namespace PowerSchool.Simulator.Enrollment.Documents;

/// <summary>Content types by file extension, for URLs that rename a document on download.</summary>
internal static class ContentTypes
{
    public static string ForFileName(string fileName, string fallback) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".PDF" => "application/pdf",
        ".JPG" or ".JPEG" => "image/jpeg",
        ".PNG" => "image/png",
        ".TXT" => "text/plain",
        _ => fallback,
    };
}
