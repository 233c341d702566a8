
namespace PowerSchool.Simulator.Enrollment.Submissions;

/// <summary>
/// The flat data item names of a submission (stu_FirstName, p1_Email, birthCertificate, ...) and the way back
/// from POSTed data items to <see cref="SubmissionData"/>.
/// </summary>
public static class SubmissionDataItems
{
    public static IReadOnlyDictionary<string, string> From(SubmissionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var student = data.Student;
        var items = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["stu_StudentNumber"] = student.StudentID,
            ["stu_StateID"] = student.StateID,
            ["stu_FirstName"] = student.FirstName ?? "",
            ["stu_MiddleName"] = student.MiddleName ?? "",
            ["stu_LastName"] = student.LastName ?? "",
            ["stu_DateOfBirth"] = student.BirthDate ?? "",
            ["stu_Gender"] = student.Gender ?? "",
            ["stu_Grade"] = student.Grade ?? "",
            ["stu_School"] = student.School ?? "",
        };
        if (data.Address is { } address)
        {
            items["stu_Street"] = address.Street;
            items["stu_City"] = address.City;
            items["stu_State"] = address.State;
            items["stu_Zip"] = address.Zip;
        }

        AddGuardian(items, "p1", data.Parent1);
        AddGuardian(items, "p2", data.Parent2);
        foreach (var (item, objectId) in data.Documents)
        {
            items[item] = objectId;
        }

        return items;
    }

    /// <summary>Builds the data of a POSTed submission; unknown field names are kept only as data items.</summary>
    public static SubmissionData ToData(IReadOnlyDictionary<string, string> items, IReadOnlyList<string> documentItems)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(documentItems);
        string? Get(string name) => items.TryGetValue(name, out var value) ? value : null;
        return new SubmissionData
        {
            Student = new StudentData
            {
                StudentID = Get("stu_StudentNumber") ?? "",
                StateID = Get("stu_StateID") ?? "",
                FirstName = Get("stu_FirstName"),
                MiddleName = Get("stu_MiddleName"),
                LastName = Get("stu_LastName"),
                BirthDate = Get("stu_DateOfBirth"),
                Gender = Get("stu_Gender"),
                Grade = Get("stu_Grade"),
                School = Get("stu_School"),
            },
            Documents = documentItems.Where(items.ContainsKey).ToDictionary(item => item, item => items[item]),
        };
    }

    private static void AddGuardian(Dictionary<string, string> items, string prefix, GuardianData? guardian)
    {
        if (guardian is null)
        {
            return;
        }

        items[$"{prefix}_Relationship"] = guardian.Relationship;
        items[$"{prefix}_FirstName"] = guardian.FirstName;
        items[$"{prefix}_LastName"] = guardian.LastName;
        items[$"{prefix}_HomePhone"] = guardian.HomePhone ?? "";
        items[$"{prefix}_CellPhone"] = guardian.CellPhone ?? "";
        items[$"{prefix}_Email"] = guardian.Email ?? "";
    }
}
