using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// A delivery record mapped and validated: SIS student field paths (see <see cref="SisStudentFields"/>) to
/// their values as the SIS takes them (dates YYYY-MM-DD, grade levels as numbers), the keys to match an
/// existing student, and the submission it came from. Holds student data: never log it.
/// </summary>
public sealed record MappedStudent(string SubmissionId, IReadOnlyDictionary<string, string> Fields, StudentMatchKeys Keys);
