using PsFunctions.Sync.Outcomes;

namespace PsFunctions.Sync.Mapping;

/// <summary>
/// A field left out of a mapped record under <c>onInvalid: drop</c>: its SIS path, the value the form gave (student
/// data: kept in the attention item, never logged; null when the source was not a single value) and the rule it broke.
/// </summary>
public sealed record DroppedField(string Path, string? RequestedValue, RejectionReason Reason);
