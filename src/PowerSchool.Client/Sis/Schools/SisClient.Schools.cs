using System.Globalization;
using PowerSchool.Client.Json;
using PowerSchool.Client.Sis.Schools;

namespace PowerSchool.Client.Sis;

public sealed partial class SisClient
{
    private static readonly PagedResource Schools = new("/ws/v1/district/school", "/ws/v1/district/school");

    public IAsyncEnumerable<SisSchool> GetSchoolsAsync(SisReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadPagedAsync(Schools, m => m.SchoolMaxPageSize,
            d => ItemsOf(d, "schools", "school", SisJsonContext.Default.IReadOnlyListSisSchool), options, cancellationToken);

    public async Task<SisSchool?> GetSchoolAsync(long dcid, CancellationToken cancellationToken = default)
    {
        using var document = await GetDocumentAsync(
            $"/ws/v1/school/{dcid.ToString(CultureInfo.InvariantCulture)}", "/ws/v1/school/{id}", cancellationToken);
        return Single(document, "school", SisJsonContext.Default.SisSchool);
    }

    public IAsyncEnumerable<SisCourse> GetCoursesAsync(long schoolDcid, SisReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadPagedAsync(OfSchool(schoolDcid, "course"), m => m.CourseMaxPageSize,
            d => ItemsOf(d, "courses", "course", SisJsonContext.Default.IReadOnlyListSisCourse), options, cancellationToken);

    public IAsyncEnumerable<SisSection> GetSectionsAsync(long schoolDcid, SisReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadPagedAsync(OfSchool(schoolDcid, "section"), m => m.SectionMaxPageSize,
            d => ItemsOf(d, "sections", "section", SisJsonContext.Default.IReadOnlyListSisSection), options, cancellationToken);

    private static PagedResource OfSchool(long schoolDcid, string resource) =>
        new($"/ws/v1/school/{schoolDcid.ToString(CultureInfo.InvariantCulture)}/{resource}", $"/ws/v1/school/{{id}}/{resource}");
}
