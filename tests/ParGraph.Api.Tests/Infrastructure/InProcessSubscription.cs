using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Server.Events;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>
/// A subscription executed on the app's own schema and event hub, without a transport: events still travel
/// through PostgreSQL NOTIFY and the replica's LISTEN connection, so it tests publishing and resolving.
/// </summary>
public sealed class InProcessSubscription : IAsyncDisposable, IObserver<ExecutionResult>
{
    private readonly Channel<JsonNode> results = Channel.CreateUnbounded<JsonNode>();
    private readonly IGraphQLTextSerializer serializer;
    private readonly AsyncServiceScope scope;
    private IDisposable? subscription;

    private InProcessSubscription(IServiceProvider services)
    {
        scope = services.CreateAsyncScope();
        serializer = services.GetRequiredService<IGraphQLTextSerializer>();
    }

    /// <param name="roles">The subscriber's role claims, e.g. <c>ioc</c> or <c>agency:STTTT:editor</c>.</param>
    public static async Task<InProcessSubscription> StartAsync(IServiceProvider services, string document, params string[] roles)
    {
        await services.GetRequiredService<PostgresEventListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        var probe = new InProcessSubscription(services);
        var identity = new ClaimsIdentity([new Claim("preferred_username", "probe"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Bearer");
        var result = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = document,
            RequestServices = probe.scope.ServiceProvider,
            User = new ClaimsPrincipal(identity),
        });
        Assert.True(result.Errors is null or { Count: 0 }, probe.serializer.Serialize(result));
        probe.subscription = Assert.Single(result.Streams!.Values).Subscribe(probe);
        return probe;
    }

    /// <summary>The next result's JSON (<c>data</c>/<c>errors</c>), or null when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<JsonNode?> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return await results.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void OnNext(ExecutionResult value) => results.Writer.TryWrite(JsonNode.Parse(serializer.Serialize(value))!);

    public void OnError(Exception error) => results.Writer.TryWrite(new JsonObject { ["streamError"] = error.Message });

    public void OnCompleted() => results.Writer.TryComplete();

    public async ValueTask DisposeAsync()
    {
        subscription?.Dispose();
        await scope.DisposeAsync();
    }

}
