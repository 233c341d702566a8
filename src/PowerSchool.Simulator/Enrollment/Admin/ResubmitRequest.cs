using System.Text.Json;

namespace PowerSchool.Simulator.Enrollment.Admin;

/// <summary>
/// Body of <c>POST /_sim/enrollment/submissions/{id}/resubmit</c>: <c>{"data":{…}}</c>, a JSON merge patch (RFC 7386) over the
/// submission's <c>data</c> (members given replace, objects merge, null removes), e.g. <c>{"data":{"address":{"street":"1 Elm St"}}}</c>.
/// </summary>
public sealed record ResubmitRequest(JsonElement? Data);
