using ParGraph.Api.Hosting;

namespace ParGraph.Api.Identity.DevelopmentProvider;

/// <summary>In Production the demo identities must never serve: Keycloak has to be configured.</summary>
public sealed class ProductionIdentityCheck(bool refused) : IStartupCheck
{
    public const string Message =
        "ParGraph will not start: no Keycloak server is configured, and in Production the development identity " +
        "provider (demo users, password 'demo') must not run. Configure Keycloak, e.g. Keycloak__auth-server-url=https://sso.example/ " +
        "Keycloak__realm=khanhhoa Keycloak__resource=pargraph-api, or run with ASPNETCORE_ENVIRONMENT=Development for the built-in provider.";

    public string? FindProblem() => refused ? Message : null;
}
