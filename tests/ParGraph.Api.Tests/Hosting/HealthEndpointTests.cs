using System.Net;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Hosting;

public sealed class HealthEndpointTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public async Task Ready_WithMigratedDatabase_IsHealthy()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
