using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using ParGraph.Server.Authorization;
using ParGraph.Server.Transport.Http;

namespace ParGraph.Api.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer authentication against Keycloak (or the development identity provider), Keycloak
    /// role mapping, and the 401 rule: every GraphQL request needs a valid token.
    /// </summary>
    public static IServiceCollection AddParGraphAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(KeycloakOptions.SectionName);
        services.AddOptions<KeycloakOptions>()
            .Configure(options => KeycloakOptionsBinder.Bind(section, options))
            .Validate(o => !KeycloakOptionsBinder.IsUsed(section) || (!string.IsNullOrWhiteSpace(o.Realm) && o.IsConfigured),
                "Keycloak: set both realm and auth-server-url (or remove the section to use the development identity provider).")
            .Validate(o => !o.IsConfigured || (Uri.TryCreate(o.AuthServerUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"),
                "Keycloak:auth-server-url must be an absolute http(s) URL.")
            .Validate(o => o.SslRequired.ToLowerInvariant() is "external" or "all" or "none",
                "Keycloak:ssl-required must be external, all or none.")
            .Validate(o => !o.IsConfigured || !o.RequireHttpsMetadata || o.AuthServerUrl!.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
                "Keycloak:auth-server-url must use https under ssl-required (set ssl-required to none for a plain-http Keycloak).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Resource), "Keycloak:resource must not be empty.")
            .ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearerOptions>();
        services.AddTransient<IClaimsTransformation, KeycloakRolesClaimsTransformation>();
        services.AddSingleton<IBearerTokenAuthenticator, JwtBearerTokenAuthenticator>();
        services.Configure<GraphQLHttpOptions>(options => options.RequireAuthentication = true);
        return services;
    }
}
