using System.Net;
using ParGraph.Server.Errors;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Errors;

public sealed class ErrorMappingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Fact]
    public async Task ApiExceptionNotFound_ReturnsItsCodeAndMessage()
    {
        var response = await Server.PostAsync("""{"query":"{ notFound }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(ErrorCodes.NotFound, response.FirstErrorCode);
        Assert.Equal("Agency XYZ does not exist.", response.FirstError.GetProperty("message").GetString());
        Assert.Equal("notFound", response.FirstError.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task ApiExceptionValidation_ReturnsFieldInExtensions()
    {
        var response = await Server.PostAsync("""{"query":"{ invalid }"}""");

        Assert.Equal(ErrorCodes.Validation, response.FirstErrorCode);
        Assert.Equal("progress", response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task OtherException_ReturnsInternalWithoutDetails_OutsideDevelopment()
    {
        var response = await Server.PostAsync("""{"query":"{ boom }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(ErrorCodes.Internal, response.FirstErrorCode);
        Assert.Equal(ParGraphErrorInfoProvider.InternalMessage, response.FirstError.GetProperty("message").GetString());
        Assert.DoesNotContain("secret connection string", response.Body);
        Assert.DoesNotContain("   at ", response.Body);
        Assert.False(response.FirstError.GetProperty("extensions").TryGetProperty("details", out _));
    }

    [Fact]
    public async Task OtherException_InDevelopment_ExposesDetails()
    {
        await using var server = await TestServer.StartAsync(environment: "Development");

        var response = await server.PostAsync("""{"query":"{ boom }"}""");

        Assert.Equal(ErrorCodes.Internal, response.FirstErrorCode);
        Assert.Contains("secret connection string", response.FirstError.GetProperty("extensions").GetProperty("details").GetString());
    }

    [Fact]
    public async Task ApiException_InDevelopment_IsItsMessageWithoutStackTrace()
    {
        await using var server = await TestServer.StartAsync(environment: "Development");

        var response = await server.PostAsync("""{"query":"{ notFound }"}""");

        Assert.Equal(ErrorCodes.NotFound, response.FirstErrorCode);
        Assert.False(response.FirstError.GetProperty("extensions").TryGetProperty("details", out _));
        Assert.DoesNotContain("   at ", response.Body);
    }

    [Fact]
    public void ApiExceptionFactories_UseTheFixedCodes()
    {
        Assert.Equal(ErrorCodes.Conflict, ApiException.Conflict("stale", new Dictionary<string, object?> { ["version"] = 3 }).Code);
        Assert.Equal(ErrorCodes.Forbidden, ApiException.Forbidden().Code);
        Assert.Equal(ErrorCodes.Unauthenticated, ApiException.Unauthenticated().Code);
        Assert.Equal(3, ApiException.Conflict("stale", new Dictionary<string, object?> { ["version"] = 3 }).Extensions!["version"]);
        Assert.Equal(8, ErrorCodes.All.Count);
    }
}
