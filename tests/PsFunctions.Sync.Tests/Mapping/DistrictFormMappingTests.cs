using System.Text.Json;
using PowerSchool.Client.Sis;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Mapping;

/// <summary>
/// The shipped sample mapping for flat district-form records (<c>stu_DoB</c>, <c>stu_EnrollGrade</c>, <c>p1_CellPh</c>, …),
/// end to end: a simulator delivering that record style, the sample copied into the mapping folder as a district would,
/// intake and upserts, and the SIS students read back.
/// </summary>
public sealed class DistrictFormMappingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task District_form_records_become_sis_students_with_the_mapped_fields()
    {
        await using var sim = await SimulatorHost.StartAsync([new("Simulator:District:Students", "20"), new("Simulator:Enrollment:RecordStyle", "DistrictForm"), new("Simulator:Enrollment:DeliveryTargets:0", FlowEngine.DeliveryTargetId), new("Simulator:Enrollment:PendingSubmissions", "0"), new("Simulator:Enrollment:RosterRecords", "0")]);
        var folder = Directory.CreateTempSubdirectory("mapping-");
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Mapping", "district-form-mapping.json"), Path.Combine(folder.FullName, FlowEngine.DeliveryTargetId + ".json"));
            var storage = new TestStorage(azurite);
            await using var flow = FlowEngine.Start(sim, storage, settings: new Dictionary<string, string?>
            {
                ["Sync:MappingFolder"] = folder.FullName,
                ["Sync:DocumentItems:0"] = "data.doc_BirthCertificate",
                ["Sync:DocumentItems:1"] = "data.doc_ProofOfResidence",
            });
            var school = sim.Directory().Schools[0];
            // Two guardians, delivered as p1_/p2_ items: the sample maps them to the legacy contact fields.
            var data = JsonSerializer.SerializeToNode(FamilyData.Child("Amara", "Okafor", new DateOnly(2017, 9, 3), school, studentId: "", stateId: "IL55501"))!.AsObject();
            data["parent1"] = JsonSerializer.SerializeToNode(new { relationship = "Mother", firstName = "Ngozi", lastName = "Okafor", homePhone = "", cellPhone = "(217) 555-0142", email = " Ngozi.Okafor@Example.org " });
            data["parent2"] = JsonSerializer.SerializeToNode(new { relationship = "Father", firstName = "Chidi", lastName = "Okafor", homePhone = "1-217-555-0199", cellPhone = "", email = "" });
            var submission = Assert.Single(await sim.CreateSubmissionsAsync(submissions: [data]));

            await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
            Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

            var entry = await storage.UpsertLedger.GetAsync(submission.Id);
            Assert.Equal((UpsertState.Succeeded, "INSERT"), (entry!.State, entry.Action));
            var student = (await flow.Get<ISisClient>().GetStudentAsync(entry.Dcid!.Value, new SisReadOptions { Expansions = ["demographics", "school_enrollment", "contact"] }))!;
            Assert.Equal(("Amara", "Okafor"), (student.Name!.FirstName, student.Name.LastName));
            Assert.Equal(new DateOnly(2017, 9, 3), student.Demographics!.BirthDate);
            Assert.Equal(Math.Max(school.LowGrade, 1), student.SchoolEnrollment!.GradeLevel);
            Assert.Equal("IL55501", student.StateProvinceId);
            // p1_FirstName + p1_LastName, p1_CellPh before p1_HomePh, p2_CellPh empty so p2_HomePh, p1_Email trimmed and lower-cased.
            var contact = student.Contact!;
            Assert.Equal(("Ngozi Okafor", "217-555-0142"), (contact.EmergencyContactName1, contact.EmergencyPhone1));
            Assert.Equal(("Chidi Okafor", "217-555-0199"), (contact.EmergencyContactName2, contact.EmergencyPhone2));
            Assert.Equal("ngozi.okafor@example.org", contact.GuardianEmail);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
