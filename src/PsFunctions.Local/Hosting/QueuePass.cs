namespace PsFunctions.Local.Hosting;

/// <summary>Counts of one pass over a queue.</summary>
internal readonly record struct QueuePass(int Done, int Retried, int Poisoned)
{
    public int Handled => Done + Retried + Poisoned;

    public QueuePass Add(MessageOutcome outcome) => outcome switch
    {
        MessageOutcome.Done => this with { Done = Done + 1 },
        MessageOutcome.Retried => this with { Retried = Retried + 1 },
        _ => this with { Poisoned = Poisoned + 1 },
    };

    public QueuePass Combine(QueuePass other) =>
        new(Done + other.Done, Retried + other.Retried, Poisoned + other.Poisoned);
}
