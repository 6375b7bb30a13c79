using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ParGraph.Api.Identity.Realm;

namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>
/// Identifies the client of a token request, as Keycloak's client-id-and-secret authenticator does:
/// HTTP Basic (<c>client_secret_basic</c>) or form fields <c>client_id</c>/<c>client_secret</c> (<c>client_secret_post</c>).
/// </summary>
internal static class ClientAuthenticator
{
    public static (ClientRepresentation? Client, OAuthError? Error) Authenticate(HttpRequest request, IFormCollection form, DevelopmentRealm realm)
    {
        var (clientId, secret) = FromBasicHeader(request) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        if (string.IsNullOrEmpty(clientId))
        {
            return (null, OAuthError.InvalidRequest("Missing form parameter: client_id"));
        }

        if (realm.FindClient(clientId) is not { Enabled: true } client)
        {
            return (null, OAuthError.InvalidClient);
        }

        if (client.BearerOnly)
        {
            return (null, OAuthError.UnauthorizedClient("Bearer-only not allowed"));
        }

        if (client.PublicClient)
        {
            return (client, null);
        }

        if (string.IsNullOrEmpty(secret))
        {
            return (null, OAuthError.UnauthorizedClient("Client secret not provided in request", StatusCodes.Status401Unauthorized));
        }

        return client.Secret is { } expected
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(expected))
                ? (client, null)
                : (null, OAuthError.UnauthorizedClient("Invalid client or Invalid client credentials", StatusCodes.Status401Unauthorized));
    }

    private static (string Id, string Secret)? FromBasicHeader(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (Uri.UnescapeDataString(pair[..colon]), Uri.UnescapeDataString(pair[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
