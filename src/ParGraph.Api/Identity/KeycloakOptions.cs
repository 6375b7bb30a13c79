using System.Net;
using System.Net.Sockets;

namespace ParGraph.Api.Identity;

/// <summary>
/// The Keycloak server that issues the API's tokens, bound from the <c>Keycloak</c> section in the
/// keys of Keycloak's adapter file (<c>realm</c>, <c>auth-server-url</c>, <c>resource</c>,
/// <c>ssl-required</c>, <c>verify-token-audience</c>) or in PascalCase (see <see cref="KeycloakOptionsBinder"/>).
/// Without <c>auth-server-url</c> the development identity provider signs the tokens instead.
/// </summary>
public sealed class KeycloakOptions
{
    public const string SectionName = "Keycloak";
    public const string DefaultResource = "pargraph-api";

    public string? Realm { get; set; }

    /// <summary>Keycloak's base URL, e.g. <c>https://sso.khanhhoa.gov.vn/</c> (Keycloak 17+ has no <c>/auth</c>).</summary>
    public string? AuthServerUrl { get; set; }

    /// <summary>The API's client id: the audience tokens must carry and the owner of the client roles.</summary>
    public string Resource { get; set; } = DefaultResource;

    /// <summary><c>external</c> (HTTPS except to loopback and private addresses), <c>all</c> or <c>none</c>.</summary>
    public string SslRequired { get; set; } = "external";

    public bool VerifyTokenAudience { get; set; } = true;

    /// <summary>Whether a Keycloak server is configured (else the development identity provider is used).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(AuthServerUrl);

    /// <summary>The realm's issuer URL on <see cref="AuthServerUrl"/>: <c>{url}/realms/{realm}</c>.</summary>
    public string Authority => $"{AuthServerUrl!.TrimEnd('/')}/realms/{Uri.EscapeDataString(Realm!.Trim('/'))}";

    /// <summary>Whether the discovery document and keys must be fetched over HTTPS.</summary>
    public bool RequireHttpsMetadata => SslRequired.ToLowerInvariant() switch
    {
        "none" => false,
        "external" => !Uri.TryCreate(AuthServerUrl, UriKind.Absolute, out var url) || !IsLocal(url),
        _ => true,
    };

    private static bool IsLocal(Uri url)
    {
        if (url.IsLoopback)
            return true;
        if (!IPAddress.TryParse(url.IdnHost, out var address))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6LinkLocal;
        var bytes = address.GetAddressBytes();
        return bytes[0] == 10 || (bytes[0] == 172 && bytes[1] is >= 16 and <= 31) || (bytes[0] == 192 && bytes[1] == 168);
    }
}
