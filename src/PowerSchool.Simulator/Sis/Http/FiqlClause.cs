namespace PowerSchool.Simulator.Sis.Http;

/// <summary>One condition of a FIQL query: <c>field op value</c>.</summary>
public sealed record FiqlClause(string Field, FiqlOperator Operator, string Value)
{
    /// <summary>A trailing <c>*</c> on an equality makes it a prefix match.</summary>
    public bool IsPrefix => Operator == FiqlOperator.Equal && Value.EndsWith('*');

    public string Prefix => Value.TrimEnd('*');
}
