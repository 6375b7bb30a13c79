using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ParGraph.Server.Tests.TestHost;

/// <summary>A fully read HTTP answer.</summary>
public sealed record TestResponse(HttpStatusCode Status, string? ContentType, string Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public static async Task<TestResponse> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        response.Content.Headers.ContentType?.ToString(),
        await response.Content.ReadAsStringAsync(),
        response.Headers,
        response.Content.Headers);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("data", out _);

    public JsonElement Data => Json.GetProperty("data");

    public JsonElement FirstError => Json.GetProperty("errors")[0];

    public string? FirstErrorCode =>
        FirstError.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null;

    public string Allow => string.Join(", ", ContentHeaders.Allow);

    public string Header(string name) =>
        Headers.TryGetValues(name, out var values) || ContentHeaders.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
