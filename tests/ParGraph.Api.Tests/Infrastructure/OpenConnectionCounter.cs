using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>Counts the database connections EF Core holds open at once, to prove a request's bound on them.</summary>
public sealed class OpenConnectionCounter : DbConnectionInterceptor
{
    private int open;
    private int most;

    /// <summary>The most connections open at one moment since the last <see cref="Reset"/>.</summary>
    public int Most => Volatile.Read(ref most);

    public void Reset() => Interlocked.Exchange(ref most, Volatile.Read(ref open));

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Opened();
        return Task.CompletedTask;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Opened();

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Interlocked.Decrement(ref open);
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Decrement(ref open);

    private void Opened()
    {
        var now = Interlocked.Increment(ref open);
        int seen;
        while (now > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, now, seen) != seen)
        {
        }
    }
}
