using PsFunctions.Sync.Mapping;

namespace PsFunctions.Sync.Students;

/// <summary>The district's schools the mapping looks school names up in (<see cref="SchoolListCache"/> reads the SIS; tests use a fake).</summary>
internal interface IDistrictSchools
{
    Task<IReadOnlyList<DistrictSchool>> GetAsync(CancellationToken cancellationToken = default);
}
