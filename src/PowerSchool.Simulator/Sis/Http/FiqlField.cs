namespace PowerSchool.Simulator.Sis.Http;

/// <summary>How a resource exposes a searchable field: as a number, text or date of the row.</summary>
public sealed record FiqlField<T>(Func<T, long?>? Number = null, Func<T, string?>? Text = null, Func<T, DateOnly?>? Date = null);
