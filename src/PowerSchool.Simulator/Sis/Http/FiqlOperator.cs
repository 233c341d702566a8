namespace PowerSchool.Simulator.Sis.Http;

/// <summary>The FIQL comparisons PowerSchool supports: ==, =gt=, =ge=, =lt=, =le=.</summary>
public enum FiqlOperator
{
    Equal,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
}
