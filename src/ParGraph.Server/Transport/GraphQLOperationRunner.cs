using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Transport;

/// <summary>
/// Runs one operation of a streaming transport (WebSocket, server-sent events) in its own DI scope as
/// the given user and yields its results: one for a query or mutation (or a refusal, with
/// <see cref="ExecutionResult.Executed"/> false), one per event for a subscription. The scope lives as
/// long as the stream; cancelling the enumeration unsubscribes.
/// </summary>
public sealed class GraphQLOperationRunner(GraphQLRequestExecutor executor, IServiceScopeFactory scopes)
{
    /// <param name="maxPendingEvents">Events buffered for a consumer that has not taken them yet; one more
    /// ends the stream with <see cref="SlowConsumerException"/>.</param>
    public async IAsyncEnumerable<ExecutionResult> RunAsync(
        GraphQLRequest request,
        ClaimsPrincipal user,
        IValidationRule? transportRule,
        int maxPendingEvents,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await executor.ExecuteAsync(request, scope.ServiceProvider, user, transportRule, cancellationToken)
            .ConfigureAwait(false);
        if (result.Streams is not { Count: > 0 } streams)
        {
            yield return result;
            yield break;
        }

        var events = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(maxPendingEvents)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var subscription = streams.Values.First().Subscribe(new ChannelObserver(events.Writer));
        await foreach (var item in events.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            yield return item;
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!writer.TryWrite(value))
                writer.TryComplete(new SlowConsumerException());
        }

        public void OnError(Exception error)
        {
            writer.TryWrite(new ExecutionResult
            {
                Errors = [new ExecutionError("The event stream failed.") { Code = ErrorCodes.Internal }],
            });
            writer.TryComplete();
        }

        public void OnCompleted() => writer.TryComplete();
    }
}
