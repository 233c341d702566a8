namespace PsFunctions.Sync.Mapping;

/// <summary>
/// A mapping entry's <c>onUpdate</c>: what an UPDATE of a returning student does with the field's value. An INSERT
/// always writes it. Fields the SIS takes on INSERT only cannot be written by an UPDATE: they are <see cref="Flag"/>
/// unless the entry says <see cref="Keep"/>.
/// </summary>
public enum FieldUpdatePolicy
{
    /// <summary><c>write</c> (the default for updatable fields): the UPDATE sends the value.</summary>
    Write = 0,

    /// <summary><c>keep</c>: the UPDATE never overwrites what the SIS holds (legal names, birth date) and raises nothing.</summary>
    Keep = 1,

    /// <summary><c>flag</c>: the UPDATE does not send it; an attention item is raised when the form asks for another value than the SIS holds.</summary>
    Flag = 2,
}
