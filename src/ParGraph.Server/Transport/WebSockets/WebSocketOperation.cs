namespace ParGraph.Server.Transport.WebSockets;

/// <summary>
/// One running operation of a connection. Stopping it cancels its execution and, atomically with the
/// check in <see cref="TrySend"/>, drops every result that arrives later.
/// </summary>
public sealed class WebSocketOperation(string id, CancellationToken connectionClosing) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionClosing);
    private readonly Lock _lock = new();
    private bool _stopped;

    public string Id { get; } = id;

    public CancellationToken Cancellation => _cancellation.Token;

    /// <summary>Runs <paramref name="send"/> unless the operation was stopped; false when it was.</summary>
    public bool TrySend(Action send)
    {
        lock (_lock)
        {
            if (_stopped)
                return false;
            send();
            return true;
        }
    }

    public void Stop()
    {
        lock (_lock)
        {
            if (_stopped)
                return;
            _stopped = true;
        }
        _cancellation.Cancel();
    }

    public void Dispose() => _cancellation.Dispose();
}
