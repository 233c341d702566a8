namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>What the values of a <see cref="QueryArgument"/> are: whole numbers (ids) or text (compared exactly).</summary>
public enum QueryArgumentKind
{
    Number,
    Text,
}
