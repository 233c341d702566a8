using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PsFunctions.Hosting.Setup;

/// <summary>
/// Runs the options start-up validation (every <c>ValidateOnStart</c> of the composition) and returns its failures instead
/// of throwing. In the Function App the host's own validator is replaced (the app starts whatever the configuration) and
/// the real one is kept under <see cref="StrictValidatorKey"/>; elsewhere the host's validator is used as it is.
/// </summary>
internal static class OptionsFailures
{
    public const string StrictValidatorKey = "PsFunctions.Setup.StrictStartupValidator";

    public static IReadOnlyList<Exception> Collect(IServiceProvider services)
    {
        var validator = services.GetKeyedService<IStartupValidator>(StrictValidatorKey) ?? services.GetService<IStartupValidator>();
        try
        {
            validator?.Validate();
            return [];
        }
        catch (AggregateException all)
        {
            return all.InnerExceptions;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return [failure];
        }
    }
}
