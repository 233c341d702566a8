using System.ComponentModel.DataAnnotations;

namespace PsFunctions.Hosting.Console;

/// <summary>
/// Who may open the operations console (<c>Console</c> section). <see cref="Access"/> is <see cref="ConsoleAccessMode.AppService"/>
/// (the default: Entra ID sign-in through App Service authentication, and the signed-in principal must hold
/// <see cref="RequiredRole"/>) or <see cref="ConsoleAccessMode.Loopback"/> (the local runner: requests from this machine only).
/// </summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    [Required]
    public ConsoleAccessMode Access { get; set; } = ConsoleAccessMode.AppService;

    /// <summary>The app role (or group object id) a signed-in principal needs; the Bicep's <c>consoleRole</c> parameter.</summary>
    [Required(AllowEmptyStrings = false)]
    public string RequiredRole { get; set; } = "PsFunctions.Operator";
}
