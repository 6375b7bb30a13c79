using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ParGraph.Server.Events;

/// <summary>
/// Keeps this replica's one <c>LISTEN</c> connection and hands every notification to the <see cref="EventHub"/>.
/// A lost connection is reopened with doubling back-off; after a reconnection every subscriber is told to
/// resynchronise, since notifications sent meanwhile are gone.
/// </summary>
public sealed partial class PostgresEventListener(
    EventHub hub, PostgresEventConnection connection, IOptions<EventsOptions> options, ILogger<PostgresEventListener> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place (tests and readiness wait for it).</summary>
    public Task Listening => listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.ReconnectMinDelay;
        var lostBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var db = await connection.OpenAsync(stoppingToken);
                db.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {options.Value.Channel}", db))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                listening.TrySetResult();
                delay = options.Value.ReconnectMinDelay;
                if (lostBefore)
                {
                    LogReconnected(logger, options.Value.Channel);
                    hub.Dispatch(ServerEvent.Resync);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await db.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or InvalidOperationException or TimeoutException)
            {
                lostBefore = true;
                LogLost(logger, ex, options.Value.Channel, delay);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.ReconnectMaxDelay.Ticks));
            }
        }
    }

    private void Receive(string payload)
    {
        try
        {
            var serverEvent = JsonSerializer.Deserialize<ServerEvent>(payload);
            if (serverEvent is { Topic: not null, Data: not null })
            {
                hub.Dispatch(serverEvent);
            }
        }
        catch (JsonException ex)
        {
            LogMalformed(logger, ex, payload.Length > 200 ? payload[..200] : payload);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the LISTEN connection on {Channel}; reconnecting in {Delay}.")]
    private static partial void LogLost(ILogger logger, Exception exception, string channel, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Channel} again; subscribers were told to resynchronise.")]
    private static partial void LogReconnected(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a notification that is not an event: {Payload}")]
    private static partial void LogMalformed(ILogger logger, Exception exception, string payload);
}
