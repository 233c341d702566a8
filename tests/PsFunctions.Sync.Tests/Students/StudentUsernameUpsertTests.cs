using System.Text.Json;
using System.Text.Json.Nodes;
using PowerSchool.Client.Sis;
using PsFunctions.Sync.Mapping;
using PsFunctions.Sync.Messaging;
using PsFunctions.Sync.Students;
using PsFunctions.Sync.Tests.FlowSupport;
using PsFunctions.Sync.Tests.Harness;
using PsFunctions.Testing;

namespace PsFunctions.Sync.Tests.Students;

/// <summary>
/// A field added by one catalogue line (student_username) is written by the whole path: a district's mapping
/// targets it, and the value reaches the SIS student and reads back through the client.
/// </summary>
public sealed class StudentUsernameUpsertTests(AzuriteFixture azurite, FlowSimulatorFixture simulator)
    : IClassFixture<AzuriteFixture>, IClassFixture<FlowSimulatorFixture>
{
    private SimulatorHost Sim => simulator.Host;

    [Fact]
    public async Task A_mapped_student_username_reaches_the_inserted_sis_student()
    {
        await Sim.ResetAsync();
        var folder = Directory.CreateTempSubdirectory("mapping-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, FlowEngine.DeliveryTargetId + ".json"), DefaultMappingWithUsername());
            var storage = new TestStorage(azurite);
            await using var flow = FlowEngine.Start(Sim, storage, settings: new Dictionary<string, string?> { ["Sync:MappingFolder"] = folder.FullName });
            var school = Sim.Directory().Schools[0];
            var submission = Assert.Single(await Sim.CreateSubmissionsAsync(submissions: [FamilyData.Child("Noor", "Haddad", new DateOnly(2018, 2, 14), school)]));

            await flow.Intake.RunAsync(FlowEngine.DeliveryTargetId);
            Assert.Empty((await flow.DrainAsync(WorkQueues.StudentUpserts)).Failures);

            var entry = await storage.UpsertLedger.GetAsync(submission.Id);
            Assert.Equal((UpsertState.Succeeded, "INSERT"), (entry!.State, entry.Action));
            Assert.Equal("noor.haddad", (await flow.Get<ISisClient>().GetStudentAsync(entry.Dcid!.Value))!.StudentUsername);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The embedded default mapping plus one entry, as a district would add it to its own file: first.last, lower case.
    private static string DefaultMappingWithUsername()
    {
        var mapping = JsonNode.Parse(
            StudentMappingLoader.ReadDefaultJson(),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        mapping["fields"]!["student_username"] = new JsonObject
        {
            ["from"] = new JsonArray("data.student.firstName", "data.student.lastName"),
            ["join"] = ".",
            ["transforms"] = new JsonArray("lower"),
        };
        return mapping.ToJsonString();
    }
}
