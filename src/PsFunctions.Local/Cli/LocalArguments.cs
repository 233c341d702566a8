using System.Globalization;

namespace PsFunctions.Local.Cli;

/// <summary>
/// The local runner's command line. Without <c>--sis-url</c> the simulator runs in-process with a freshly
/// generated district; with it, the runner talks to that PowerSchool (credentials from configuration
/// <c>Secrets:*</c> or environment variables <c>Secrets__*</c>).
/// </summary>
public sealed record LocalArguments
{
    public const string Usage = """
        Usage: dotnet run --project src/PsFunctions.Local -- [options]
               dotnet run --project src/PsFunctions.Local -- plugin-xml

          --once                 run one full cycle (intake, upserts, documents, change feed), print a summary, exit
          --students N           simulated district size (default 2000)
          --submissions N        pending family submissions in the simulator (default 25)
          --sis-url URL          use this PowerSchool SIS instead of the simulator
          --enrollment-url URL   use this PowerSchool Enrollment host instead of the simulator
          --storage CONNECTION   use this storage account / Azurite instead of starting Azurite
          --port N               HTTP port for /api/webhooks/{source} and /api/status (default 7071)
          --help                 this text
        """;

    public bool Once { get; init; }

    public bool PluginXml { get; init; }

    public bool Help { get; init; }

    public int Students { get; init; } = 2000;

    public int Submissions { get; init; } = 25;

    public Uri? SisUrl { get; init; }

    public Uri? EnrollmentUrl { get; init; }

    public string? Storage { get; init; }

    public int Port { get; init; } = 7071;

    /// <summary>True when the runner starts the simulator (no real PowerSchool named).</summary>
    public bool UsesSimulator => SisUrl is null;

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> naming the bad option.</summary>
    public static LocalArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new LocalArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            parsed = name switch
            {
                "--once" => parsed with { Once = true },
                "plugin-xml" => parsed with { PluginXml = true },
                "--help" or "-h" => parsed with { Help = true },
                "--students" => parsed with { Students = Count(name, Value(args, ref i)) },
                "--submissions" => parsed with { Submissions = Count(name, Value(args, ref i)) },
                "--sis-url" => parsed with { SisUrl = Url(name, Value(args, ref i)) },
                "--enrollment-url" => parsed with { EnrollmentUrl = Url(name, Value(args, ref i)) },
                "--storage" => parsed with { Storage = Value(args, ref i) },
                "--port" => parsed with { Port = Count(name, Value(args, ref i)) },
                _ => throw new ArgumentException($"Unknown option '{name}'.\n{Usage}"),
            };
        }

        if (parsed.EnrollmentUrl is not null && parsed.SisUrl is null)
        {
            throw new ArgumentException("--enrollment-url needs --sis-url too: the runner uses either the simulator for both or a real PowerSchool for both.");
        }

        return parsed;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"Option '{args[i - 1]}' needs a value.");

    private static int Count(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 0
            ? count
            : throw new ArgumentException($"Option '{name}' takes a whole number of 0 or more, not '{value}'.");

    private static Uri Url(string name, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw new ArgumentException($"Option '{name}' takes an absolute http(s) URL, not '{value}'.");
}
