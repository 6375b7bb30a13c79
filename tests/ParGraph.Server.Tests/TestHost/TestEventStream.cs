using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ParGraph.Server.Tests.TestHost;

/// <summary>A real HTTP request with <c>Accept: text/event-stream</c>, read line by line as it arrives.</summary>
public sealed class TestEventStream : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly HttpClient _client;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private TestEventStream(HttpClient client, HttpResponseMessage response, StreamReader reader)
    {
        _client = client;
        _response = response;
        _reader = reader;
    }

    public HttpStatusCode Status => _response.StatusCode;
    public string? ContentType => _response.Content.Headers.ContentType?.ToString();
    public string CacheControl => _response.Headers.CacheControl?.ToString() ?? "";

    /// <summary>POSTs <paramref name="body"/> (JSON), or GETs <paramref name="queryString"/> when body is null.</summary>
    public static async Task<TestEventStream> OpenAsync(
        TestServer server, string? body, string queryString = "", IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, server.Endpoint + queryString);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        request.Headers.Accept.ParseAdd("text/event-stream");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        // Its own connection, closed (not drained) on dispose, as a browser closing an EventSource.
        var client = new HttpClient(new SocketsHttpHandler { MaxResponseDrainSize = 0 });
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new TestEventStream(client, response, new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8));
    }

    /// <summary>The next block up to an empty line, as its lines (e.g. <c>event: next</c>, <c>data: {…}</c>, <c>: keep-alive</c>);
    /// null at the end of the stream.</summary>
    public async Task<List<string>?> ReadBlockAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var lines = new List<string>();
        while (await _reader.ReadLineAsync(cancellation.Token) is { } line)
        {
            if (line.Length == 0)
                return lines;
            lines.Add(line);
        }
        return lines.Count == 0 ? null : lines;
    }

    /// <summary>The next event (skipping comments): its name and data.</summary>
    public async Task<(string Event, string Data)> ReadEventAsync()
    {
        while (await ReadBlockAsync() is { } block)
        {
            if (block.All(l => l.StartsWith(':')))
                continue;
            var name = block.Single(l => l.StartsWith("event:"))["event:".Length..].Trim();
            var data = string.Join("\n", block.Where(l => l.StartsWith("data:")).Select(l => l["data:".Length..].TrimStart()));
            return (name, data);
        }
        throw new Xunit.Sdk.XunitException("The stream ended before an event.");
    }

    public async Task<string> ReadToEndAsync() => await _reader.ReadToEndAsync();

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
