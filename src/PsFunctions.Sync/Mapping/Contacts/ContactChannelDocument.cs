namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>An e-mail or phone of a contact entry, as written: where it is, its district type code, what an UPDATE does.</summary>
internal sealed record ContactChannelDocument
{
    public string? From { get; init; }

    /// <summary>The district's e-mail or phone type code (<c>Mobile</c>, <c>Home</c>, <c>Work</c>, …).</summary>
    public string? Type { get; init; }

    /// <summary><c>write</c> (default), <c>keep</c> or <c>flag</c>: what a changed value does to a contact already on file.</summary>
    public string? OnUpdate { get; init; }
}
