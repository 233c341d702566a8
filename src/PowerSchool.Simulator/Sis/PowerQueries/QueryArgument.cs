namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>An argument a PowerQuery takes: a list of whole numbers (ids), required or not.</summary>
public sealed record QueryArgument(string Name, bool Required);
