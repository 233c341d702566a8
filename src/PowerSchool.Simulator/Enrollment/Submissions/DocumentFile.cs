namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>An uploaded document: its bytes are generated on demand from the object id and length.</summary>
public sealed record DocumentFile(string ObjectId, string DataItem, string FileName, string ContentType, long Length);
