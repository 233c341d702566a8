namespace PsFunctions.Sync.Mapping;

/// <summary>A mapping entry's <c>onInvalid</c>: what a value that breaks a rule does to its record (optional fields only).</summary>
public enum FieldInvalidPolicy
{
    /// <summary><c>reject</c> (the default): the whole record is rejected with the field's reason.</summary>
    Reject = 0,

    /// <summary><c>drop</c>: the field is left out, the rest of the record is applied, and an attention item keeps the value and the rule.</summary>
    Drop = 1,
}
