namespace PsFunctions.Local.Hosting;

/// <summary>What became of one handled queue message.</summary>
internal enum MessageOutcome
{
    Done,
    Retried,
    Poisoned,
}
