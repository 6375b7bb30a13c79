using ParGraph.Server.Events;

namespace ParGraph.Api.Tasks;

/// <summary>The <c>task</c> topic: what a task change announces (ids only; subscribers load the rest).</summary>
public sealed record TaskEvent(TaskChangeKind Kind, int TaskId, int PlanId, IReadOnlyList<string> Agencies, DateTimeOffset At)
{
    public const string Topic = "task";

    public static TaskEvent Resync(DateTimeOffset at) => new(TaskChangeKind.Resync, 0, 0, [], at);

    public static TaskEvent? Read(ServerEvent serverEvent, DateTimeOffset now) =>
        serverEvent.IsResync ? Resync(now) : serverEvent.Payload<TaskEvent>();
}
