namespace ParGraph.Server.Transport.Http;

/// <summary>The outcome of reading an HTTP request: the GraphQL requests in it, or why it is refused.</summary>
public sealed class HttpRequestReadResult
{
    private HttpRequestReadResult(IReadOnlyList<GraphQLRequest> requests, bool isBatch, int status, string? error)
    {
        Requests = requests;
        IsBatch = isBatch;
        ErrorStatus = status;
        ErrorMessage = error;
    }

    public IReadOnlyList<GraphQLRequest> Requests { get; }

    /// <summary>True when the body was a JSON array: the answer is an array in the same order.</summary>
    public bool IsBatch { get; }

    /// <summary>The status to answer with when <see cref="ErrorMessage"/> is set (400, 413, 415).</summary>
    public int ErrorStatus { get; }

    public string? ErrorMessage { get; }

    public static HttpRequestReadResult Single(GraphQLRequest request) => new([request], false, 0, null);

    public static HttpRequestReadResult Batch(IReadOnlyList<GraphQLRequest> requests) => new(requests, true, 0, null);

    public static HttpRequestReadResult Fail(int status, string message) => new([], false, status, message);
}
