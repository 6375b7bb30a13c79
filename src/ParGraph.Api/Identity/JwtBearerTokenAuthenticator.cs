using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ParGraph.Server.Authorization;

namespace ParGraph.Api.Identity;

/// <summary>
/// Validates tokens that arrive outside the Authorization header (WebSocket <c>connection_init</c>)
/// with the very options, keys and role mapping of the JwtBearer scheme.
/// </summary>
public sealed class JwtBearerTokenAuthenticator(IOptionsMonitor<JwtBearerOptions> schemes, IClaimsTransformation roles)
    : IBearerTokenAuthenticator
{
    public async Task<AuthenticatedToken?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        var options = schemes.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } discovery)
        {
            var configuration = await discovery.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }

        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters);
            if (result.IsValid && result.SecurityToken is { } validated)
            {
                var principal = new ClaimsPrincipal(result.ClaimsIdentity);
                return ConfigureJwtBearerOptions.IsAccessToken(principal)
                    ? new AuthenticatedToken(await roles.TransformAsync(principal), new DateTimeOffset(validated.ValidTo, TimeSpan.Zero))
                    : null;
            }
        }

        return null;
    }
}
