namespace PsFunctions.Sync.Contacts;

/// <summary>The decision for one parent or guardian: the contact to reuse, or the candidates a person must choose between.</summary>
public sealed record ContactMatch(ContactMatchKind Kind, long? ContactId, IReadOnlyList<long> Candidates)
{
    public static ContactMatch New { get; } = new(ContactMatchKind.New, null, []);

    public static ContactMatch Reuse(ContactMatchKind kind, long contactId) => new(kind, contactId, [contactId]);

    public static ContactMatch Ambiguous(IEnumerable<long> candidates) => new(ContactMatchKind.Ambiguous, null, [.. candidates.Order()]);
}
