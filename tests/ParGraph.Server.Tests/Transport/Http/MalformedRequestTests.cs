using System.Net;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.Http;

public sealed class MalformedRequestTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"{ __typename }\"")]
    [InlineData("{}")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":42}""")]
    [InlineData("""{"query":["{ __typename }"]}""")]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""")]
    [InlineData("""{"query":"{ __typename }","variables":[]}""")]
    [InlineData("""{"query":"{ __typename }","extensions":"x"}""")]
    [InlineData("""{"query":"{ __typename }","operationName":7}""")]
    [InlineData("""{"query":"{ __typename }","operationName":{}}""")]
    [InlineData("""{"query":"{ __typename }","documentId":"sha256:abc"}""")]
    [InlineData("""{"query":"{ __typename }" """)]
    [InlineData("[]")]
    [InlineData("[1]")]
    public async Task Post_WithMalformedBody_Returns400WithoutData(string body)
    {
        foreach (var accept in new[] { "application/graphql-response+json", "application/json", "*/*" })
        {
            var response = await Server.PostAsync(body, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.False(response.HasData);
            Assert.Equal("VALIDATION", response.FirstErrorCode);
        }
    }

    [Fact]
    public async Task Post_WithOversizedBody_Returns413()
    {
        var body = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 2 * 1024 * 1024) + "\"}}";

        var response = await Server.PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task Post_WithDeeplyNestedVariables_Returns400()
    {
        var nested = new string('[', 5000) + new string(']', 5000);

        var response = await Server.PostAsync("{\"query\":\"{ __typename }\",\"variables\":{\"x\":" + nested + "}}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Fuzz_RandomBodiesAndQueryStrings_NeverAnswer5xx()
    {
        var random = new Random(20240611);
        var fragments = new[]
        {
            "{", "}", "[", "]", "\"query\"", ":", ",", "\"{ hello }\"", "null", "\"variables\"", "{\"a\":1}", "\"operationName\"",
            "\"extensions\"", "\"documentId\"", "\"sha256:\"", "\\u0000", "\"Sở\"", "1e999", "-", "true", "\"query\":\"{ nested { child { level } } }\"",
            "\"query\":\"mutation { echo(text: 1) }\"", "\"query\":\"subscription { ticks }\"", "\uFFFD", "\"$\"", "@", "...",
        };
        for (var i = 0; i < 300; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 12)).Select(_ => fragments[random.Next(fragments.Length)]);
            var text = string.Concat(parts);
            var post = await Server.PostAsync(text, i % 2 == 0 ? "application/graphql-response+json" : null);
            var get = await Server.GetAsync("?query=" + Uri.EscapeDataString(text) + "&variables=" + Uri.EscapeDataString(text));

            Assert.True((int)post.Status < 500, $"POST {text} answered {(int)post.Status}: {post.Body}");
            Assert.True((int)get.Status < 500, $"GET {text} answered {(int)get.Status}: {get.Body}");
        }
    }
}
