using System.Collections.Concurrent;
using System.Security.Claims;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>Counts each user's open WebSocket connections on this server, by token subject.</summary>
public sealed class WebSocketConnectionsPerUser
{
    private readonly ConcurrentDictionary<string, int> open = new(StringComparer.Ordinal);

    /// <summary>A lease to hold while the connection is open, or null when the user already holds <paramref name="max"/>.</summary>
    public IDisposable? TryAcquire(ClaimsPrincipal user, int max)
    {
        var key = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name;
        if (key is null)
            return new Lease(null, null);
        while (true)
        {
            var count = open.GetOrAdd(key, 0);
            if (count >= max)
                return null;
            if (open.TryUpdate(key, count + 1, count))
                return new Lease(this, key);
        }
    }

    private void Release(string key)
    {
        while (open.TryGetValue(key, out var count))
        {
            if (count <= 1 ? open.TryRemove(new KeyValuePair<string, int>(key, count)) : open.TryUpdate(key, count - 1, count))
                return;
        }
    }

    private sealed class Lease(WebSocketConnectionsPerUser? owner, string? key) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (owner is not null && Interlocked.Exchange(ref disposed, 1) == 0)
                owner.Release(key!);
        }
    }
}
