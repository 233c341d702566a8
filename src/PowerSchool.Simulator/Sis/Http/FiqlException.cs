namespace PowerSchool.Simulator.Sis.Http;

/// <summary>A malformed or unsupported <c>q</c> expression; answered 400 with this message.</summary>
public sealed class FiqlException : Exception
{
    public FiqlException()
    {
    }

    public FiqlException(string message)
        : base(message)
    {
    }

    public FiqlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
