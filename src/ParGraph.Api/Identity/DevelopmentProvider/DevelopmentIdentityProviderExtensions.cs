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
    /// Registers <see cref="DevelopmentIdentityProvider"/>: enabled when no Keycloak server is configured
    /// and the environment is not Production; in Production without Keycloak the server refuses to start
    /// (<see cref="ProductionIdentityCheck"/>), while the command-line verbs still run.
    /// </summary>
    public static WebApplicationBuilder AddDevelopmentIdentityProvider(this WebApplicationBuilder builder)
    {
        var noKeycloak = !KeycloakConfigured(builder.Configuration);
        var refused = noKeycloak && builder.Environment.IsProduction();
        var enabled = noKeycloak && !refused;
        builder.Services.AddSingleton<IStartupCheck>(new ProductionIdentityCheck(refused));

        var keys = Path.Combine(ParGraphHome.Resolve(builder.Configuration, builder.Environment.ContentRootPath), DevelopmentIdentityProvider.KeyFolderName);
        if (enabled)
        {
            builder.Services.AddSingleton<ITokenSigningSource>(sp => sp.GetRequiredService<DevelopmentIdentityProvider>());
        }

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
