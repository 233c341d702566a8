namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>An argument a PowerQuery takes: a list of values (whole numbers by default, or text), required or not.</summary>
public sealed record QueryArgument(string Name, bool Required, QueryArgumentKind Kind = QueryArgumentKind.Number);
