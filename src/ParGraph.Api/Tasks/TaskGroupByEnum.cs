using GraphQL.Types;

namespace ParGraph.Api.Tasks;

public sealed class TaskGroupByEnum : EnumerationGraphType<TaskGroupBy>
{
    public TaskGroupByEnum()
    {
        Name = "TaskGroupBy";
        Description = "A key to group task statistics by; several keys give one group per combination.";
    }
}
