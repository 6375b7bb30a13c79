using Microsoft.IdentityModel.Tokens;
using ParGraph.Api.Identity.Realm;

namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>
/// The built-in identity provider that speaks Keycloak's endpoints from the realm file on the API's own
/// origin. <see cref="Enabled"/> exactly when no Keycloak server is configured (and the environment is not
/// Production). For token validation: accept tokens signed by <see cref="SigningKey"/> whose issuer
/// passes <see cref="IsIssuer"/> and whose audience is <c>pargraph-api</c>.
/// </summary>
public sealed class DevelopmentIdentityProvider : ITokenSigningSource
{
    public const string KeyFolderName = "dev-identity";

    private readonly Lazy<DevelopmentSigningKeys> keys;
    private readonly Lazy<DevelopmentRealm> realm;

    public DevelopmentIdentityProvider(bool enabled, string keyDirectory, Func<RealmRepresentation> readRealm)
    {
        Enabled = enabled;
        KeyDirectory = keyDirectory;
        keys = new(() => DevelopmentSigningKeys.LoadOrCreate(keyDirectory));
        realm = new(() => new DevelopmentRealm(readRealm()));
    }

    /// <summary>Whether the provider's endpoints are mapped and its tokens are to be trusted.</summary>
    public bool Enabled { get; }

    /// <summary>The realm name, <c>khanhhoa</c>.</summary>
    public string Realm => KhanhHoaRealm.Name;

    /// <summary>Where the key file lives: <c>&lt;PARGRAPH_HOME&gt;/dev-identity</c>.</summary>
    public string KeyDirectory { get; }

    /// <summary>The public RS256 key that signs access tokens (<c>KeyId</c> set, as in the JWKS).</summary>
    /// <exception cref="InvalidOperationException">The provider is not enabled.</exception>
    public SecurityKey SigningKey => Keys.PublicKey;

    internal DevelopmentSigningKeys Keys => Enabled
        ? keys.Value
        : throw new InvalidOperationException("The development identity provider is off: a Keycloak server is configured.");

    internal DevelopmentRealm RealmData => realm.Value;

    /// <summary>
    /// Whether <paramref name="issuer"/> is this provider's: <c>http(s)://host[:port][/base]/realms/khanhhoa</c>
    /// for any host, as a Keycloak with a dynamic hostname issues; the signature is the trust anchor.
    /// </summary>
    public bool IsIssuer(string? issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0
        && uri.AbsolutePath.EndsWith($"/realms/{Realm}", StringComparison.Ordinal)
        && !issuer!.EndsWith('/');

    /// <summary>The issuer for a request: <c>scheme://host[/base]/realms/khanhhoa</c>.</summary>
    public string IssuerFor(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/realms/{Realm}";
}
