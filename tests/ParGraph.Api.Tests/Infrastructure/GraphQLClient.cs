using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>Posts <c>{ query, variables }</c> to <c>/graphql</c> and parses the JSON answer.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A client signed in as a demo user (default <c>admin</c>, who may read and change everything).</summary>
    public GraphQLClient(ParGraphApiFactory factory, string username = "admin")
        : this(factory.CreateClientFor(username))
    {
    }

    /// <summary>The response body exactly as the server wrote it.</summary>
    public async Task<string> RawAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }, options: Json),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The whole response: <c>{ data, errors }</c>.</summary>
    public async Task<JsonNode> PostAsync(string query, object? variables = null) =>
        JsonNode.Parse(await RawAsync(query, variables))
        ?? throw new InvalidOperationException("The server answered with JSON null.");

    /// <summary><c>data</c> of a response that must have no <c>errors</c>.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response["errors"] is null, $"Unexpected errors: {response["errors"]?.ToJsonString()}");
        return response["data"] ?? throw new InvalidOperationException("The response has no data.");
    }

    /// <summary><c>errors</c> of a response that must have at least one.</summary>
    public async Task<JsonArray> ErrorsAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        var errors = Assert.IsType<JsonArray>(response["errors"]);
        Assert.NotEmpty(errors);
        return errors;
    }
}
