namespace PowerSchool.Client.Sis.Query;

/// <summary>A finished <c>q</c> expression. Combine with <see cref="And"/>; <see cref="ToString"/> gives the text to send (unencoded).</summary>
public sealed record FiqlFilter
{
    internal FiqlFilter(string expression) => Expression = expression;

    /// <summary>The FIQL text, e.g. <c>local_id==1234;name.last_name==JA*</c>.</summary>
    public string Expression { get; }

    /// <summary>This filter and <paramref name="other"/> (PowerSchool's <c>;</c>).</summary>
    public FiqlFilter And(FiqlFilter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new FiqlFilter($"{Expression};{other.Expression}");
    }

    public override string ToString() => Expression;
}
