using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.WebSockets;

/// <summary>
/// Runs the public graphql-ws 6.4.2 and graphql-sse 2.6.1 clients (tests/conformance/ws.test.mjs and
/// sse.test.mjs) against the server kit with the test schema. Needs node and npm; never skipped.
/// </summary>
public sealed class GraphQLWsAndSseConformanceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task PublicClients_AllPass()
    {
        var run = await NodeConformanceSuite.RunAsync(fixture.Server.Endpoint, "ws.test.mjs", "sse.test.mjs");

        Assert.True(run.ExitCode == 0, $"graphql-ws / graphql-sse clients failed against {fixture.Server.Endpoint}:\n{run.Output}");
        Assert.Contains("# pass 6", run.Output);
        Assert.Contains("# fail 0", run.Output);
    }
}
