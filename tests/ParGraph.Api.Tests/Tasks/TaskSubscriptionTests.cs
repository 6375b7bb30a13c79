using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ParGraph.Api.Tests.Tasks;

/// <summary><c>taskChanged</c>: task mutations announce themselves through PostgreSQL once they commit.</summary>
public sealed class TaskSubscriptionTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string SetProgress = """
        mutation($input: SetTaskProgressInput!) { setTaskProgress(input: $input) { task { version } } }
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SnvEditorsChange_ReachesAnIocSubscriberToSnv_WithTheTaskAsItIsNow()
    {
        _ = factory.Server; // starts the app (and its LISTEN connection)
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);
        await using var subscriber = await InProcessSubscription.StartAsync(factory.Services,
            """subscription { taskChanged(agencyCode: "snv") { kind taskId task { progress status lead { code } } } }""", "ioc");

        await new GraphQLClient(factory, "snv.editor").DataAsync(SetProgress, new { input = new { taskId = id, progress = 35, expectedVersion = version } });

        var change = (await subscriber.NextAsync(Patience))?["data"]?["taskChanged"];
        Assert.NotNull(change);
        Assert.Equal(("UPDATED", id, 35, "IN_PROGRESS", "SNV"),
            ((string?)change["kind"], (string?)change["taskId"], (int)change["task"]!["progress"]!, (string?)change["task"]!["status"], (string?)change["task"]!["lead"]![0]!["code"]));
    }

    [Fact]
    public async Task AChangeMadeOnAnotherReplica_ReachesTheSubscriberOnThisOne()
    {
        _ = factory.Server;
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);
        await using var replicaB = factory.WithWebHostBuilder(_ => { }); // a second app on the same database
        using var snvEditorOnB = replicaB.CreateClient();
        snvEditorOnB.DefaultRequestHeaders.Authorization = new("Bearer", await factory.RequestTokenAsync("snv.editor"));
        await replicaB.Services.GetRequiredService<PostgresEventListener>().Listening.WaitAsync(Patience);
        await using var subscriberOnA = await InProcessSubscription.StartAsync(factory.Services,
            """subscription { taskChanged(agencyCode: "SNV") { taskId task { progress } } }""", "ioc");

        await new GraphQLClient(snvEditorOnB).DataAsync(SetProgress, new { input = new { taskId = id, progress = 55, expectedVersion = version } });

        var change = (await subscriberOnA.NextAsync(Patience))?["data"]?["taskChanged"];
        Assert.Equal((id, 55), ((string?)change?["taskId"], (int?)change?["task"]?["progress"]));
    }

    [Fact]
    public async Task ManySubscribersOfOneEvent_ReadTheTaskOnce()
    {
        _ = factory.Server;
        const string Selection = """subscription { taskChanged(agencyCode: "SNV") { task { progress lead { code } plan { title } } } }""";
        var statements = new List<int>();
        foreach (var subscriberCount in new[] { 1, 4 })
        {
            var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);
            var subscribers = new List<InProcessSubscription>();
            for (var i = 0; i < subscriberCount; i++)
            {
                subscribers.Add(await InProcessSubscription.StartAsync(factory.Services, Selection, "ioc"));
            }

            factory.SqlStatements.Reset();
            await new GraphQLClient(factory, "snv.editor").DataAsync(SetProgress, new { input = new { taskId = id, progress = 5, expectedVersion = version } });
            foreach (var subscriber in subscribers)
            {
                Assert.Equal(5, (int?)(await subscriber.NextAsync(Patience))?["data"]?["taskChanged"]?["task"]?["progress"]);
                await subscriber.DisposeAsync();
            }

            statements.Add(factory.SqlStatements.Count);
        }

        Assert.Equal(statements[0], statements[1]); // the mutation's statements, and one read per loader, whoever listens
    }

    [Fact]
    public async Task LosingTheListenConnection_TellsSubscribersToResync_AndEventsFlowAgain()
    {
        _ = factory.Server;
        var (id, version, _) = await TaskFixtures.NewTaskAsync(factory);
        await using var subscriber = await InProcessSubscription.StartAsync(factory.Services, "subscription { taskChanged { kind taskId } }", "ioc");

        await using (var db = factory.Database.CreateContext())
        {
            var killed = await db.Database.SqlQuery<bool>($"SELECT pg_terminate_backend(pid) AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'").ToListAsync();
            Assert.Equal([true], killed);
        }

        Assert.Equal("RESYNC", (string?)(await subscriber.NextAsync(TimeSpan.FromSeconds(20)))?["data"]?["taskChanged"]?["kind"]);
        await new GraphQLClient(factory, "snv.editor").DataAsync(SetProgress, new { input = new { taskId = id, progress = 15, expectedVersion = version } });
        Assert.Equal(id, (string?)(await subscriber.NextAsync(Patience))?["data"]?["taskChanged"]?["taskId"]);
    }

    [Fact]
    public async Task AnInvalidPlanId_RefusesTheSubscription()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await factory.Services.GetRequiredService<GraphQL.IDocumentExecuter>().ExecuteAsync(new GraphQL.ExecutionOptions
        {
            Schema = factory.Services.GetRequiredService<GraphQL.Types.ISchema>(),
            Query = """subscription { taskChanged(planId: "not-a-plan") { kind } }""",
            RequestServices = scope.ServiceProvider,
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, "ioc")], "Bearer")),
        });

        var error = Assert.Single(result.Errors!);
        Assert.Equal(("VALIDATION", "planId"), (error.Code, (string?)error.Extensions?["field"]));
    }

    [Fact]
    public async Task ChangesOfOtherAgenciesAndPlans_AreNotSent()
    {
        _ = factory.Server;
        var (snvTask, snvVersion, _) = await TaskFixtures.NewTaskAsync(factory);
        var (stttTask, stttVersion, _) = await TaskFixtures.NewTaskAsync(factory, lead: "STTTT");
        await using var subscriber = await InProcessSubscription.StartAsync(factory.Services,
            """subscription { taskChanged(agencyCode: "STTTT") { taskId } }""", "ioc");

        await new GraphQLClient(factory, "snv.editor").DataAsync(SetProgress, new { input = new { taskId = snvTask, progress = 10, expectedVersion = snvVersion } });
        await new GraphQLClient(factory, "stttt.editor").DataAsync(SetProgress, new { input = new { taskId = stttTask, progress = 10, expectedVersion = stttVersion } });

        Assert.Equal(stttTask, (string?)(await subscriber.NextAsync(Patience))?["data"]?["taskChanged"]?["taskId"]);
        Assert.Null(await subscriber.NextAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task ARolledBackChange_PublishesNothing_ACommittedOneDoes()
    {
        _ = factory.Server;
        await using var subscriber = await InProcessSubscription.StartAsync(factory.Services, "subscription { taskChanged { kind taskId } }", "ioc");
        var publisher = factory.Services.GetRequiredService<EventPublisher>();
        var (rolledBack, _, rolledBackKey) = await TaskFixtures.NewTaskAsync(factory);
        var (committed, _, committedKey) = await TaskFixtures.NewTaskAsync(factory);

        foreach (var (key, commit) in new[] { (rolledBackKey, false), (committedKey, true) })
        {
            await using var db = factory.Database.CreateContext();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await publisher.PublishAsync(db, ParGraph.Api.Tasks.TaskEvent.Topic, new ParGraph.Api.Tasks.TaskEvent(ParGraph.Api.Tasks.TaskChangeKind.Updated, key, 0, [], DateTimeOffset.UtcNow), default);
            await (commit ? transaction.CommitAsync() : transaction.RollbackAsync());
        }

        Assert.Equal(committed, (string?)(await subscriber.NextAsync(Patience))?["data"]?["taskChanged"]?["taskId"]);
        Assert.Null(await subscriber.NextAsync(TimeSpan.FromMilliseconds(300)));
        Assert.NotEqual(rolledBack, committed);
    }
}
