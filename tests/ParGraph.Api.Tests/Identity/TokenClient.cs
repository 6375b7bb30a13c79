using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ParGraph.Api.Tests.Identity;

/// <summary>Talks to the development identity provider's token endpoint and decodes what it returns.</summary>
internal static class TokenClient
{
    public const string TokenPath = "/realms/khanhhoa/protocol/openid-connect/token";

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(
        HttpClient client, params (string Name, string Value)[] form)
    {
        using var content = new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var response = await client.PostAsync(TokenPath, content);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> PasswordAsync(
        HttpClient client, string username, string password = "demo", string clientId = "pargraph-cli") =>
        PostAsync(client, ("grant_type", "password"), ("client_id", clientId), ("username", username), ("password", password));

    /// <summary>The payload of a JWT as JSON (no validation).</summary>
    public static JsonElement Payload(string token) =>
        JsonDocument.Parse(Base64UrlEncoder.Decode(new JsonWebToken(token).EncodedPayload)).RootElement.Clone();

    public static string[] Strings(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray().Select(e => e.GetString()!)] : [element.GetString()!];
}
