using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>A validated e-mail or phone source of a contact entry.</summary>
internal sealed record ContactChannelRule(SourcePath From, string Type, FieldUpdatePolicy OnUpdate);
