using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ParGraph.Server.Transport.Http;

/// <summary>
/// Reads GraphQL requests from a GET query string or a POST <c>application/json</c> body and checks
/// their shape strictly: anything malformed is refused with 400 (or 413/415), never executed.
/// </summary>
public sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer)
{
    private const string NotUtf8Json = "The request is not valid UTF-8 JSON: a string holds bytes or an escape (such as a lone \\ud800) that is not Unicode text.";
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 128 };

    public HttpRequestReadResult ReadQueryString(IQueryCollection query)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            if (values.Count != 1)
                return Fail($"The query string parameter '{key}' must be given once.");
            var value = values[0] ?? string.Empty;
            if (key is "variables" or "extensions")
            {
                if (!TryParse(value, out var json))
                    return Fail($"The '{key}' parameter must be URL-encoded JSON.");
                fields[key] = json;
            }
            else
            {
                fields[key] = JsonSerializer.SerializeToElement(value);
            }
        }
        var request = ToRequest(() => fields, out var error);
        return request is null ? Fail(error!) : HttpRequestReadResult.Single(request);
    }

    public async Task<HttpRequestReadResult> ReadBodyAsync(HttpRequest http, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        if (!IsJsonContentType(http.ContentType))
            return HttpRequestReadResult.Fail(StatusCodes.Status415UnsupportedMediaType,
                "POST requests must have Content-Type: application/json.");

        var body = await ReadLimitedAsync(http.Body, options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
            return HttpRequestReadResult.Fail(StatusCodes.Status413PayloadTooLarge,
                $"The request body is larger than {options.MaxRequestBodyBytes} bytes.");
        if (body.Length == 0)
            return Fail("The request body is empty; it must be a JSON object.");
        if (!Utf8.IsValid(body))
            return Fail(NotUtf8Json);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException)
        {
            return Fail("The request body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                return ReadBatch(root, options);
            var request = FromObject(root, out var error);
            return request is null ? Fail(error!) : HttpRequestReadResult.Single(request);
        }
    }

    private HttpRequestReadResult ReadBatch(JsonElement array, GraphQLHttpOptions options)
    {
        if (!options.EnableBatching)
            return Fail("Batched requests are not enabled; the request body must be a JSON object.");
        var count = array.GetArrayLength();
        if (count == 0)
            return Fail("A batch must hold at least one request.");
        if (count > options.MaxBatchSize)
            return Fail($"A batch may hold at most {options.MaxBatchSize} requests.");

        var requests = new List<GraphQLRequest>(count);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var request = FromObject(item, out var error);
            if (request is null)
                return Fail($"Batch item {index}: {error}");
            requests.Add(request);
            index++;
        }
        return HttpRequestReadResult.Batch(requests);
    }

    /// <summary>Reads one request object (a POST body, a batch item or a WebSocket payload); null with
    /// <paramref name="error"/> when its shape is wrong.</summary>
    public GraphQLRequest? FromObject(JsonElement element, out string? error)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = "The request must be a JSON object.";
            return null;
        }
        return ToRequest(() =>
        {
            var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
                fields[property.Name] = property.Value;
            return fields;
        }, out error);
    }

    private GraphQLRequest? ToRequest(Func<Dictionary<string, JsonElement>> readFields, out string? error)
    {
        try
        {
            return ReadRequest(readFields(), out error);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json checks a string's UTF-8 and its \u escapes only when it reads the string.
            error = NotUtf8Json;
            return null;
        }
    }

    private GraphQLRequest? ReadRequest(Dictionary<string, JsonElement> fields, out string? error)
    {
        error = CheckString(fields, "query") ?? CheckString(fields, "operationName") ?? CheckString(fields, "documentId")
            ?? CheckObject(fields, "variables") ?? CheckObject(fields, "extensions");
        if (error is not null)
            return null;

        var query = GetString(fields, "query");
        var documentId = GetString(fields, "documentId");
        var extensions = fields.TryGetValue("extensions", out var ext) && ext.ValueKind == JsonValueKind.Object ? ext : (JsonElement?)null;
        if (query is not null && documentId is not null)
        {
            error = "A request may carry 'query' or 'documentId', not both.";
            return null;
        }
        if (query is null && documentId is null)
            documentId = PersistedQueryId(extensions);
        if (query is null && documentId is null)
        {
            error = "The request must have a 'query' string (or a persisted 'documentId').";
            return null;
        }

        try
        {
            return new GraphQLRequest(
                query,
                documentId,
                GetString(fields, "operationName"),
                ReadInputs(fields, "variables"),
                ReadInputs(fields, "extensions"));
        }
        catch (JsonException ex) when (ex.InnerException is InvalidOperationException)
        {
            error = NotUtf8Json;
            return null;
        }
        catch (JsonException)
        {
            error = "'variables' or 'extensions' could not be read (too deeply nested?).";
            return null;
        }
    }

    private Inputs? ReadInputs(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? serializer.ReadNode<Inputs>(value)
            : null;

    private static string? PersistedQueryId(JsonElement? extensions)
    {
        if (extensions is not { } ext
            || !ext.TryGetProperty("persistedQuery", out var persisted) || persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String)
            return null;
        return "sha256:" + hash.GetString();
    }

    private static string? CheckString(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)
            ? $"'{name}' must be a string or null."
            : null;

    private static string? CheckObject(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var v) && v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)
            ? $"'{name}' must be an object or null."
            : null;

    private static string? GetString(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool TryParse(string text, out JsonElement element)
    {
        try
        {
            using var document = JsonDocument.Parse(text, JsonOptions);
            element = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            element = default;
            return false;
        }
    }

    private static bool IsJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !string.Equals(parsed.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return false;
        var charset = parsed.Charset;
        return StringSegment.IsNullOrEmpty(charset)
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static HttpRequestReadResult Fail(string message) =>
        HttpRequestReadResult.Fail(StatusCodes.Status400BadRequest, message);
}
