using ParGraph.Api.Identity.Realm;

namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>
/// <c>POST /realms/khanhhoa/protocol/openid-connect/token</c>: the <c>password</c>, <c>client_credentials</c>
/// and <c>refresh_token</c> grants, with Keycloak's rules for which client may use which grant and its error bodies.
/// </summary>
internal static class TokenEndpoint
{
    public const string DefaultScope = "profile email";

    public static readonly IReadOnlyList<string> SupportedGrants = ["password", "client_credentials", "refresh_token"];

    public static async Task<IResult> HandleAsync(HttpContext http, DevelopmentIdentityProvider provider, TimeProvider clock)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        if (!http.Request.HasFormContentType)
        {
            return OAuthError.InvalidRequest("Expected an application/x-www-form-urlencoded body").ToResult();
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var grant = form["grant_type"].ToString();
        if (grant.Length == 0)
        {
            return OAuthError.InvalidRequest("Missing form parameter: grant_type").ToResult();
        }

        if (!SupportedGrants.Contains(grant))
        {
            return OAuthError.UnsupportedGrantType.ToResult();
        }

        var realm = provider.RealmData;
        var (client, error) = ClientAuthenticator.Authenticate(http.Request, form, realm);
        if (client is null)
        {
            return error!.ToResult();
        }

        var issuer = new DevelopmentTokenIssuer(provider, clock);
        var outcome = grant switch
        {
            "password" => Password(form, client, realm),
            "client_credentials" => ClientCredentials(client, realm),
            "refresh_token" => await RefreshAsync(form, client, realm, issuer),
            _ => Fail(OAuthError.UnsupportedGrantType),
        };
        if (outcome.Error is not null)
        {
            return outcome.Error.ToResult();
        }

        var scope = outcome.Scope ?? Scope(form);
        var session = grant == "client_credentials" ? null : outcome.SessionId ?? Guid.NewGuid().ToString();
        return Results.Json(issuer.Issue(http, client, outcome.User!, session, scope));
    }

    private static Outcome Password(IFormCollection form, ClientRepresentation client, DevelopmentRealm realm)
    {
        if (!client.DirectAccessGrantsEnabled)
        {
            return Fail(OAuthError.UnauthorizedClient("Client not allowed for direct access grants"));
        }

        var (username, password) = (form["username"].ToString(), form["password"].ToString());
        if (username.Length == 0)
        {
            return Fail(OAuthError.InvalidRequest("Missing parameter: username"));
        }

        var user = realm.FindPerson(username);
        var stored = user?.Credentials.FirstOrDefault(c => c.Type == CredentialRepresentation.Password)?.Value;
        if (user is null || stored is null || !FixedTimeEquals(stored, password))
        {
            return Fail(OAuthError.InvalidGrant("Invalid user credentials", StatusCodes.Status401Unauthorized));
        }

        return user.Enabled ? new(user, null, null, null) : Fail(OAuthError.InvalidGrant("Account disabled"));
    }

    private static Outcome ClientCredentials(ClientRepresentation client, DevelopmentRealm realm)
    {
        if (client.PublicClient)
        {
            return Fail(OAuthError.UnauthorizedClient("Public client not allowed to retrieve service account", StatusCodes.Status401Unauthorized));
        }

        if (!client.ServiceAccountsEnabled || realm.ServiceAccountOf(client.ClientId) is not { Enabled: true } account)
        {
            return Fail(OAuthError.UnauthorizedClient("Client not enabled to retrieve service account", StatusCodes.Status401Unauthorized));
        }

        return new(account, null, null, null);
    }

    private static async Task<Outcome> RefreshAsync(
        IFormCollection form, ClientRepresentation client, DevelopmentRealm realm, DevelopmentTokenIssuer issuer)
    {
        var token = form["refresh_token"].ToString();
        if (token.Length == 0)
        {
            return Fail(OAuthError.InvalidRequest("Missing parameter: refresh_token"));
        }

        if (await issuer.ReadRefreshTokenAsync(token) is not { } refresh)
        {
            return Fail(OAuthError.InvalidGrant("Invalid refresh token"));
        }

        if (!refresh.TryGetPayloadValue<string>("azp", out var azp) || azp != client.ClientId)
        {
            return Fail(OAuthError.InvalidGrant("Invalid refresh token. Token client and authorized client don't match"));
        }

        if (realm.FindById(refresh.Subject) is not { Enabled: true } user)
        {
            return Fail(OAuthError.InvalidGrant("User not found or disabled"));
        }

        refresh.TryGetPayloadValue<string>("sid", out var sid);
        refresh.TryGetPayloadValue<string>("scope", out var scope);
        return new(user, sid, scope, null);
    }

    /// <summary>Keycloak's answer: <c>openid</c> only when asked for, then the default scopes.</summary>
    private static string Scope(IFormCollection form) =>
        form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid") ? "openid " + DefaultScope : DefaultScope;

    private static bool FixedTimeEquals(string expected, string actual) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual));

    private static Outcome Fail(OAuthError error) => new(null, null, null, error);

    private sealed record Outcome(UserRepresentation? User, string? SessionId, string? Scope, OAuthError? Error);
}
