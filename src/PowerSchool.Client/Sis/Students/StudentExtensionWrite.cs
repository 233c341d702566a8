namespace PowerSchool.Client.Sis.Students;

/// <summary>Values for one student extension table (e.g. <c>u_students_extension</c>) sent with a student write.</summary>
public sealed record StudentExtensionWrite(string Name, IReadOnlyDictionary<string, string?> Fields);
