using PowerSchool.Client.Sis.Students;

namespace PsFunctions.Sync.Students;

/// <summary>
/// Turns mapped SIS field paths (<c>name.first_name</c> → value, already validated against
/// <see cref="SisStudentFields"/>) into the client's <see cref="StudentWrite"/>, which writes each at its path.
/// </summary>
internal static class StudentWriteFactory
{
    public static StudentWrite Create(StudentWriteAction action, long? dcid, string clientUid, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new StudentWrite
        {
            Action = action,
            Dcid = action == StudentWriteAction.Update ? dcid : null,
            ClientUid = clientUid,
            // Empty values are not sent: a mapped field with no value leaves the SIS value as it is.
            Fields = fields.Where(pair => pair.Value.Length > 0).ToDictionary(StringComparer.Ordinal),
        };
    }
}
