namespace PsFunctions.Sync.Students;

/// <summary>Where one submission is on its way into the SIS.</summary>
public enum UpsertState
{
    /// <summary>About to be posted: if found in this state after a crash, the outcome is unknown and the
    /// student must be looked up again before any new INSERT.</summary>
    Posting = 0,

    /// <summary>The SIS answered SUCCESS; <see cref="UpsertLedgerEntry.Dcid"/> is set.</summary>
    Succeeded = 1,

    /// <summary>Rejected (validation, field errors, ambiguous match, poison); see the rejection store.</summary>
    Rejected = 2,
}
