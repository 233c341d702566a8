using PsFunctions.Sync.Batches;

namespace PsFunctions.Sync.Mapping.Contacts;

/// <summary>A validated flag source: a value the mapping fixes (<see cref="Constant"/>) or the path of a yes/no item.</summary>
internal sealed record ContactFlagRule(bool? Constant, SourcePath? From);
