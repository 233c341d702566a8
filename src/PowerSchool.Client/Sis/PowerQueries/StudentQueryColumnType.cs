namespace PowerSchool.Client.Sis.PowerQueries;

/// <summary>How a column of the product's student queries is selected and read: as is, or a date as <c>YYYY-MM-DD</c> text.</summary>
public enum StudentQueryColumnType
{
    Text,
    Number,

    /// <summary>Selected as <c>to_char(column, 'YYYY-MM-DD')</c> so the answer's format does not depend on the server's settings.</summary>
    Date,
}
