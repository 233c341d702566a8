using Bogus;
using Microsoft.Extensions.Options;
using PowerSchool.Simulator.District;
using PowerSchool.Simulator.Enrollment.Roster;
using PowerSchool.Simulator.Enrollment.State;
using PowerSchool.Simulator.Enrollment.Submissions;

namespace PowerSchool.Simulator.Enrollment.Generation;

/// <summary>
/// Builds the start state (approved, undelivered submissions and a roster) and adds submissions later on,
/// all from the configured seed. The SIS district is read lazily: it is registered by the SIS side.
/// </summary>
public sealed class EnrollmentSeeder(IOptions<EnrollmentOptions> options, SubmissionGenerator generator, IServiceProvider services, TimeProvider time)
{
    public EnrollmentState Seed()
    {
        var settings = options.Value;
        var state = new EnrollmentState();
        var targets = settings.EffectiveDeliveryTargets;
        var requests = Enumerable.Range(0, settings.PendingSubmissions)
            .Select(index => new GenerationRequest(Approved: true, DeliveryTargetId: targets[index % targets.Count]));
        Add(state, requests);
        SeedRoster(state, settings.RosterRecords);
        return state;
    }

    /// <summary>Generates and stores submissions; each call draws from a faker seeded by the seed and the next id.</summary>
    public IReadOnlyList<Submission> Add(EnrollmentState state, IEnumerable<GenerationRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(requests);
        var context = NewContext(state);
        var created = new List<Submission>();
        foreach (var request in requests)
        {
            var submission = generator.Generate(context, request, state.NextSubmissionId);
            state.Put(submission);
            created.Add(submission);
        }

        return created;
    }

    private GenerationContext NewContext(EnrollmentState state)
    {
        var directory = services.GetService<IDistrictDirectory>();
        var faker = new Faker("en") { Random = new Randomizer(unchecked((options.Value.Seed * 31) + (int)state.NextSubmissionId)) };
        var context = new GenerationContext(faker, directory?.Schools ?? [], directory?.Students ?? [], time.GetUtcNow());
        foreach (var dcid in state.Submissions.Values.Select(submission => submission.ReturningStudentDcid).OfType<long>())
        {
            context.UsedStudentDcids.Add(dcid);
        }

        return context;
    }

    private void SeedRoster(EnrollmentState state, int count)
    {
        var students = services.GetService<IDistrictDirectory>()?.Students ?? [];
        var submitted = state.Submissions.Values.Where(submission => submission.ReturningStudentDcid is not null)
            .ToDictionary(submission => submission.ReturningStudentDcid!.Value);
        foreach (var student in students.Take(count))
        {
            submitted.TryGetValue(student.Dcid, out var submission);
            state.PutRoster(RosterRecordFactory.FromStudent(state.NextRosterId, student, submission));
        }
    }
}
