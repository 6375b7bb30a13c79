using System.Reactive.Linq;
using GraphQL;
using GraphQL.Builders;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Batching;

namespace ParGraph.Server.Events;

public static class EventStreamFieldExtensions
{
    /// <summary>
    /// Streams the events of <paramref name="topic"/> to a subscription field. <paramref name="map"/> turns each
    /// event into the field's value for this subscriber — or null to skip it (not for them, or not their
    /// arguments). Each event starts with fresh batch loaders, so nested fields read current data, batched — and
    /// loaders marked <c>SharedByEvent</c> are shared by all subscribers handling the event on this replica.
    /// A subscriber that falls too far behind gets an error and the stream ends. <paramref name="validate"/> checks the
    /// arguments when the subscription starts (throw an <c>ApiException</c>).
    /// </summary>
    public static FieldBuilder<TSource, TReturn> ResolveEvents<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field,
        string topic,
        Func<IResolveFieldContext, ServerEvent, CancellationToken, Task<TReturn?>> map,
        Action<IResolveFieldContext>? validate = null)
        where TReturn : class =>
        field.ResolveStream(context =>
        {
            validate?.Invoke(context); // bad arguments refuse the subscription itself, before any event
            var hub = context.RequestServices!.GetRequiredService<EventHub>();
            var loaders = context.RequestServices!.GetService<BatchLoaderRegistry>();
            var subscription = hub.Subscribe(topic); // before returning, so no event after this point is missed
            return Observable.Create<TReturn?>(async (observer, cancellationToken) =>
            {
                using (subscription)
                {
                    await foreach (var serverEvent in subscription.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                    {
                        loaders?.Reset(serverEvent);
                        if (await map(context, serverEvent, cancellationToken).ConfigureAwait(false) is { } value)
                        {
                            observer.OnNext(value);
                        }
                    }
                }

                observer.OnCompleted();
            });
        });
}
