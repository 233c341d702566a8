namespace PsFunctions.Sync.Tests.Webhooks;

/// <summary>Command bodies as senders write them.</summary>
internal static class Bodies
{
    public const string Poll = """{"type":"enrollment.poll","deliveryTargetId":"5b0d7c0e-3f5e-4d8a-9a51-7c3e2f1d9b64"}""";

    /// <summary>A well-formed poll of a delivery target that is not configured.</summary>
    public const string PollOfOtherTarget = """{"type":"enrollment.poll","deliveryTargetId":"9a8b7c6d-0000-4000-8000-000000000001"}""";

    public const string Update = """
        {"type":"student.update","student":{"studentNumber":"112036"},
         "fields":{"name.first_name":"Zoë","contact.guardian_email":"jane@example.org","phones.main.number":"217-555-0100"}}
        """;
}
