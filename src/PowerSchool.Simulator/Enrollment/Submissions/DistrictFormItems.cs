namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>
/// A submission as one flat map with the item names real district forms use (public district exports and the
/// Enrollment client of a district show <c>stu_ID</c>, <c>stu_DoB</c>, <c>stu_EnrollGrade</c>, <c>p1_CellPh</c>,
/// <c>p1_HomePh</c>, <c>p1_Address</c>, <c>doc_…</c>, <c>DCID</c>): every value a string, a missing one "".
/// </summary>
public static class DistrictFormItems
{
    public static IReadOnlyDictionary<string, string> From(SubmissionData data, long? returningStudentDcid)
    {
        ArgumentNullException.ThrowIfNull(data);
        var student = data.Student;
        var items = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DCID"] = returningStudentDcid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["stu_ID"] = student.StudentID,
            ["stu_StateID"] = student.StateID,
            ["stu_FirstName"] = student.FirstName ?? "",
            ["stu_MiddleName"] = student.MiddleName ?? "",
            ["stu_LastName"] = student.LastName ?? "",
            ["stu_DoB"] = student.BirthDate ?? "",
            ["stu_Gender"] = student.Gender ?? "",
            ["stu_EnrollGrade"] = student.Grade ?? "",
            ["stu_EnrollSchool"] = student.School ?? "",
            ["stu_Address"] = data.Address?.Street ?? "",
            ["stu_City"] = data.Address?.City ?? "",
            ["stu_State"] = data.Address?.State ?? "",
            ["stu_Zip"] = data.Address?.Zip ?? "",
        };
        AddGuardian(items, "p1", data.Parent1, data.Address);
        AddGuardian(items, "p2", data.Parent2, data.Address);
        foreach (var (item, objectId) in data.Documents)
        {
            items[DocumentItem(item)] = objectId;
        }

        return items;
    }

    /// <summary>The flat name of a document item: <c>birthCertificate</c> → <c>doc_BirthCertificate</c>.</summary>
    public static string DocumentItem(string item)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item);
        return $"doc_{char.ToUpperInvariant(item[0])}{item[1..]}";
    }

    private static void AddGuardian(Dictionary<string, string> items, string prefix, GuardianData? guardian, AddressData? address)
    {
        items[$"{prefix}_Relationship"] = guardian?.Relationship ?? "";
        items[$"{prefix}_FirstName"] = guardian?.FirstName ?? "";
        items[$"{prefix}_LastName"] = guardian?.LastName ?? "";
        items[$"{prefix}_HomePh"] = guardian?.HomePhone ?? "";
        items[$"{prefix}_CellPh"] = guardian?.CellPhone ?? "";
        items[$"{prefix}_Email"] = guardian?.Email ?? "";
        // The family lives together in generated data: a guardian's address is the student's.
        items[$"{prefix}_Address"] = guardian is null ? "" : address?.Street ?? "";
    }
}
