using GraphQL.Types;
using ParGraph.Server.Batching;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tasks;

public sealed class TaskChangeType : ObjectGraphType<TaskEvent>
{
    public TaskChangeType()
    {
        Name = "TaskChange";
        Description = "A change to a task, as it happened; `task` is read when the event arrives, with the fields you select.";
        Field<NonNullGraphType<TaskChangeKindEnum>>("kind").Description("What happened; RESYNC asks you to re-read.").Resolve(c => c.Source.Kind);
        Field<IdGraphType>("taskId").Description("Global ID of the task (null for RESYNC).")
            .Resolve(c => c.Source.Kind == TaskChangeKind.Resync ? null : GlobalId.Encode("Task", c.Source.TaskId));
        Field<TaskType>("task").Description("The task as it is now (null when deleted, or for RESYNC).")
            .Resolve(c => c.Source.Kind is TaskChangeKind.Resync or TaskChangeKind.Deleted ? null : c.Load(TaskLoaders.TaskById, c.Source.TaskId));
        Field(c => c.At).Description("When the change was made.");
    }
}
