using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Students;

namespace PsFunctions.Sync.Tests.Students.Fakes;

/// <summary>A district whose schools never change.</summary>
internal sealed class FixedDistrictSchools(IReadOnlyList<DistrictSchool> schools) : IDistrictSchools
{
    public Task<IReadOnlyList<DistrictSchool>> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(schools);
}
