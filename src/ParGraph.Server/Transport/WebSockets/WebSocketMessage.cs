using System.Text.Json;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>A client message of either sub-protocol: <c>{"type":…, "id":…, "payload":…}</c>.</summary>
public readonly record struct WebSocketMessage(string Type, string? Id, JsonElement Payload)
{
    /// <summary>False unless the text is a JSON object with a string <c>type</c> (and a string or no <c>id</c>).</summary>
    public static bool TryParse(string text, out WebSocketMessage message)
    {
        message = default;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return false;
            if (root.TryGetProperty("id", out var id) && id.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return false;
            message = new WebSocketMessage(
                type.GetString()!,
                id.ValueKind == JsonValueKind.String ? id.GetString() : null,
                root.TryGetProperty("payload", out var payload) ? payload.Clone() : default);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
