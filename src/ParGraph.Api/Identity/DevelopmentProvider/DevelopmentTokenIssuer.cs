using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ParGraph.Api.Identity.Realm;

namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>Signs tokens shaped like Keycloak 26's and answers with Keycloak's token response body.</summary>
internal sealed class DevelopmentTokenIssuer(DevelopmentIdentityProvider provider, TimeProvider clock)
{
    public const string RefreshType = "Refresh";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <param name="sessionId">The session (<c>sid</c>); null for client credentials, which get no refresh token.</param>
    public JsonObject Issue(HttpContext http, ClientRepresentation client, UserRepresentation user, string? sessionId, string scope)
    {
        var realm = provider.RealmData;
        var issuer = provider.IssuerFor(http.Request);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var lifespan = realm.Representation.AccessTokenLifespan;
        var access = Common(issuer, client, user, sessionId, now, now + lifespan);
        access["typ"] = "Bearer";
        if (realm.AudiencesFor(client, user) is { Count: > 0 } audiences)
        {
            access["aud"] = audiences.Count == 1 ? audiences[0] : audiences.ToArray();
        }

        access["acr"] = "1";
        if (client.WebOrigins.Count > 0)
        {
            access["allowed-origins"] = client.WebOrigins.ToArray();
        }

        if (realm.RealmRolesOf(user) is { Count: > 0 } realmRoles)
        {
            access["realm_access"] = new Dictionary<string, object> { ["roles"] = realmRoles.ToArray() };
        }

        if (realm.ClientRolesOf(user) is { Count: > 0 } clientRoles)
        {
            access["resource_access"] = clientRoles.ToDictionary(
                c => c.Key, object (c) => new Dictionary<string, object> { ["roles"] = c.Value.ToArray() });
        }

        access["scope"] = scope;
        AddProfile(access, user);
        if (user.ServiceAccountClientId is not null)
        {
            access["client_id"] = client.ClientId;
            access["clientHost"] = access["clientAddress"] = http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1";
        }

        var response = new JsonObject
        {
            ["access_token"] = Sign(access, provider.Keys.SigningCredentials),
            ["expires_in"] = lifespan,
            ["refresh_expires_in"] = 0,
        };
        if (sessionId is not null)
        {
            var idle = realm.Representation.SsoSessionIdleTimeout;
            var refresh = Common(issuer, client, user, sessionId, now, now + idle);
            refresh["aud"] = issuer;
            refresh["typ"] = RefreshType;
            refresh["scope"] = scope;
            response["refresh_expires_in"] = idle;
            response["refresh_token"] = Sign(refresh, provider.Keys.RefreshCredentials);
        }

        response["token_type"] = "Bearer";
        if (sessionId is not null && scope.Split(' ').Contains("openid"))
        {
            var id = Common(issuer, client, user, sessionId, now, now + lifespan);
            id["aud"] = client.ClientId;
            id["typ"] = "ID";
            id["acr"] = "1";
            AddProfile(id, user);
            response["id_token"] = Sign(id, provider.Keys.SigningCredentials);
        }

        response["not-before-policy"] = 0;
        if (sessionId is not null)
        {
            response["session_state"] = sessionId;
        }

        response["scope"] = scope;
        return response;
    }

    /// <summary>The claims of a refresh token this provider signed and that is still valid; null otherwise.</summary>
    public async Task<JsonWebToken?> ReadRefreshTokenAsync(string token)
    {
        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = provider.Keys.RefreshKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha512],
            ValidateIssuer = false,
            ValidateAudience = false,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (_, expires, _, _) => expires > clock.GetUtcNow().UtcDateTime,
        });
        return result.IsValid && result.SecurityToken is JsonWebToken jwt
            && jwt.TryGetPayloadValue<string>("typ", out var typ) && typ == RefreshType
            && provider.IsIssuer(jwt.Issuer)
                ? jwt
                : null;
    }

    private static Dictionary<string, object> Common(
        string issuer, ClientRepresentation client, UserRepresentation user, string? sessionId, long now, long expires)
    {
        var claims = new Dictionary<string, object>
        {
            ["exp"] = expires,
            ["iat"] = now,
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = issuer,
            ["sub"] = user.Id,
            ["azp"] = client.ClientId,
        };
        if (sessionId is not null)
        {
            claims["sid"] = sessionId;
        }

        return claims;
    }

    private static void AddProfile(Dictionary<string, object> claims, UserRepresentation user)
    {
        claims["email_verified"] = user.EmailVerified;
        if (user.FirstName is not null || user.LastName is not null)
        {
            claims["name"] = $"{user.FirstName} {user.LastName}".Trim();
        }

        claims["preferred_username"] = user.Username.ToLowerInvariant();
        AddIfPresent(claims, "given_name", user.FirstName);
        AddIfPresent(claims, "family_name", user.LastName);
        AddIfPresent(claims, "email", user.Email);
    }

    private static void AddIfPresent(Dictionary<string, object> claims, string name, string? value)
    {
        if (value is not null)
        {
            claims[name] = value;
        }
    }

    private static string Sign(Dictionary<string, object> claims, SigningCredentials credentials) =>
        Handler.CreateToken(new SecurityTokenDescriptor { Claims = claims, SigningCredentials = credentials });
}
