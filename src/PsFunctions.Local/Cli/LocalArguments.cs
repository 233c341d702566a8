using System.Globalization;
using PsFunctions.Sync.Plugin;

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
               dotnet run --project src/PsFunctions.Local -- plugin [--output FILE] [--publisher NAME] [--contact-email EMAIL]
               dotnet run --project src/PsFunctions.Local -- plugin-xml [--publisher NAME] [--contact-email EMAIL]
               dotnet run --project src/PsFunctions.Local -- ops <operation> [--storage CONNECTION]

          Operations (on the storage in PsStorage / --storage; PowerSchool settings from configuration):
          ops status                          last runs, queue backlog, poison counts, rejections (and superseded) and attention items awaiting a person
          ops replay SUBMISSION_ID            send a rejected submission's latest delivered version through the upsert flow again
          ops requeue-poison QUEUE            move QUEUE-poison into the dead-letter store, then send every open dead letter of QUEUE back
          ops reset-batch TARGET_ID BATCH_ID  ask Enrollment to deliver a batch's submissions again; says what each will do then
          ops attention                       list the open attention items (what a family asked for that was not done; no values)
          ops attention ID                    show one attention item with its SIS and requested values
          ops resolve ID --note "TEXT"        close an attention item with a note, in the name of the OS user
          ops audit SUBMISSION_ID             what the submission changed in the SIS (old -> new per field), and every other change of its student, oldest first

          plugin                 write the PowerSchool plugin zip (plugin.xml, queries_root/) to --output (default plugin.zip)
          plugin-xml             print the plugin.xml alone
          --publisher NAME       the plugin's publisher (default PsFunctions)
          --contact-email EMAIL  the publisher's contact e-mail in the plugin

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

    /// <summary><c>plugin</c>: write the plugin zip to <see cref="PluginOutput"/>.</summary>
    public bool PluginZip { get; init; }

    public string PluginOutput { get; init; } = "plugin.zip";

    public string Publisher { get; init; } = "PsFunctions";

    public string? ContactEmail { get; init; }

    public PluginPublisher PluginPublisher => new(Publisher, ContactEmail);

    /// <summary>The operation after <c>ops</c> and its operands, e.g. <c>["replay", "100042"]</c>; empty otherwise.</summary>
    public IReadOnlyList<string> Operation { get; init; } = [];

    public bool Help { get; init; }

    /// <summary><c>ops resolve ID --note "…"</c>: what the person did about the attention item.</summary>
    public string? Note { get; init; }

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
                "plugin" => parsed with { PluginZip = true },
                "--output" => parsed with { PluginOutput = Value(args, ref i) },
                "--publisher" => parsed with { Publisher = Value(args, ref i) },
                "--contact-email" => parsed with { ContactEmail = Value(args, ref i) },
                "ops" => parsed with { Operation = Operands(args, ref i) },
                "--help" or "-h" => parsed with { Help = true },
                "--students" => parsed with { Students = Count(name, Value(args, ref i)) },
                "--submissions" => parsed with { Submissions = Count(name, Value(args, ref i)) },
                "--sis-url" => parsed with { SisUrl = Url(name, Value(args, ref i)) },
                "--enrollment-url" => parsed with { EnrollmentUrl = Url(name, Value(args, ref i)) },
                "--storage" => parsed with { Storage = Value(args, ref i) },
                "--note" => parsed with { Note = Value(args, ref i) },
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

    // Everything up to the next option belongs to the operation.
    private static string[] Operands(IReadOnlyList<string> args, ref int i)
    {
        var operands = new List<string>();
        while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            operands.Add(args[++i]);
        }

        return operands.Count > 0 ? [.. operands] : throw new ArgumentException($"'ops' needs an operation: status, replay, requeue-poison, reset-batch, attention, resolve or audit.\n{Usage}");
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
