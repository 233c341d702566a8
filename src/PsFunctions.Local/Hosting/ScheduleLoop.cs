using Cronos;

namespace PsFunctions.Local.Hosting;

/// <summary>
/// The local runner's stand-in for a Functions timer trigger: runs <paramref name="work"/> at each
/// occurrence of a six-field NCRONTAB schedule (the same app setting the Function App reads). A failed run
/// is logged and the next occurrence runs as usual, as the Functions host does.
/// </summary>
internal sealed partial class ScheduleLoop(
    string name,
    string schedule,
    Func<CancellationToken, Task> work,
    TimeProvider time,
    ILogger<ScheduleLoop> logger) : BackgroundService
{
    private readonly CronExpression _expression = Parse(name, schedule);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = _expression.GetNextOccurrence(now.UtcDateTime, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            await Task.Delay(next.Value - now.UtcDateTime, time, stoppingToken);
            try
            {
                await work(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Log.RunFailed(logger, name, ex.GetType().Name);
            }
        }
    }

    private static CronExpression Parse(string name, string schedule) =>
        CronExpression.TryParse(schedule, CronFormat.IncludeSeconds, out var expression)
            ? expression
            : throw new ArgumentException($"{name}: '{schedule}' is not a six-field NCRONTAB schedule (second minute hour day month day-of-week).", nameof(schedule));

    private static partial class Log
    {
        [LoggerMessage(EventId = 7511, Level = LogLevel.Error, Message = "Scheduled run {Name} failed ({ErrorType}); the next occurrence runs as planned")]
        public static partial void RunFailed(ILogger logger, string name, string errorType);
    }
}
