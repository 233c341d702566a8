using Microsoft.Extensions.Options;

namespace PsFunctions.Hosting.Setup;

/// <summary>
/// Takes the host's start-up validator slot in the Function App and lets the host start: the options are still validated,
/// by <see cref="SetupCheck"/> (through the original validator kept under a key), which reports the failures in
/// <c>/api/health</c>, <c>/api/status</c> and the log instead of stopping the worker.
/// </summary>
internal sealed class ReportedStartupValidation : IStartupValidator
{
    public void Validate()
    {
        // Nothing here on purpose: SetupReportAtStart logs the setup report once the host runs.
    }
}
