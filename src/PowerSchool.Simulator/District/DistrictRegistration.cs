namespace PowerSchool.Simulator.District;

/// <summary>Registers the generated district (schools, courses, sections, students, guardians).</summary>
public static class DistrictRegistration
{
    public static IServiceCollection AddDistrict(this IServiceCollection services) => services;
}
