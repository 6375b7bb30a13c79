using GraphQL.Types;

namespace ParGraph.Api.Tasks;

public sealed class TaskStatusEnum : EnumerationGraphType<TaskStatus>
{
    public TaskStatusEnum()
    {
        Name = "TaskStatus";
        Description = "Where a task stands (trạng thái thực hiện).";
    }
}
