namespace PsFunctions.Sync.Contacts;

/// <summary>What contact matching decided for one parent or guardian of a form.</summary>
public enum ContactMatchKind
{
    /// <summary>A contact linked to the student or a sibling is this person: reuse it.</summary>
    Family,

    /// <summary>A contact of another family is this person (same name and a shared e-mail or phone): reuse it.</summary>
    District,

    /// <summary>No contact is this person: create one.</summary>
    New,

    /// <summary>More than one contact could be this person: a person decides (an attention item); nothing is written for it.</summary>
    Ambiguous,
}
