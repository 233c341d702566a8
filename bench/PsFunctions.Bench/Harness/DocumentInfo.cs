namespace PsFunctions.Bench.Harness;

/// <summary>An uploaded document of a submission: Enrollment object id, data item and size in bytes.</summary>
internal sealed record DocumentInfo(string ObjectId, string DataItem, long Length);
