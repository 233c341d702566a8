namespace PowerSchool.Simulator.Faults;

/// <summary>Which simulated API a request path belongs to.</summary>
public static class ApiPaths
{
    public static bool IsAdmin(PathString path) => path.StartsWithSegments("/_sim", StringComparison.OrdinalIgnoreCase);

    public static bool IsSis(PathString path) =>
        path.StartsWithSegments("/ws", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/oauth", StringComparison.OrdinalIgnoreCase);

    public static bool IsEnrollment(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static bool InScope(PathString path, FaultScope scope) => scope switch
    {
        FaultScope.Sis => IsSis(path),
        FaultScope.Enrollment => IsEnrollment(path),
        _ => IsSis(path) || IsEnrollment(path),
    };
}
