using Microsoft.Extensions.Options;
using PowerSchool.Client.Sis;
using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>
/// The SIS schools list (<c>GET /ws/v1/district/school</c>) the mapping looks school names up in, read once
/// and reused for <see cref="StudentUpsertOptions.SchoolListCacheDuration"/>; schools rarely change.
/// </summary>
internal sealed class SchoolListCache(ISisClient sis, TimeProvider time, IOptions<StudentUpsertOptions> options) : IDistrictSchools, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;

    public async Task<IReadOnlyList<DistrictSchool>> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } again)
            {
                return again;
            }

            var schools = new List<DistrictSchool>();
            await foreach (var school in sis.GetSchoolsAsync(cancellationToken: cancellationToken))
            {
                if (DistrictSchool.From(school) is { } entry)
                {
                    schools.Add(entry);
                }
            }

            _snapshot = new Snapshot(schools, time.GetUtcNow());
            return schools;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private IReadOnlyList<DistrictSchool>? Fresh() =>
        _snapshot is { } snapshot && time.GetUtcNow() - snapshot.ReadAt < options.Value.SchoolListCacheDuration ? snapshot.Schools : null;

    private sealed record Snapshot(IReadOnlyList<DistrictSchool> Schools, DateTimeOffset ReadAt);
}
