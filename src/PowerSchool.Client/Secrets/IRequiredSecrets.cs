namespace PowerSchool.Client.Secrets;

/// <summary>Options of a client that cannot call its API without these secrets (read through <see cref="ISecretProvider"/>).</summary>
public interface IRequiredSecrets
{
    /// <summary>The names of the secrets the client reads, as configured.</summary>
    IReadOnlyList<string> RequiredSecretNames { get; }
}
