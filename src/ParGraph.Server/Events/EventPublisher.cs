using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ParGraph.Server.Events;

/// <summary>
/// Announces an event through <c>pg_notify</c> on the context's current transaction: PostgreSQL delivers it to
/// every replica when that transaction commits, and never when it rolls back.
/// </summary>
public sealed class EventPublisher(IOptions<EventsOptions> options)
{
    /// <summary>PostgreSQL refuses payloads of 8000 bytes or more; events carry ids, not data.</summary>
    public const int MaxPayloadBytes = 7900;

    /// <summary>Publishes <paramref name="payload"/> (ids and codes, as JSON) on <paramref name="topic"/>.</summary>
    public Task PublishAsync<T>(DbContext db, string topic, T payload, CancellationToken cancellationToken) =>
        PublishAsync(db, ServerEvent.Of(topic, payload), cancellationToken);

    public async Task PublishAsync(DbContext db, ServerEvent serverEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var payload = JsonSerializer.Serialize(serverEvent);
        if (System.Text.Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            throw new ArgumentException($"The event payload is over {MaxPayloadBytes} bytes; publish ids, not data.", nameof(serverEvent));
        }

        var channel = options.Value.Channel;
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({channel}, {payload})", cancellationToken).ConfigureAwait(false);
    }
}
