using ParGraph.Server.Sorting;

namespace ParGraph.Api.Tasks;

public sealed class TaskUpdateSortInputType : SortInputGraphType<TaskUpdate>
{
    public TaskUpdateSortInputType()
    {
        Name = "TaskUpdateSortInput";
        Description = "Sort changes to a task.";
        Sort("at", u => u.At, "By time of the change.");
        Sort("username", u => u.Username, "By who made it.");
    }
}
