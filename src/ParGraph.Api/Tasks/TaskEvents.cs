using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParGraph.Server.Events;

namespace ParGraph.Api.Tasks;

/// <summary>The <c>task</c> topic: what a task change announces (ids only; subscribers load the rest).</summary>
public sealed record TaskEvent(TaskChangeKind Kind, int TaskId, int PlanId, IReadOnlyList<string> Agencies, DateTimeOffset At)
{
    public const string Topic = "task";

    public static TaskEvent Resync(DateTimeOffset at) => new(TaskChangeKind.Resync, 0, 0, [], at);

    public static TaskEvent? Read(ServerEvent serverEvent, DateTimeOffset now) =>
        serverEvent.IsResync ? Resync(now) : JsonSerializer.Deserialize<TaskEvent>(serverEvent.Data);

    /// <summary>Announces the change when the mutation's transaction commits.</summary>
    public Task PublishAsync(EventPublisher events, DbContext db, CancellationToken ct) =>
        events.PublishAsync(db, new ServerEvent(Topic, JsonSerializer.Serialize(this)), ct);
}
