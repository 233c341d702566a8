using Microsoft.Extensions.DependencyInjection;
using PowerSchool.Simulator.District;
using PsFunctions.Testing;

namespace PowerSchool.Simulator.Tests.District;

public sealed class DistrictDirectoryTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public void Directory_lists_the_generated_schools_and_enrolled_students()
    {
        var directory = fixture.Host.Services.GetRequiredService<IDistrictDirectory>();

        Assert.Equal(6, directory.Schools.Count);
        Assert.NotEmpty(directory.Students);
        var schoolNumbers = directory.Schools.Select(s => s.SchoolNumber).ToHashSet();
        Assert.All(directory.Students, s => Assert.Contains(s.SchoolNumber, schoolNumbers));
    }
}
