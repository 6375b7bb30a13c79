using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.Http;

/// <summary>
/// Runs the public graphql-http audit suite (tests/conformance/http.test.mjs) against the server kit
/// with the test schema. Needs node and npm: without them the test fails, it is never skipped.
/// </summary>
public sealed class GraphQLHttpConformanceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task GraphQLHttpAudits_AllPass()
    {
        var run = await NodeConformanceSuite.RunAsync(fixture.Server.Endpoint, "http.test.mjs");

        Assert.True(run.ExitCode == 0, $"graphql-http audits failed against {fixture.Server.Endpoint}:\n{run.Output}");
        Assert.Contains("# pass 61", run.Output);
        Assert.Contains("# fail 0", run.Output);
    }
}
