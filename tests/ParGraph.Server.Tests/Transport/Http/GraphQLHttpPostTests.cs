using System.Net;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.Http;

public sealed class GraphQLHttpPostTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Fact]
    public async Task Post_WithQuery_Returns200WithData()
    {
        var response = await Server.PostAsync("""{"query":"{ hello(name: \"Khánh Hòa\") }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("Hello, Khánh Hòa!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_WithCharsetUtf8_IsAccepted()
    {
        var response = await Server.PostAsync("""{"query":"{ __typename }"}""", contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Post_WithVariablesAndOperationName_RunsThatOperation()
    {
        var response = await Server.PostAsync(
            """{"query":"query A { __typename } query B($n: String) { hello(name: $n) }","operationName":"B","variables":{"n":"SNV"}}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, SNV!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_WithNullVariablesExtensionsAndOperationName_IsAccepted()
    {
        var response = await Server.PostAsync("""{"query":"{ hello }","variables":null,"extensions":null,"operationName":null}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, world!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_Mutation_Returns200()
    {
        var response = await Server.PostAsync("""{"query":"mutation { echo(text: \"ok\") }"}""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("ok", response.Data.GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Post_VietnameseText_IsNotEscaped()
    {
        var response = await Server.PostAsync("""{"query":"{ agencyName }"}""");

        Assert.Contains("\"Sở Nội vụ\"", response.Body);
        Assert.DoesNotContain("\\u", response.Body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_WithUnsupportedContentType_Returns415(string? contentType)
    {
        var response = await Server.PostAsync("""{"query":"{ __typename }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Fact]
    public async Task Post_WithTextPlain_Returns415()
    {
        var response = await Server.PostAsync("""{"query":"{ __typename }"}""", contentType: "text/plain;charset=UTF-8");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task OtherMethod_Returns405WithAllowGetPost(string method)
    {
        var response = await Server.SendAsync(new HttpMethod(method), "", """{"query":"{ __typename }"}""", null, "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET, POST", response.Allow);
    }

    [Fact]
    public async Task Post_Subscription_Returns405()
    {
        var response = await Server.PostAsync("""{"query":"subscription { ticks }"}""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.False(response.HasData);
        Assert.Contains("WebSocket", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_RequestUser_ReachesResolvers()
    {
        var response = await Server.SendAsync(HttpMethod.Post, "", """{"query":"{ me }"}""", null, "application/json",
            new Dictionary<string, string> { [TestServer.UserHeader] = "snv.editor" });

        Assert.Equal("snv.editor", response.Data.GetProperty("me").GetString());
    }

    [Fact]
    public async Task Post_EachRequest_RunsInItsOwnScope()
    {
        var first = await Server.PostAsync("""{"query":"{ a: scopeId b: scopeId }"}""");
        var second = await Server.PostAsync("""{"query":"{ a: scopeId }"}""");

        Assert.Equal(first.Data.GetProperty("a").GetString(), first.Data.GetProperty("b").GetString());
        Assert.NotEqual(first.Data.GetProperty("a").GetString(), second.Data.GetProperty("a").GetString());
    }
}
