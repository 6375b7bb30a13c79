using ParGraph.Server.Filtering;

namespace ParGraph.Api.Tasks;

public sealed class TaskUpdateFilterInputType : FilterInputGraphType<TaskUpdate>
{
    public TaskUpdateFilterInputType()
    {
        Configure("TaskUpdateFilterInput", "Conditions on a change to a task.");
        Filter<DateTimeOperationFilterInputType, DateTimeOffset>("at", u => u.At, "When the change was made.");
        Filter<StringOperationFilterInputType, string?>("username", u => u.Username, "Who made it.");
        Filter<EnumOperationFilterInputType<TaskStatusEnum>, TaskStatus?>("status", u => u.Status, "The status it set.");
        Filter<StringOperationFilterInputType, string?>("note", u => u.Note, "The note (contains: accent-insensitive).");
    }
}
