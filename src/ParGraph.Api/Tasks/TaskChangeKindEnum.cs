using GraphQL.Types;

namespace ParGraph.Api.Tasks;

public sealed class TaskChangeKindEnum : EnumerationGraphType<TaskChangeKind>
{
    public TaskChangeKindEnum()
    {
        Name = "TaskChangeKind";
        Description = "What happened to a task.";
    }
}
