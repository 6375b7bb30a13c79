using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Server.Authorization;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>
/// Authenticates a WebSocket connection at <c>connection_init</c>. The token is taken from the payload's
/// <c>Authorization</c> ("Bearer …") or <c>authToken</c>, else from the upgrade request's
/// <c>Authorization</c> header, and validated by <see cref="IBearerTokenAuthenticator"/>. Without a
/// token, a user the upgrade request already authenticated is kept (its <c>exp</c> claim is the
/// expiry); else the connection is anonymous, unless <see cref="GraphQLHttpOptions.RequireAuthentication"/>.
/// </summary>
public sealed class WebSocketAuthentication(IOptions<GraphQLHttpOptions> httpOptions)
{
    /// <summary>The connection's user, or null when authentication is rejected (close 4403).</summary>
    public async Task<WebSocketUser?> AuthenticateAsync(HttpContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var token = PayloadToken(payload);
        if (token is null && !GraphQLHttpAuthentication.IsAuthenticated(context))
            token = BearerToken(context.Request.Headers.Authorization.ToString());
        if (token is not null)
        {
            var authenticator = context.RequestServices.GetService<IBearerTokenAuthenticator>();
            var result = authenticator is null ? null : await authenticator.AuthenticateAsync(token, cancellationToken).ConfigureAwait(false);
            return result is null || result.ExpiresAt <= DateTimeOffset.UtcNow ? null : new WebSocketUser(result.User, result.ExpiresAt);
        }
        if (GraphQLHttpAuthentication.IsAuthenticated(context))
            return new WebSocketUser(context.User, ExpiryClaim(context.User));
        return httpOptions.Value.RequireAuthentication ? null : new WebSocketUser(context.User, null);
    }

    private static string? PayloadToken(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var name in (string[])["Authorization", "authorization", "authToken"])
        {
            if (payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                return BearerToken(value.GetString()!) ?? NonEmpty(value.GetString()!);
        }
        return null;
    }

    private static string? BearerToken(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? NonEmpty(header["Bearer ".Length..].Trim()) : null;

    private static string? NonEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DateTimeOffset? ExpiryClaim(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst("exp")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
