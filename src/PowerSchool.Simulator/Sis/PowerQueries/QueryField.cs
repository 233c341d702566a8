namespace PowerSchool.Simulator.Sis.PowerQueries;

/// <summary>A database field a PowerQuery reads (lower-case table and column, as in a plugin's access_request).</summary>
public sealed record QueryField(string Table, string Field);
