namespace PowerSchool.Simulator.Sis.Http;

/// <summary>
/// One condition of a FIQL query: <c>field op value</c>. <paramref name="Wildcard"/> is a trailing <c>*</c> the
/// query did not escape: on an equality it makes <see cref="Value"/> a prefix (the star itself is not in it).
/// </summary>
public sealed record FiqlClause(string Field, FiqlOperator Operator, string Value, bool Wildcard = false)
{
    public bool IsPrefix => Operator == FiqlOperator.Equal && Wildcard;

    public string Prefix => Value;
}
