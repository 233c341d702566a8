using PowerSchool.Client.Sis.Query;

namespace PowerSchool.Client.Sis;

/// <summary>How to shape a read: filter, projection, expansions, extensions, page size.</summary>
public sealed record SisReadOptions
{
    /// <summary>The <c>q</c> filter, built with <see cref="Fiql"/>.</summary>
    public FiqlFilter? Filter { get; init; }

    /// <summary>Columns to return (<c>projection</c>); for table resources null means <c>*</c>.</summary>
    public IReadOnlyList<string>? Projection { get; init; }

    /// <summary>Expansions such as <c>demographics</c>, <c>addresses</c>, <c>school_enrollment</c>.</summary>
    public IReadOnlyList<string>? Expansions { get; init; }

    /// <summary>Extensions such as <c>u_students_extension</c>.</summary>
    public IReadOnlyList<string>? Extensions { get; init; }

    /// <summary>Page size; capped at the limit <c>/ws/v1/metadata</c> reports. Null uses that limit.</summary>
    public int? PageSize { get; init; }

    /// <summary>
    /// The result is expected to fit in one page (a lookup by an identifier): page 1 is read without the
    /// <c>/count</c> request, and further pages one at a time only while a page comes back full. Saves one
    /// request per lookup; every matching record is still returned.
    /// </summary>
    public bool ExpectFew { get; init; }
}
