using Microsoft.IdentityModel.Tokens;

namespace ParGraph.Api.Identity;

/// <summary>
/// Where tokens come from when no Keycloak server is configured: the development identity provider
/// signs them with <see cref="SigningKey"/> as an issuer that <see cref="IsIssuer"/> accepts
/// (<c>http(s)://host[:port]/realms/khanhhoa</c>). Without a registered source every token is refused.
/// </summary>
public interface ITokenSigningSource
{
    SecurityKey SigningKey { get; }

    bool IsIssuer(string issuer);
}
