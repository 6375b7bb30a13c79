using System.Net;
using ParGraph.Server.Hosting;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Hosting;

public sealed class RequestIdTests
{
    [Fact]
    public async Task Post_WithASaneRequestId_EchoesIt()
    {
        await using var server = await TestServer.StartAsync();

        var response = await SendAsync(server, "portal-2025.07:req_1");

        Assert.Equal("portal-2025.07:req_1", response.Header(RequestIds.Header));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("x12345678901234567890123456789012345678901234567890123456789012345")]
    public async Task Post_WithoutASaneRequestId_GetsOneOfItsOwn(string? sent)
    {
        await using var server = await TestServer.StartAsync();

        var first = (await SendAsync(server, sent)).Header(RequestIds.Header);
        var second = (await SendAsync(server, sent)).Header(RequestIds.Header);

        Assert.True(RequestIds.IsValid(first), first);
        Assert.NotEqual(sent, first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Post_FromAllowedOrigin_ExposesTheRequestId()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://portal.khanhhoa.gov.vn" });

        var response = await server.SendAsync(HttpMethod.Post, "", """{"query":"{ __typename }"}""", null, "application/json",
            new Dictionary<string, string> { ["Origin"] = "https://portal.khanhhoa.gov.vn" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains(RequestIds.Header, response.Header("Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    private static Task<TestResponse> SendAsync(TestServer server, string? requestId) =>
        server.SendAsync(HttpMethod.Post, "", """{"query":"{ __typename }"}""", null, "application/json",
            requestId is null ? null : new Dictionary<string, string> { [RequestIds.Header] = requestId });
}
