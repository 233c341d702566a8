namespace PsFunctions.Sync.Students;

/// <summary>The SIS students (DCIDs) the match rule found: none → INSERT, one → UPDATE, several → ambiguous.</summary>
internal sealed record StudentMatch(MatchRule Rule, IReadOnlyList<long> Dcids)
{
    public bool IsAmbiguous => Dcids.Count > 1;

    public long? Dcid => Dcids.Count == 1 ? Dcids[0] : null;
}
