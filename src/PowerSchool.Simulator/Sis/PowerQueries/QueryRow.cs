namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>One PowerQuery result row: its id, the student it concerns, and its values by table and column (strings).</summary>
public sealed record QueryRow(long Id, long StudentDcid, string Name, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Tables);
