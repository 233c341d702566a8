namespace PowerSchool.Simulator.Enrollment.Records;

/// <summary>The paging metadata of a roster or submission record page.</summary>
public sealed record PageMetadata(int Page, int PageSize, int PageCount, int RecordCount);
