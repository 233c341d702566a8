namespace PsFunctions.Sync.Students;

/// <summary>Which key found (or did not find) the SIS student for a submission; strongest first.</summary>
public enum MatchRule
{
    /// <summary>The SIS student number (<c>local_id</c>) the record carries.</summary>
    StudentNumber = 0,

    /// <summary>The state student id (<c>state_province_id</c>) the record carries.</summary>
    StateId = 1,

    /// <summary>Last name + first name + birth date.</summary>
    NameAndBirthDate = 2,

    /// <summary>The DCID a webhook command names.</summary>
    Dcid = 3,
}
