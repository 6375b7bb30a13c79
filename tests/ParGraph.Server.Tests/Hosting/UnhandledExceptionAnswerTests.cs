using System.Net;
using Microsoft.AspNetCore.Builder;
using ParGraph.Server.Hosting;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Hosting;

public sealed class UnhandledExceptionAnswerTests
{
    private const string Token = "eyJhbGciOiJSUzI1NiJ9.secret-token-of-the-caller";

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task ExceptionOutsideGraphQL_Answers500Internal_WithoutEchoingTheRequest(string environment)
    {
        await using var server = await TestServer.StartAsync(environment: environment,
            mapEndpoints: app => app.MapGet("/boom", string () => throw new InvalidOperationException("secret connection string")));

        var response = await server.SendAsync(HttpMethod.Get, "/../boom", null, null, null, new Dictionary<string, string>
        {
            ["Authorization"] = "Bearer " + Token,
            [RequestIds.Header] = "boom-1",
        });

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
        Assert.Equal("INTERNAL", response.FirstErrorCode);
        Assert.Contains("boom-1", response.FirstError.GetProperty("message").GetString());
        Assert.DoesNotContain("secret", response.Body);
        Assert.DoesNotContain("Authorization", response.Body, StringComparison.OrdinalIgnoreCase);
    }
}
