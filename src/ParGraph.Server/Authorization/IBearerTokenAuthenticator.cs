using System.Security.Claims;

namespace ParGraph.Server.Authorization;

/// <summary>
/// Validates a bearer token that did not arrive in an HTTP <c>Authorization</c> header — e.g. in a
/// WebSocket <c>connection_init</c> payload — exactly as the HTTP authentication would.
/// </summary>
public interface IBearerTokenAuthenticator
{
    /// <summary>The signed-in user and when the token expires, or null when the token is not valid.</summary>
    Task<AuthenticatedToken?> AuthenticateAsync(string token, CancellationToken cancellationToken);
}

/// <param name="User">The user with their role claims.</param>
/// <param name="ExpiresAt">When the token expires: a live connection must end then (close code 4403).</param>
public sealed record AuthenticatedToken(ClaimsPrincipal User, DateTimeOffset ExpiresAt);
