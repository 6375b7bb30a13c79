using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParGraph.Server.Database;

/// <summary>
/// Bounds how many database connections one GraphQL request holds at once. GraphQL.NET resolves sibling
/// fields in parallel and every resolver and batch loader opens a context of its own, so a document of a
/// thousand aliased root fields would otherwise take the whole pool — other callers would wait for
/// connections and PostgreSQL would refuse new ones. The executor opens a scope per request
/// (<see cref="Begin"/>); this interceptor, added to the application's DbContext, makes every connection
/// opened in that scope wait for one of its permits and returns the permit when the connection closes.
/// Work outside a request (jobs, event fan-out, verbs) is not limited.
/// </summary>
public sealed class RequestConnectionLimit : DbConnectionInterceptor
{
    public static RequestConnectionLimit Interceptor { get; } = new();

    private static readonly AsyncLocal<SemaphoreSlim?> Current = new();
    private static readonly ConditionalWeakTable<DbConnection, SemaphoreSlim> Permits = new();

    private RequestConnectionLimit()
    {
    }

    /// <summary>Limits the connections opened by the calling flow (and what it starts) until disposed.</summary>
    public static Scope Begin(int maxConnections)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConnections, 1);
        var previous = Current.Value;
        var gate = new SemaphoreSlim(maxConnections, maxConnections);
        Current.Value = gate;
        return new Scope(previous);
    }

    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Current.Value is { } gate)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            Permits.AddOrUpdate(connection, gate);
        }
        return result;
    }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (Current.Value is { } gate)
        {
            gate.Wait();
            Permits.AddOrUpdate(connection, gate);
        }
        return result;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Release(connection);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    private static void Release(DbConnection connection)
    {
        if (Permits.TryGetValue(connection, out var gate) && Permits.Remove(connection))
            gate.Release();
    }

    /// <summary>Ends the limit of one request, restoring the flow's previous one.</summary>
    public readonly struct Scope(SemaphoreSlim? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
