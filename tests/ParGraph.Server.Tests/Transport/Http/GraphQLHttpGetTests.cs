using System.Net;
using ParGraph.Server.Tests.TestHost;

namespace ParGraph.Server.Tests.Transport.Http;

public sealed class GraphQLHttpGetTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    private static string Q(string value) => Uri.EscapeDataString(value);

    [Fact]
    public async Task Get_WithQuery_Returns200WithData()
    {
        var response = await Server.GetAsync($"?query={Q("{ hello }")}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, world!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_WithUrlEncodedVariablesAndOperationName_RunsThatOperation()
    {
        var query = "query A { __typename } query B($n: String) { hello(name: $n) }";
        var response = await Server.GetAsync(
            $"?query={Q(query)}&operationName=B&variables={Q("""{"n":"Nha Trang"}""")}&extensions={Q("{}")}",
            "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("Hello, Nha Trang!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_Mutation_Returns405WithAllowPost()
    {
        var response = await Server.GetAsync($"?query={Q("mutation { echo(text: \"x\") }")}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Get_Subscription_Returns405()
    {
        var response = await Server.GetAsync($"?query={Q("subscription { ticks }")}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?operationName=A")]
    [InlineData("?query={hello}&variables=%5B1%5D")]
    [InlineData("?query={hello}&variables=not-json")]
    [InlineData("?query={hello}&extensions=%22text%22")]
    [InlineData("?query={hello}&query={hello}")]
    public async Task Get_WithMalformedParameters_Returns400(string queryString)
    {
        var response = await Server.GetAsync(queryString, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Get_SecondQueryOverSameDocument_UsesCachedDocumentAndStillRefusesMutation()
    {
        var mutation = Q("mutation { echo(text: \"cached\") }");
        var post = await Server.PostAsync("""{"query":"mutation { echo(text: \"cached\") }"}""");
        var get = await Server.GetAsync($"?query={mutation}");

        Assert.Equal(HttpStatusCode.OK, post.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.Status);
    }
}
