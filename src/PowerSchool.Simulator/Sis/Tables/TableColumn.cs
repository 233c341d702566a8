using System.Globalization;
using PowerSchool.Simulator.Sis.Http;

namespace PowerSchool.Simulator.Sis.Tables;

/// <summary>A column of a core table: how to read it as a number, date or text, and so as PowerSchool's string value.</summary>
internal sealed record TableColumn<T>(FiqlField<T> Field)
{
    public static TableColumn<T> Number(Func<T, long?> read) => new(new FiqlField<T>(Number: read));

    public static TableColumn<T> Text(Func<T, string?> read) => new(new FiqlField<T>(Text: read));

    public static TableColumn<T> Date(Func<T, DateOnly?> read) => new(new FiqlField<T>(Date: read));

    /// <summary>The value as PowerSchool's table resources give it: always a string.</summary>
    public string? Value(T row) =>
        Field.Number is { } n ? n(row)?.ToString(CultureInfo.InvariantCulture)
        : Field.Date is { } d ? d(row)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Field.Text!(row);
}
