namespace PsFunctions.Sync.Contacts;

/// <summary>
/// A person the SIS already holds, as contact matching sees it: the contact id, names, e-mail addresses and phone
/// numbers, and whether it is linked to the student or to a sibling (<see cref="InFamily"/>).
/// </summary>
public sealed record KnownContact(long ContactId, string FirstName, string LastName, bool InFamily)
{
    public IReadOnlyList<string> Emails { get; init; } = [];

    public IReadOnlyList<string> Phones { get; init; } = [];
}
