using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>
/// What the contact mapping could not do for one parent or guardian: the reason names the field and the rule. When
/// <see cref="ContactLeftOut"/> the contact is not written at all (no names, no relationship code); otherwise only the
/// value named (an e-mail, a phone, the address, a flag) is left out. Either way it is kept for a person.
/// </summary>
public sealed record ContactMappingProblem(string Entry, RejectionReason Reason, bool ContactLeftOut);
