using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>
/// One accepted socket. Receives whole text messages up to a size limit (larger → close 1009) and sends
/// through a bounded queue drained by a single writer, so frames never interleave and producers never
/// wait for a slow client: a full queue closes the connection with 1013.
/// </summary>
public sealed class WebSocketConnection : IAsyncDisposable
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly int _maxMessageBytes;
    private readonly Channel<byte[]> _outgoing;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly CancellationTokenSource _receiveAbort = new();
    private readonly Task _writer;
    private int _closeRequested;

    public WebSocketConnection(WebSocket socket, GraphQLWebSocketOptions options)
    {
        _socket = socket;
        _maxMessageBytes = options.MaxMessageBytes;
        _outgoing = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(options.MaxQueuedMessages) { SingleReader = true });
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Cancelled once the connection starts closing; operations stop on it.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>Queues a text message; false when closing or when the queue overflowed (then it closes).</summary>
    public bool Send(string message)
    {
        if (_outgoing.Writer.TryWrite(Encoding.UTF8.GetBytes(message)))
            return true;
        _ = CloseAsync(WebSocketCloseCodes.TryAgainLater, "The client reads too slowly.");
        return false;
    }

    /// <summary>The next whole text message, or null when the connection is closed (or was closed here).</summary>
    public async Task<string?> ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer.AsMemory(), _receiveAbort.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(WebSocketCloseCodes.NormalClosure, "").ConfigureAwait(false);
                    return null;
                }
                if (message.WrittenCount + received.Count > _maxMessageBytes)
                {
                    await CloseAsync(WebSocketCloseCodes.MessageTooBig,
                        $"Messages may hold at most {_maxMessageBytes} bytes.").ConfigureAwait(false);
                    return null;
                }
                message.Write(buffer.AsSpan(0, received.Count));
                if (received.EndOfMessage)
                    return Encoding.UTF8.GetString(message.WrittenSpan);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _closing.Cancel();
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Closes with <paramref name="code"/> (once; later calls do nothing). Queued messages are sent
    /// first when <paramref name="flush"/>, else dropped.</summary>
    public async Task CloseAsync(int code, string reason, bool flush = false)
    {
        if (Interlocked.Exchange(ref _closeRequested, 1) == 1)
            return;
        _outgoing.Writer.TryComplete();
        if (flush)
            await Task.WhenAny(_writer, Task.Delay(CloseGrace)).ConfigureAwait(false);
        _closing.Cancel();
        _receiveAbort.CancelAfter(CloseGrace);
        if (!await _sendLock.WaitAsync(CloseGrace).ConfigureAwait(false))
        {
            _socket.Abort();
            return;
        }
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task WriteLoopAsync()
    {
        await foreach (var message in _outgoing.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            await _sendLock.WaitAsync().ConfigureAwait(false);
            try
            {
                if (_closing.IsCancellationRequested)
                    return;
                await _socket.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                _closing.Cancel();
                return;
            }
            finally
            {
                _sendLock.Release();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync(WebSocketCloseCodes.NormalClosure, "").ConfigureAwait(false);
        await _writer.ConfigureAwait(false);
        _closing.Dispose();
        _receiveAbort.Dispose();
        _sendLock.Dispose();
    }
}
