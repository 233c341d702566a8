namespace PowerSchool.Simulator.Faults;

/// <summary>Which simulated API the faults hit. `/_sim/` is never faulted.</summary>
public enum FaultScope
{
    /// <summary>The SIS (`/oauth`, `/ws`) and Enrollment (`/api`) paths.</summary>
    All,

    /// <summary>The SIS paths only: `/oauth` and `/ws`.</summary>
    Sis,

    /// <summary>The Enrollment paths only: `/api`.</summary>
    Enrollment,
}
