using System.Text.Json;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Hosting;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Students;

/// <summary><c>POST /ws/v1/student</c>: a batch of INSERT/UPDATE records, answered per record.</summary>
public static class StudentWriteEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapPost("/ws/v1/student", PostAsync);

    private static async Task<IResult> PostAsync(HttpRequest request, DistrictStore store, IOptions<SisOptions> options, TimeProvider time)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return SisErrors.BadRequest("The body is not valid JSON.");
        }

        using (document)
        {
            if (Records(document.RootElement) is not { } records)
            {
                return SisErrors.BadRequest("The body must be {\"students\":{\"student\":[...]}} (a single student object is accepted too).");
            }

            var max = options.Value.MaxRecordsPerPost;
            if (records.Count > max)
            {
                return SisErrors.Error(options.Value.TooManyRecordsStatusCode, "TOO_MANY_RECORDS",
                    $"A POST to /ws/v1/student may carry at most {max} student records; this one carried {records.Count}. Nothing was written.");
            }

            var outcomes = store.Write(state => StudentBatch.Apply(records, state, time.GetUtcNow()));
            var baseUrl = $"{request.Scheme}://{request.Host}";
            return SimJson.Result(w => StudentResultsWriter.Write(w, outcomes, baseUrl));
        }
    }

    private static List<StudentRecord>? Records(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("students", out var students)
            || students.ValueKind != JsonValueKind.Object || !students.TryGetProperty("student", out var student))
        {
            return null;
        }

        return student.ValueKind switch
        {
            JsonValueKind.Array => student.EnumerateArray().Select(StudentRecord.Parse).ToList(),
            JsonValueKind.Object => [StudentRecord.Parse(student)],
            _ => null,
        };
    }
}
