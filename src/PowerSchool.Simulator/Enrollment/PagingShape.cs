namespace PowerSchool.Simulator.Enrollment;

/// <summary>How the simulator wraps a page of roster or submission records.</summary>
public enum PagingShape
{
    /// <summary><c>{"metaData":{...},"records":[...]}</c>: what clients of the real service read.</summary>
    Wrapped,

    /// <summary><c>[{"metadata":{...},"records":[...]}]</c>: what the reference document shows.</summary>
    DocumentedArray,
}
