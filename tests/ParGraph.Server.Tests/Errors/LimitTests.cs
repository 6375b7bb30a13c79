using System.Net;
using ParGraph.Server.Errors;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Errors;

public sealed class LimitTests
{
    private static string Nested(int depth) =>
        "{ nested { " + string.Concat(Enumerable.Repeat("child { ", depth - 1)) + "level" + new string('}', depth) + " }";

    [Fact]
    public async Task Post_TooDeepQuery_ReturnsComplexityLimit()
    {
        await using var server = await TestServer.StartAsync();

        var ok = await server.PostAsync($$"""{"query":"{{Nested(14)}}"}""");
        var tooDeep = await server.PostAsync($$"""{"query":"{{Nested(16)}}"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.True(ok.HasData, ok.Body);
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.Status);
        Assert.Equal(ErrorCodes.ComplexityLimit, tooDeep.FirstErrorCode);
    }

    [Fact]
    public async Task Post_TooComplexQuery_ReturnsComplexityLimit()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQLExecution:MaxComplexity"] = "3" });

        var response = await server.PostAsync("""{"query":"{ a: hello b: hello c: hello d: hello }"}""");

        Assert.Equal(ErrorCodes.ComplexityLimit, response.FirstErrorCode);
    }

    [Fact]
    public async Task Post_ThousandAliasedRootFields_ReturnsComplexityLimit_AFewHundredAreServed()
    {
        await using var server = await TestServer.StartAsync();
        static string Aliases(int count) =>
            "{\"query\":\"{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: hello")) + " }\"}";

        var refused = await server.PostAsync(Aliases(1000));
        var served = await server.PostAsync(Aliases(150));

        Assert.Equal(ErrorCodes.ComplexityLimit, refused.FirstErrorCode);
        Assert.False(refused.HasData);
        Assert.Equal(150, served.Data.EnumerateObject().Count());
    }

    [Theory]
    [InlineData(70, true)]
    [InlineData(2000, false)]
    public async Task Post_DocumentNestedBeyondTheParser_ReturnsOneShortComplexityLimit(int depth, bool closed)
    {
        await using var server = await TestServer.StartAsync(environment: "Development");
        var query = closed ? Nested(depth) : string.Concat(Enumerable.Repeat("{ nested ", depth));

        var response = await server.PostAsync($$"""{"query":"{{query}}"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ErrorCodes.ComplexityLimit, response.FirstErrorCode);
        Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.DoesNotContain("\n", response.FirstError.GetProperty("message").GetString()!);
        Assert.True(response.Body.Length < 500, response.Body);
    }

    [Fact]
    public async Task Post_Introspection_PassesDefaultLimits()
    {
        await using var server = await TestServer.StartAsync();
        var query = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Errors", "introspection.graphql"));

        var response = await server.PostAsync(System.Text.Json.JsonSerializer.Serialize(new { query }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasData, response.Body);
        Assert.True(response.Data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 5, response.Body);
    }

    [Fact]
    public async Task Post_SlowQuery_ReturnsTimeout()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["GraphQLExecution:ExecutionTimeout"] = "00:00:00.200" });

        var response = await server.PostAsync("""{"query":"{ slow(ms: 5000) }"}""");

        Assert.Equal(ErrorCodes.Timeout, response.FirstErrorCode);
    }
}
