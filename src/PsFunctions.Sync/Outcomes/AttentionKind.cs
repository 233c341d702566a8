namespace PsFunctions.Sync.Outcomes;

/// <summary>Why an <see cref="AttentionItem"/> was kept: what the product did not do that the family asked for.</summary>
public enum AttentionKind
{
    /// <summary>
    /// A returning student's form asks for another value of a school enrolment field the SIS student API sets on
    /// INSERT only (school, grade, entry date, ...): the UPDATE left it out, a person makes the transfer in PowerSchool.
    /// </summary>
    Transfer = 0,

    /// <summary>The mapping says <c>onUpdate: flag</c> (or the field is INSERT-only) and the form asks for another value than the SIS holds.</summary>
    Flagged = 1,

    /// <summary>The value broke a rule and the mapping says <c>onInvalid: drop</c>: the rest of the record was applied without it.</summary>
    Dropped = 2,
}
