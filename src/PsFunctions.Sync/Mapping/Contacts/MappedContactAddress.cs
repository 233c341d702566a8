namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>A contact's address with its district type code; <see cref="SameAsStudent"/> when it is the student's.</summary>
public sealed record MappedContactAddress(string Street, string City, string State, string PostalCode, string Type, bool SameAsStudent);
