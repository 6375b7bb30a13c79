using Microsoft.Net.Http.Headers;

namespace ParGraph.Server.Transport.Http;

/// <summary>Media types of GraphQL over HTTP and the Accept negotiation between them.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// Picks the response media type for an Accept header: the first acceptable type with the highest
    /// quality; <c>*/*</c>, <c>application/*</c> and a missing Accept get <c>application/json</c>.
    /// Returns null when nothing offered is acceptable (answer 406).
    /// </summary>
    public static string? Negotiate(IList<string> acceptHeaders)
    {
        if (acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
            return Json;
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0)
            return null;

        string? best = null;
        var bestQuality = 0.0;
        foreach (var candidate in accepted)
        {
            var quality = candidate.Quality ?? 1.0;
            if (quality <= bestQuality)
                continue;
            var served = Serve(candidate.MediaType.Value);
            if (served is null)
                continue;
            best = served;
            bestQuality = quality;
        }
        return best;
    }

    /// <summary>True when the client asks for HTML (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(IList<string> acceptHeaders) =>
        MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)
        && accepted.Any(a => (a.Quality ?? 1.0) > 0 && string.Equals(a.MediaType.Value, Html, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the client asks for server-sent events (GraphQL over SSE).</summary>
    public static bool AcceptsEventStream(IList<string> acceptHeaders) =>
        MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)
        && accepted.Any(a => (a.Quality ?? 1.0) > 0 && string.Equals(a.MediaType.Value, EventStream, StringComparison.OrdinalIgnoreCase));

    private static string? Serve(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        GraphQLResponseJson => GraphQLResponseJson,
        Json or "application/*" or "*/*" => Json,
        _ => null,
    };
}
