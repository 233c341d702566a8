using System.Text;

namespace PowerSchool.Client.Sis.Paging;

/// <summary>Builds a relative URL with escaped query values (null or empty values are left out).</summary>
internal sealed class QueryString(string path)
{
    private readonly StringBuilder _url = new(path);
    private bool _first = !path.Contains('?', StringComparison.Ordinal);

    public QueryString Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _url.Append(_first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            _first = false;
        }

        return this;
    }

    public QueryString Add(string name, IReadOnlyList<string>? values) =>
        Add(name, values is { Count: > 0 } ? string.Join(',', values) : null);

    public QueryString Add(string name, int? value) =>
        Add(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => _url.ToString();
}
