using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace PsFunctions.Hosting.Setup;

/// <summary>
/// The setting keys an options class marks <see cref="RequiredAttribute"/>: its <see cref="DisplayAttribute"/> name when it
/// has one (<c>PowerSchool:Sis:BaseUrl</c>), else its section and property (<c>Sync:DeliveryTargets</c>). The section is the
/// options class's own constant (<c>SectionName</c>, <c>Section</c> or <c>ConnectionName</c>), so the rule stays in the class.
/// Only properties without a default count: a required section or a setting with a working default is never "missing".
/// </summary>
internal static class RequiredSettings
{
    private static readonly string[] SectionConstants = ["SectionName", "Section", "ConnectionName"];

    /// <summary>The required keys of <paramref name="optionsType"/> that have no value in <paramref name="configuration"/>.</summary>
    public static IEnumerable<string> MissingIn(Type optionsType, IConfiguration configuration) =>
        KeysOf(optionsType).Where(key => string.IsNullOrWhiteSpace(configuration[key]));

    public static IEnumerable<string> KeysOf(Type optionsType)
    {
        var section = SectionConstants
            .Select(name => optionsType.GetField(name, BindingFlags.Public | BindingFlags.Static))
            .FirstOrDefault(field => field is { IsLiteral: true })?.GetRawConstantValue() as string;
        var defaults = Activator.CreateInstance(optionsType);
        foreach (var property in optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<RequiredAttribute>() is null || !IsEmpty(property.GetValue(defaults)))
            {
                continue;
            }

            var display = property.GetCustomAttribute<DisplayAttribute>()?.Name;
            if (display is not null)
            {
                yield return display;
            }
            else if (section is not null)
            {
                yield return $"{section}:{property.Name}";
            }
        }
    }

    private static bool IsEmpty(object? value) => value is null || value is string { Length: 0 };
}
