using System.Globalization;
using PowerSchool.Client.Sis;
using PowerSchool.Client.Sis.Students;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// The match reads the one matched student with every expansion a write can change, so what the SIS holds before
/// an UPDATE (the school a returning student is in, the address a form changes) is known without another request.
/// </summary>
public sealed class MatchedStudentValuesTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task A_match_by_student_number_carries_the_students_school_and_names_as_the_sis_holds_them()
    {
        await Sim.ResetAsync();
        var student = Sim.Directory().Students[2];
        await using var flow = FlowEngine.Start(Sim, new TestStorage(azurite));
        var matcher = flow.Get<StudentMatcher>();

        var match = await matcher.FindAsync(new StudentMatchKeys(student.StudentNumber, null, "", "", null));

        var values = SisStudentValues.Read(Assert.IsType<SisStudent>(match!.Student));
        Assert.Equal(student.Dcid, match.Dcid);
        Assert.Equal(student.SchoolNumber.ToString(CultureInfo.InvariantCulture), values["school_enrollment.school_number"]);
        Assert.Equal(student.LastName, values["name.last_name"]);
        Assert.Equal(student.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), values["demographics.birth_date"]);
    }

    [Fact]
    public async Task A_match_by_dcid_reads_the_same_values_as_a_match_by_student_number()
    {
        await Sim.ResetAsync();
        var student = Sim.Directory().Students[4];
        await using var flow = FlowEngine.Start(Sim, new TestStorage(azurite));
        var matcher = flow.Get<StudentMatcher>();

        var byNumber = await matcher.FindAsync(new StudentMatchKeys(student.StudentNumber, null, "", "", null));
        var byDcid = await matcher.FindExistingAsync(student.Dcid, null, null);

        Assert.Equal(SisStudentValues.Read(byNumber!.Student!), SisStudentValues.Read(byDcid.Student!));
    }

    [Fact]
    public async Task An_ambiguous_or_empty_match_carries_no_student()
    {
        await Sim.ResetAsync();
        await using var flow = FlowEngine.Start(Sim, new TestStorage(azurite));

        var none = await flow.Get<StudentMatcher>().FindAsync(new StudentMatchKeys("987654321", null, "", "", null));

        Assert.Empty(none!.Dcids);
        Assert.Null(none.Student);
    }
}
