namespace PsFunctions.Sync.Documents;

/// <summary>
/// Where a mirrored document lives in the store: <c>&lt;deliveryTargetId&gt;/&lt;submissionId&gt;/&lt;objectId&gt;</c>,
/// ids only, so a path never carries a family's file name.
/// </summary>
public static class DocumentPath
{
    private const int MaxIdLength = 128;

    /// <exception cref="ArgumentException">An id is empty, too long, or holds characters other than letters, digits, '-', '_' and '.'.</exception>
    public static string For(string deliveryTargetId, string submissionId, string objectId)
    {
        Check(deliveryTargetId, nameof(deliveryTargetId));
        Check(submissionId, nameof(submissionId));
        Check(objectId, nameof(objectId));
        return $"{deliveryTargetId}/{submissionId}/{objectId}";
    }

    private static void Check(string id, string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, field);
        var valid = id.Length <= MaxIdLength
            && id is not ("." or "..")
            && id.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        if (!valid)
        {
            throw new ArgumentException(
                $"{field} must be 1-{MaxIdLength} letters, digits, '-', '_' or '.' (it becomes part of a blob path).", field);
        }
    }
}
