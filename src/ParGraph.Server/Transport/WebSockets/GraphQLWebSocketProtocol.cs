using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Transport.WebSockets;

/// <summary>
/// What both GraphQL WebSocket sub-protocols share: the receive loop, the <c>connection_init</c>
/// timeout (4408), authentication and the token's expiry (4403), and the operations — each run by
/// <see cref="GraphQLOperationRunner"/> in its own DI scope as the connection's user, at most
/// <see cref="GraphQLWebSocketOptions.MaxSubscriptionsPerConnection"/> at a time.
/// </summary>
public abstract class GraphQLWebSocketProtocol(WebSocketProtocolContext shared, HttpContext http, WebSocketConnection connection)
{
    private readonly ConcurrentDictionary<string, WebSocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private IDisposable? _userLease;

    protected WebSocketConnection Connection { get; } = connection;
    protected GraphQLWebSocketOptions Options => shared.Options;

    /// <summary>The authenticated user once <c>connection_init</c> was accepted; null before.</summary>
    protected WebSocketUser? User { get; private set; }

    protected bool InitReceived { get; set; }

    public async Task RunAsync()
    {
        _ = WebSocketDeadlines.CloseUnlessInitialisedAsync(Connection, Options.ConnectionInitTimeout, () => InitReceived);
        try
        {
            while (await Connection.ReceiveAsync().ConfigureAwait(false) is { } text)
            {
                if (!WebSocketMessage.TryParse(text, out var message))
                    await OnInvalidMessageAsync("The message is not a JSON object with a string 'type' (and a string 'id').").ConfigureAwait(false);
                else
                    await HandleAsync(message.Type, message.Id, message.Payload).ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var operation in _operations.Values)
                operation.Stop();
            // Scopes end with the request: wait (briefly) for the stopped operations to unwind.
            await Task.WhenAny(Task.WhenAll(_running.Keys), Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
            _userLease?.Dispose();
        }
    }

    protected abstract Task HandleAsync(string type, string? id, JsonElement payload);

    protected abstract Task OnInvalidMessageAsync(string reason);

    protected abstract void SendNext(string id, ExecutionResult result);

    /// <summary>The operation could not start (invalid request, validation, limit).</summary>
    protected abstract void SendError(string id, ExecutionResult result);

    protected abstract void SendComplete(string id);

    protected void Send(string type, string? id = null, object? payload = null) =>
        Connection.Send(shared.Serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload }));

    /// <summary>
    /// Authenticates with the <c>connection_init</c> payload; false when rejected, or when the user already holds
    /// <see cref="GraphQLWebSocketOptions.MaxConnectionsPerUser"/> connections (then closed with 1008). Arms the expiry close.
    /// </summary>
    protected async Task<bool> AuthenticateAsync(JsonElement payload)
    {
        var user = await shared.Authentication.AuthenticateAsync(http, payload, Connection.Closing).ConfigureAwait(false);
        if (user is null)
            return false;
        _userLease = shared.ConnectionsPerUser.TryAcquire(user.User, Options.MaxConnectionsPerUser);
        if (_userLease is null)
        {
            await Connection.CloseAsync(WebSocketCloseCodes.PolicyViolation,
                $"Too many connections: a user may hold {Options.MaxConnectionsPerUser} at a time.", flush: true).ConfigureAwait(false);
            return false;
        }

        User = user;
        if (user.ExpiresAt is { } expiresAt)
            _ = WebSocketDeadlines.CloseAtExpiryAsync(Connection, expiresAt);
        return true;
    }

    protected bool IsActive(string id) => _operations.ContainsKey(id);

    /// <summary>Stops the operation (its later results are dropped); false when none had that id.</summary>
    protected bool Stop(string id)
    {
        if (!_operations.TryRemove(id, out var operation))
            return false;
        operation.Stop();
        return true;
    }

    /// <summary>Starts an operation whose id is not active; results go out through the Send methods.</summary>
    protected void Start(string id, JsonElement payload)
    {
        var request = shared.Reader.FromObject(payload, out var error);
        if (request is null)
        {
            SendError(id, Failure(error!, ErrorCodes.Validation));
            return;
        }
        if (_operations.Count >= Options.MaxSubscriptionsPerConnection)
        {
            SendError(id, Failure($"A connection may run at most {Options.MaxSubscriptionsPerConnection} operations at a time; complete one first.",
                ErrorCodes.ComplexityLimit));
            return;
        }
        var operation = new WebSocketOperation(id, Connection.Closing);
        _operations[id] = operation;
        var running = RunOperationAsync(operation, request);
        _running[running] = true;
        _ = running.ContinueWith(task => _running.TryRemove(task, out _), TaskScheduler.Default);
    }

    private async Task RunOperationAsync(WebSocketOperation operation, GraphQLRequest request)
    {
        var first = true;
        try
        {
            await foreach (var result in shared.Runner.RunAsync(request, User!.User, null, Options.MaxQueuedMessages, operation.Cancellation)
                .ConfigureAwait(false))
            {
                if (first && !result.Executed)
                {
                    operation.TrySend(() => SendError(operation.Id, result));
                    return;
                }
                first = false;
                operation.TrySend(() => SendNext(operation.Id, result));
            }
            operation.TrySend(() => SendComplete(operation.Id));
        }
        catch (OperationCanceledException) when (operation.Cancellation.IsCancellationRequested)
        {
        }
        catch (SlowConsumerException)
        {
            await Connection.CloseAsync(WebSocketCloseCodes.TryAgainLater, "The client reads too slowly.").ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            operation.TrySend(() => SendError(operation.Id, Failure("The operation failed unexpectedly.", ErrorCodes.Internal)));
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, WebSocketOperation>(operation.Id, operation));
            operation.Stop();
            operation.Dispose();
        }
    }

    /// <summary>A result with one error: an operation refused before it ran.</summary>
    protected static ExecutionResult Failure(string message, string code) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };
}
