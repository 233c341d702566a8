using Microsoft.Extensions.Logging;

namespace PsFunctions.Azure.Tests.Storage.Queues;

/// <summary>A logger provider that completes a task once log event <c>eventId</c> has been written <c>count</c> times.</summary>
internal sealed class LogSignal(int eventId, int count) : ILoggerProvider
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _seen;

    public Task Reached => _reached.Task;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private void Saw(EventId id)
    {
        if (id.Id == eventId && Interlocked.Increment(ref _seen) >= count)
        {
            _reached.TrySetResult();
        }
    }

    private sealed class Logger(LogSignal signal) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            signal.Saw(eventId);
    }
}
