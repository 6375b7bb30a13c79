using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.DeadlineAlerts;
using ParGraph.Api.Hosting;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Api.Tests.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.DeadlineAlerts;

/// <summary>The deadline alert job against a real database: each alert once, one replica at a time, announced.</summary>
public sealed class DeadlineAlertJobTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private DeadlineAlertJob Job => factory.Services.GetRequiredService<DeadlineAlertJob>();

    private DateOnly Today => factory.Services.GetRequiredService<ProvinceClock>().Today;

    [Fact]
    public async Task ARun_RaisesTheMostUrgentAlertOfEachOpenTask_AndASecondRunRaisesNothing()
    {
        var cases = new (int DueInDays, TaskStatus Status, DeadlineAlertKind? Expected)[]
        {
            (7, TaskStatus.InProgress, DeadlineAlertKind.DueIn7Days), (3, TaskStatus.NotStarted, DeadlineAlertKind.DueIn3Days),
            (1, TaskStatus.InProgress, DeadlineAlertKind.DueIn1Day), (0, TaskStatus.InProgress, DeadlineAlertKind.DueIn1Day),
            (-2, TaskStatus.InProgress, DeadlineAlertKind.Overdue), (8, TaskStatus.InProgress, null),
            (-30, TaskStatus.InProgress, null), (2, TaskStatus.Completed, null), (2, TaskStatus.Cancelled, null),
        };
        var tasks = new List<(int Key, DeadlineAlertKind? Expected)>();
        foreach (var (dueIn, status, expected) in cases)
        {
            tasks.Add(((await TaskFixtures.NewTaskAsync(factory, status: status, due: Today.AddDays(dueIn))).Key, expected));
        }

        await Job.RunOnceAsync(default);
        var second = await Job.RunOnceAsync(default);

        await using var db = factory.Database.CreateContext();
        var keys = tasks.Select(t => t.Key).ToList();
        var alerts = await db.DeadlineAlerts.Where(a => keys.Contains(a.TaskId)).ToListAsync();
        Assert.Equal(0, second);
        foreach (var (key, expected) in tasks)
        {
            Assert.Equal(expected, alerts.SingleOrDefault(a => a.TaskId == key)?.Kind);
        }
    }

    [Fact]
    public async Task WhileAnotherReplicaHoldsTheLock_ARunSkips()
    {
        await TaskFixtures.NewTaskAsync(factory, status: TaskStatus.InProgress, due: Today.AddDays(2));
        await using var otherReplica = factory.Database.CreateContext();
        await using var transaction = await otherReplica.Database.BeginTransactionAsync();
        await otherReplica.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({DeadlineAlertJob.LockKey})");

        Assert.Null(await Job.RunOnceAsync(default));

        await transaction.RollbackAsync();
        Assert.NotNull(await Job.RunOnceAsync(default));
    }

    [Fact]
    public async Task ARaisedAlert_IsListedOnTheTask_AndReachesTheAgencysSubscribers()
    {
        _ = factory.Server;
        var (id, _, _) = await TaskFixtures.NewTaskAsync(factory, coordinating: ["STTTT"], status: TaskStatus.InProgress, due: Today.AddDays(3));
        await using var stttt = await InProcessSubscription.StartAsync(factory.Services,
            """subscription { deadlineAlerts(agencyCode: "STTTT") { kind dueOn taskId task { title } } }""", "agency:STTTT:viewer");

        await Job.RunOnceAsync(default);

        JsonNodeAssert(await stttt.NextAsync(TimeSpan.FromSeconds(10)), id);
        var read = await new GraphQLClient(factory, "syt.viewer").DataAsync("query($id: ID!) { node(id: $id) { ... on Task { alerts { kind dueOn } } } }", new { id });
        Assert.Equal("DUE_IN_3_DAYS", (string?)read["node"]!["alerts"]![0]!["kind"]);
    }

    private void JsonNodeAssert(System.Text.Json.Nodes.JsonNode? result, string taskId)
    {
        var alert = result?["data"]?["deadlineAlerts"];
        Assert.Equal((taskId, Today.AddDays(3).ToString("yyyy-MM-dd")), ((string?)alert?["taskId"], (string?)alert?["dueOn"]));
    }
}
