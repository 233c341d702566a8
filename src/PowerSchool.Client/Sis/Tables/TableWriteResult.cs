namespace PowerSchool.Client.Sis.Tables;

/// <summary>The result of a table resource write: the record's id on success, PowerSchool's errors otherwise.</summary>
public sealed record TableWriteResult(bool Succeeded, long? Id, IReadOnlyList<Students.StudentFieldError> Errors);
