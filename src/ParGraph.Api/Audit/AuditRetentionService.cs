using Microsoft.Extensions.Options;

namespace ParGraph.Api.Audit;

/// <summary>Runs the <see cref="AuditArchiver"/> at start-up (after migrations) and then every <see cref="AuditOptions.ArchiveInterval"/>.</summary>
public sealed partial class AuditRetentionService(
    AuditArchiver archiver, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.RetentionDays == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.ArchiveInterval, time);
        do
        {
            try
            {
                var moved = await archiver.ArchiveOlderThanAsync(settings.RetentionDays, stoppingToken);
                LogArchived(logger, moved, settings.RetentionDays);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex); // the next run tries again; nothing was moved
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit retention: moved {Count} entries older than {Days} days to the archive")]
    private static partial void LogArchived(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit retention: archiving failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
