namespace ParGraph.Server.Transport.WebSockets;

/// <summary>The two timed closes of a connection: no <c>connection_init</c> in time (4408) and the token's expiry (4403).</summary>
public static class WebSocketDeadlines
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    /// <summary>After <paramref name="timeout"/>, closes 4408 unless <paramref name="initialised"/>.</summary>
    public static async Task CloseUnlessInitialisedAsync(WebSocketConnection connection, TimeSpan timeout, Func<bool> initialised)
    {
        if (await WaitAsync(connection, timeout).ConfigureAwait(false) && !initialised())
            await connection.CloseAsync(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout")
                .ConfigureAwait(false);
    }

    /// <summary>At <paramref name="expiresAt"/>, closes 4403 (after what is already queued).</summary>
    public static async Task CloseAtExpiryAsync(WebSocketConnection connection, DateTimeOffset expiresAt)
    {
        if (await WaitAsync(connection, expiresAt - DateTimeOffset.UtcNow).ConfigureAwait(false))
            await connection.CloseAsync(WebSocketCloseCodes.Forbidden, "The access token expired.", flush: true).ConfigureAwait(false);
    }

    /// <summary>True when the time passed, false when the connection closed first.</summary>
    private static async Task<bool> WaitAsync(WebSocketConnection connection, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay > LongestWait ? LongestWait : delay, connection.Closing)
                .ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
