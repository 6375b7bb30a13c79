using System.Text;
using Microsoft.AspNetCore.Http;

namespace ParGraph.Server.Transport.ServerSentEvents;

/// <summary>Writes events and keep-alive comments to one response, one writer at a time, flushing each.</summary>
public sealed class ServerSentEventWriter(HttpResponse response, CancellationToken cancellationToken) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary><c>event: name</c> and one <c>data:</c> line (the data must hold no line break; empty data
    /// gives a bare <c>data:</c> line).</summary>
    public Task WriteEventAsync(string name, string data) =>
        WriteAsync(data.Length == 0 ? $"event: {name}\ndata:\n\n" : $"event: {name}\ndata: {data}\n\n");

    /// <summary>A comment line: ignored by clients, keeps proxies from closing an idle stream.</summary>
    public Task WriteCommentAsync(string comment) => WriteAsync($": {comment}\n\n");

    private async Task WriteAsync(string text)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
            await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
