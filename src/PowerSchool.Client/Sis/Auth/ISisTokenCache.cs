namespace PowerSchool.Client.Sis.Auth;

/// <summary>
/// Where SIS tokens are kept. The default is in memory (one token per process); register another
/// implementation before <c>AddPowerSchoolSis</c> to share one token between instances. Keys name the
/// host and a hash of the client id, never a secret.
/// </summary>
public interface ISisTokenCache
{
    ValueTask<SisAccessToken?> GetAsync(string key, CancellationToken cancellationToken = default);

    ValueTask SetAsync(string key, SisAccessToken token, CancellationToken cancellationToken = default);

    /// <summary>Forgets the token when it is still <paramref name="rejected"/> (another instance may have replaced it).</summary>
    ValueTask RemoveAsync(string key, SisAccessToken rejected, CancellationToken cancellationToken = default);
}
