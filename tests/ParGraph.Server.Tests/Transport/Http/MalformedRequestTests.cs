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

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task Post_WithInvalidUtf8InAString_Returns400NotValidUtf8Json(byte[] bad)
    {
        byte[] body = [.. "{\"query\":\"{ hello(name: \\\"S"u8, .. bad, .. "\\\") }\"}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var response = await Server.Client.PostAsync("", content);
        var answer = await TestResponse.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("VALIDATION", answer.FirstErrorCode);
        Assert.Contains("not valid UTF-8 JSON", answer.FirstError.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"query":"{ hello(name: \"\ud800\") }"}""")]
    [InlineData("""{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"a\udc00b"}}""")]
    [InlineData("""{"query":"{ hello }","operationName":"\ud800"}""")]
    [InlineData("""{"query":"{ hello }","\ud800":1}""")]
    public async Task Post_WithALoneSurrogateEscape_Returns400NotValidUtf8Json(string body)
    {
        var response = await Server.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("not valid UTF-8 JSON", response.FirstError.GetProperty("message").GetString());
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
