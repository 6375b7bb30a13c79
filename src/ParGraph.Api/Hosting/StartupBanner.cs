using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ParGraph.Api.Data;
using ParGraph.Api.Identity.DevelopmentProvider;

namespace ParGraph.Api.Hosting;

/// <summary>Tells a newcomer where ParGraph listens and what to do next, once it is ready.</summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime, IServer server, ParGraphConnection connection, DevelopmentIdentityProvider identity, ILogger<StartupBanner> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? ParGraphApiHostingExtensions.DefaultUrl;
            var database = connection.IsEmbedded ? "embedded PostgreSQL (under PARGRAPH_HOME)" : "ConnectionStrings:ParGraph";
            var query = """{"query":"{ agencies(first: 5) { totalCount nodes { code name kind } } }"}""";
            logger.LogInformation(
                "ParGraph is ready.\n  GraphQL endpoint and Banana Cake Pop IDE: {Url}/graphql\n  Health: {Url}/health/ready\n  Database: {Database}\n  {Identity}\n  Then: {Curl}",
                url, url, database, DevelopmentIdentityBanner.Describe(identity, url),
                $"curl -s {url}/graphql -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d '{query}'");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
