using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>Decides the documents of a submission: one per configured data item, with an object id and a size.</summary>
internal static class DocumentPlanner
{
    public const long MaxDocumentBytes = 50L * 1024 * 1024;

    public static IReadOnlyList<DocumentFile> Plan(GenerationContext context, IReadOnlyList<string> dataItems, IReadOnlyList<long>? sizes)
    {
        var files = new List<DocumentFile>(dataItems.Count);
        for (var index = 0; index < dataItems.Count; index++)
        {
            var objectId = context.Faker.Random.Guid().ToString();
            var length = sizes is { Count: > 0 } ? sizes[index % sizes.Count] : context.Faker.Random.Long(4 * 1024, 512 * 1024);
            var (extension, contentType) = index % 2 == 0 ? ("pdf", "application/pdf") : ("jpg", "image/jpeg");
            files.Add(new DocumentFile(objectId, dataItems[index], $"{dataItems[index]}.{extension}", contentType, length));
        }

        return files;
    }
}
