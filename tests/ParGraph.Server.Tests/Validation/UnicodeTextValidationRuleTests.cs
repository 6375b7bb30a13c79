using System.Net;
using System.Text.Json;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Validation;

/// <summary>A NUL or a lone surrogate in any string input is refused before anything runs, naming the input.</summary>
public sealed class UnicodeTextValidationRuleTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Theory]
    [InlineData("""{ hello(name: "S\u0000NV") }""", "name")]
    [InlineData("""{ hello(name: "\ud800") }""", "name")]
    [InlineData("""{ hello(name: "ok\udc00") }""", "name")]
    [InlineData("""query($n: String = "a\u0000") { hello(name: $n) }""", "$n")]
    [InlineData("""mutation { echo(text: "x\u0000y") }""", "text")]
    public async Task Literal_WithInvalidText_IsRefusedWithValidationNamingTheInput(string query, string field)
    {
        var response = await Server.PostAsync(JsonSerializer.Serialize(new { query }), "application/graphql-response+json");

        AssertRefused(response, field);
    }

    [Theory]
    [InlineData("S\u0000NV")]
    [InlineData("\u0000")]
    public async Task Variable_WithANul_IsRefusedWithValidationNamingTheVariable(string name)
    {
        var body = JsonSerializer.Serialize(new { query = "mutation($t: String!) { echo(text: $t) }", variables = new { t = name } });

        var response = await Server.PostAsync(body, "application/graphql-response+json");

        AssertRefused(response, "$t");
    }

    [Fact]
    public async Task Variable_NestedInAList_IsNamedWithItsIndex()
    {
        var body = """{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"ok","extra":["a","b\u0000"]}}""";

        var response = await Server.PostAsync(body, "application/graphql-response+json");

        AssertRefused(response, "$extra[1]");
    }

    [Theory]
    [InlineData("Sở Nội vụ")]
    [InlineData("emoji 😀 pair")]
    public async Task Text_WithSurrogatePairsAndVietnamese_IsServed(string name)
    {
        var body = JsonSerializer.Serialize(new { query = "query($n: String) { hello(name: $n) }", variables = new { n = name } });

        var response = await Server.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal($"Hello, {name}!", response.Data.GetProperty("hello").GetString());
    }

    private static void AssertRefused(TestResponse response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData, response.Body);
        Assert.Equal("VALIDATION", response.FirstErrorCode);
        Assert.Equal(field, response.FirstError.GetProperty("extensions").GetProperty("field").GetString());
    }
}
