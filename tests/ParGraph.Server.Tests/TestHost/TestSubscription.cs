using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Tests.TestHost;

/// <summary>Streams for the WebSocket and SSE tests: finite, test-driven, user- and scope-aware, failing.</summary>
public sealed class TestSubscription : ObjectGraphType
{
    public TestSubscription()
    {
        Name = "Subscription";
        Field<NonNullGraphType<StringGraphType>>("ticks")
            .ResolveStream(_ => new DelegateObservable<object?>(async (next, _) => next("tick")));
        Field<NonNullGraphType<IntGraphType>>("counter")
            .Argument<NonNullGraphType<IntGraphType>>("to")
            .Argument<IntGraphType>("intervalMs", arg => arg.DefaultValue = 0)
            .ResolveStream(ctx =>
            {
                var (to, interval) = (ctx.GetArgument<int>("to"), ctx.GetArgument<int>("intervalMs"));
                return new DelegateObservable<object?>(async (next, ct) =>
                {
                    for (var i = 1; i <= to; i++)
                    {
                        if (interval > 0)
                            await Task.Delay(interval, ct);
                        next(i);
                    }
                });
            });
        Field<NonNullGraphType<StringGraphType>>("events")
            .Argument<NonNullGraphType<StringGraphType>>("topic")
            .ResolveStream(ctx => ctx.RequestServices!.GetRequiredService<TestEvents>().Observe(ctx.GetArgument<string>("topic")));
        Field<StringGraphType>("whoAmI")
            .ResolveStream(ctx =>
            {
                var name = ctx.User?.Identity?.Name;
                var scope = ctx.RequestServices!.GetRequiredService<ScopeProbe>().Id.ToString();
                return new DelegateObservable<object?>(async (next, _) => next($"{name ?? "anonymous"}@{scope}"));
            });
        Field<StringGraphType>("forbidden")
            .ResolveStream(_ => throw ApiException.Forbidden("You may not watch this."));
        Field<StringGraphType>("failing")
            .ResolveStream(_ => new DelegateObservable<object?>(async (_, _) => throw new InvalidOperationException("stream broke")));
    }
}
