using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Data;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// Boots the real <c>Program</c> configured for Keycloak as docker-compose configures it
/// (<c>Keycloak__auth-server-url=http://keycloak:8080/</c>…), with <see cref="KeycloakStub"/> answering
/// the discovery and certs requests.
/// </summary>
public sealed class KeycloakApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    public KeycloakStub Keycloak { get; } = new();

    public Task InitializeAsync() => Database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseSetting($"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}", Database.ConnectionString)
            .UseSetting("Keycloak:realm", TestTokens.Realm)
            .UseSetting("Keycloak:auth-server-url", KeycloakStub.BackchannelUrl)
            .UseSetting("Keycloak:resource", TestTokens.Audience)
            .UseSetting("Keycloak:ssl-required", "none")
            .UseSetting("Keycloak:verify-token-audience", "true")
            .ConfigureServices(services => services.Configure<JwtBearerOptions>(
                JwtBearerDefaults.AuthenticationScheme, options => options.BackchannelHttpHandler = Keycloak));
}
