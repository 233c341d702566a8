namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>An e-mail address (lower case) or phone number (<c>###-###-####</c>) with its district type code and <c>onUpdate</c> policy.</summary>
public sealed record MappedContactChannel(string Value, string Type, FieldUpdatePolicy OnUpdate);
