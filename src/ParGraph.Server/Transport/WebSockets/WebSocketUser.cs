using System.Security.Claims;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>Who a WebSocket connection runs as, and when its token expires (null: no expiry known).</summary>
public sealed record WebSocketUser(ClaimsPrincipal User, DateTimeOffset? ExpiresAt);
