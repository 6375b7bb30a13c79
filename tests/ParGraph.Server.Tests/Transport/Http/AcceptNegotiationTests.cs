using System.Net;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.Http;

public sealed class AcceptNegotiationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Typename = """{"query":"{ __typename }"}""";
    private TestServer Server => fixture.Server;

    [Theory]
    [InlineData(null, "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/*", "application/json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("text/html;q=0.9, application/json", "application/json; charset=utf-8")]
    public async Task Post_WithAccept_AnswersNegotiatedType(string? accept, string expected)
    {
        var response = await Server.PostAsync(Typename, accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.ContentType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    public async Task Post_WithUnacceptableAccept_Returns406(string accept)
    {
        var response = await Server.PostAsync(Typename, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    [InlineData("text/html")]
    public async Task Post_MalformedJson_Returns400WhateverTheAccept(string accept)
    {
        var response = await Server.PostAsync("{\"query\":", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ nope }"}""")]
    [InlineData("""{"query":"query($n: Int!) { hello }"}""")]
    [InlineData("""{"query":"query($n: Int) { __typename }","variables":{"n":"not an int"}}""")]
    [InlineData("""{"query":"query A { __typename }","operationName":"B"}""")]
    public async Task Post_DocumentFailure_WithGraphQLResponseJson_Returns400WithoutData(string body)
    {
        var response = await Server.PostAsync(body, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.False(response.HasData);
        Assert.NotEmpty(response.Json.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ nope }"}""")]
    [InlineData("""{"query":"query($n: Int) { __typename }","variables":{"n":"not an int"}}""")]
    public async Task Post_DocumentFailure_WithApplicationJson_Returns200WithErrorsOnly(string body)
    {
        var response = await Server.PostAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasData);
        Assert.NotEmpty(response.Json.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Post_ExecutedWithFieldError_WithGraphQLResponseJson_Returns200WithData()
    {
        var response = await Server.PostAsync("""{"query":"{ hello notFound }"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, world!", response.Data.GetProperty("hello").GetString());
        Assert.Equal("NOT_FOUND", response.FirstErrorCode);
    }

    [Fact]
    public async Task Post_SyntaxError_KeepsGraphQLNetCode()
    {
        var response = await Server.PostAsync("""{"query":"{"}""");

        Assert.Equal("SYNTAX_ERROR", response.FirstErrorCode);
    }
}
