using System.Collections.Concurrent;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Documents;

/// <summary>
/// Content-MD5 values, computed once per document (object id, length and type) by streaming the generator,
/// then served from here. Concurrent first requests for one document compute it once.
/// </summary>
public sealed class DocumentDigests
{
    private readonly ConcurrentDictionary<DocumentFile, Lazy<string>> _digests = new();

    public string ContentMd5(DocumentFile file) =>
        _digests.GetOrAdd(file, key => new Lazy<string>(() => new DocumentBytes(key).ComputeContentMd5())).Value;
}
