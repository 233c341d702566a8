namespace PsFunctions.App.Tests.Deployment;

/// <summary>
/// Stand-ins for <c>az</c>, <c>azd</c> and <c>dotnet</c>, first on PATH: each records its command line in
/// <see cref="Calls"/>; <c>az keyvault secret set</c> also records the value it was handed (from <c>--file</c>, which the
/// hooks point at stdin or a temporary file) in <see cref="WrittenSecrets"/>. Answers come from files the test writes.
/// </summary>
internal sealed class StandInClis : IDisposable
{
    private const string Az = """
        #!/bin/sh
        d="$STANDIN_DIR"
        printf 'az %s\n' "$*" >> "$d/calls.log"
        case "$1 $2" in
          "account show") cat "$d/account-type" ;;
          "functionapp list-flexconsumption-locations") printf 'eastus2\nwesteurope\n' ;;
          "functionapp function") printf 'status-key-123\n' ;;
          "keyvault secret")
            case "$3" in
              list) cat "$d/existing-secrets" ;;
              set)
                name=''; file=''
                while [ $# -gt 0 ]; do
                  case "$1" in --name) name=$2; shift ;; --file) file=$2; shift ;; esac
                  shift
                done
                { printf '%s\t' "$name"; cat "$file"; printf '\n'; } >> "$d/secrets" ;;
            esac ;;
        esac
        """;

    private const string Recorder = """
        #!/bin/sh
        printf '%s %s\n' "$(basename "$0")" "$*" >> "$STANDIN_DIR/calls.log"
        """;

    public StandInClis()
    {
        Folder = Directory.CreateTempSubdirectory("hook-standins-").FullName;
        Write("az", Az);
        Write("azd", Recorder);
        Write("dotnet", Recorder);
        AccountType = "user";
        ExistingSecrets = [];
        File.WriteAllText(Path.Combine(Folder, "calls.log"), string.Empty);
        File.WriteAllText(Path.Combine(Folder, "secrets"), string.Empty);
    }

    public string Folder { get; }

    public string AccountType { set => File.WriteAllText(Path.Combine(Folder, "account-type"), value + "\n"); }

    public IEnumerable<string> ExistingSecrets { set => File.WriteAllText(Path.Combine(Folder, "existing-secrets"), string.Concat(value.Select(name => name + "\n"))); }

    public IReadOnlyList<string> Calls => File.ReadAllLines(Path.Combine(Folder, "calls.log"));

    public IReadOnlyDictionary<string, string> WrittenSecrets => File.ReadAllLines(Path.Combine(Folder, "secrets"))
        .Select(line => line.Split('\t', 2))
        .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void Write(string name, string script)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, script.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
