using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ParGraph.Api.Identity;

/// <summary>
/// Token validation for the API. With Keycloak configured: authority <c>{auth-server-url}/realms/{realm}</c>;
/// the issuer and the signing keys come from its discovery document. In docker-compose the API reaches
/// Keycloak at <c>http://keycloak:8080</c> while tokens carry the pinned <c>KC_HOSTNAME</c> issuer
/// (<c>http://localhost:8080/realms/khanhhoa</c>): Keycloak's discovery document always states the
/// frontend (KC_HOSTNAME) issuer and, with <c>KC_HOSTNAME_BACKCHANNEL_DYNAMIC</c>, a <c>jwks_uri</c> on the
/// address it was asked at, so validating against discovery accepts exactly the tokens users fetch.
/// Without Keycloak, the <see cref="ITokenSigningSource"/> (the development identity provider) supplies
/// the key and the issuer rule. Either way: audience = resource, 30 s clock skew, RS256 only (no
/// <c>alg: none</c>), claims as issued (<c>preferred_username</c> is the name), Keycloak roles mapped by
/// <see cref="KeycloakRolesClaimsTransformation"/>.
/// </summary>
public sealed class ConfigureJwtBearerOptions(IOptions<KeycloakOptions> keycloak, IServiceProvider services)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
            Configure(options);
    }

    public void Configure(JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = keycloak.Value;
        options.MapInboundClaims = false;
        options.IncludeErrorDetails = true;
        var parameters = options.TokenValidationParameters;
        parameters.ValidateIssuer = true;
        parameters.ValidateAudience = settings.VerifyTokenAudience;
        parameters.ValidAudience = settings.Resource;
        parameters.ValidateLifetime = true;
        parameters.RequireExpirationTime = true;
        parameters.RequireSignedTokens = true;
        parameters.ClockSkew = ClockSkew;
        parameters.ValidAlgorithms = [SecurityAlgorithms.RsaSha256];
        parameters.NameClaimType = "preferred_username";
        parameters.RoleClaimType = System.Security.Claims.ClaimTypes.Role;
        options.Events ??= new JwtBearerEvents();
        options.Events.OnTokenValidated = RejectOtherTokenTypes;

        if (settings.IsConfigured)
        {
            options.Authority = settings.Authority;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            return;
        }

        // Normally one source, the development identity provider; tests add a key of their own to mint edge cases.
        var sources = services.GetServices<ITokenSigningSource>().ToList();
        parameters.IssuerSigningKeys = [.. sources.Select(source => source.SigningKey)];
        parameters.IssuerValidator = (issuer, _, _) => sources.Any(source => source.IsIssuer(issuer))
            ? issuer
            : throw new SecurityTokenInvalidIssuerException($"The issuer '{issuer}' is not this realm.") { InvalidIssuer = issuer };
    }

    /// <summary>Keycloak access tokens say <c>typ: Bearer</c>; ID and refresh tokens say otherwise.</summary>
    public static bool IsAccessToken(System.Security.Claims.ClaimsPrincipal? principal) =>
        principal?.FindFirst("typ")?.Value is not { } type || string.Equals(type, "Bearer", StringComparison.OrdinalIgnoreCase);

    private static Task RejectOtherTokenTypes(TokenValidatedContext context)
    {
        if (!IsAccessToken(context.Principal))
            context.Fail($"A '{context.Principal!.FindFirst("typ")!.Value}' token is not an access token.");
        return Task.CompletedTask;
    }
}
