using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Enrollment.Catalog;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>Turns a <see cref="GenerationRequest"/> into a submission: who, which school, which flaw, which documents.</summary>
public sealed class SubmissionGenerator(IOptions<EnrollmentOptions> options)
{
    public Submission Generate(GenerationContext context, GenerationRequest request, long id)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var faker = context.Faker;
        var flawed = request.Flawed ?? faker.Random.Bool((float)settings.FlawedShare);
        DirectoryStudent? enrolled;
        SubmissionData data;
        if (request.Data is { } given)
        {
            // Given JSON may leave the ids out or null; the delivered record always carries them as strings.
            data = given with { Student = given.Student with { StudentID = given.Student.StudentID ?? "", StateID = given.Student.StateID ?? "" } };
            enrolled = context.Students.FirstOrDefault(student => data.Student.StudentID.Length > 0 && student.StudentNumber == data.Student.StudentID);
        }
        else
        {
            enrolled = PickReturning(context, request.Returning ?? faker.Random.Bool((float)settings.ReturningShare));
            data = enrolled is null ? FamilyDataFactory.NewStudent(context) : FamilyDataFactory.Returning(context, enrolled);
        }

        var flaw = flawed ? faker.PickRandom(FlawKind.All.ToArray()) : null;
        if (flaw is not null)
        {
            data = FlawApplier.Apply(data, flaw);
        }

        var files = DocumentPlanner.Plan(context, settings.EffectiveDocumentItems, request.DocumentSizes);
        var submitted = TruncateToSeconds(context.Now.AddMinutes(-faker.Random.Int(5, 7 * 24 * 60)));
        return new Submission
        {
            Id = id,
            PublishedActionId = data.Student.StudentID.Length > 0 ? EnrollmentCatalog.ReturningStudentsActionId : EnrollmentCatalog.NewStudentsActionId,
            DeliveryTargetId = request.DeliveryTargetId,
            FamilyId = faker.Random.Int(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Status = request.Approved ? SubmissionStatus.Approved : SubmissionStatus.PendingApproval,
            Started = submitted.AddMinutes(-faker.Random.Int(3, 90)),
            Submitted = submitted,
            Data = data with { Documents = files.ToDictionary(file => file.DataItem, file => file.ObjectId) },
            DocumentFiles = files,
            ReturningStudentDcid = enrolled?.Dcid,
            Flaw = flaw,
        };
    }

    internal static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), value.Offset);

    private static DirectoryStudent? PickReturning(GenerationContext context, bool returning)
    {
        if (!returning)
        {
            return null;
        }

        var candidates = context.Students.Where(student => !context.UsedStudentDcids.Contains(student.Dcid)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var picked = context.Faker.PickRandom(candidates);
        context.UsedStudentDcids.Add(picked.Dcid);
        return picked;
    }
}
