using ParGraph.Api.Hosting;
using ParGraph.Api.Hosting.Seeds;
using ParGraph.Api.Identity.Realm;

namespace ParGraph.Api.Identity.DevelopmentProvider;

public static class DevelopmentIdentityProviderExtensions
{
    /// <summary>The configuration keys that name a Keycloak server (kebab case, as Keycloak's adapter file, or Pascal case).</summary>
    public static readonly IReadOnlyList<string> KeycloakServerKeys = ["Keycloak:auth-server-url", "Keycloak:AuthServerUrl"];

    public static bool KeycloakConfigured(IConfiguration configuration) =>
        KeycloakServerKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    /// <summary>
    /// Registers <see cref="DevelopmentIdentityProvider"/>: enabled when no Keycloak server is configured.
    /// In Production that is refused with <see cref="IdentityConfigurationException"/>.
    /// </summary>
    public static WebApplicationBuilder AddDevelopmentIdentityProvider(this WebApplicationBuilder builder)
    {
        var enabled = !KeycloakConfigured(builder.Configuration);
        if (enabled && builder.Environment.IsProduction())
        {
            throw new IdentityConfigurationException(
                "ParGraph will not start: no Keycloak server is configured, and in Production the development identity " +
                "provider (demo users, password 'demo') must not run. Configure Keycloak, e.g. Keycloak__auth-server-url=https://sso.example/ " +
                "Keycloak__realm=khanhhoa Keycloak__resource=pargraph-api, or run with ASPNETCORE_ENVIRONMENT=Development for the built-in provider.");
        }

        var keys = Path.Combine(ParGraphHome.Resolve(builder.Configuration, builder.Environment.ContentRootPath), DevelopmentIdentityProvider.KeyFolderName);
        builder.Services.AddSingleton(sp => new DevelopmentIdentityProvider(
            enabled, keys, () => RealmJson.ReadFile(RealmFile.PathIn(sp.GetRequiredService<SeedCatalog>()))));
        return builder;
    }

    /// <summary>Maps the provider's Keycloak endpoints under <c>/realms/khanhhoa</c>, anonymous, when it is enabled.</summary>
    public static IEndpointRouteBuilder MapDevelopmentIdentityProvider(this IEndpointRouteBuilder endpoints)
    {
        var provider = endpoints.ServiceProvider.GetRequiredService<DevelopmentIdentityProvider>();
        if (!provider.Enabled)
        {
            return endpoints;
        }

        var realm = endpoints.MapGroup($"/realms/{provider.Realm}").AllowAnonymous().ExcludeFromDescription();
        realm.MapGet("/.well-known/openid-configuration", DiscoveryEndpoints.Configuration);
        realm.MapGet(DiscoveryEndpoints.ProtocolPath + "/certs", DiscoveryEndpoints.Certificates);
        realm.MapMethods(DiscoveryEndpoints.ProtocolPath + "/auth", [HttpMethods.Get, HttpMethods.Post], DiscoveryEndpoints.Authorize);
        realm.MapPost(DiscoveryEndpoints.ProtocolPath + "/token", TokenEndpoint.HandleAsync);
        return endpoints;
    }
}
