using GraphQL.Types;

namespace ParGraph.Api.Tasks;

public sealed class TaskUpdateType : ObjectGraphType<TaskUpdate>
{
    public TaskUpdateType()
    {
        Name = "TaskUpdate";
        Description = "One change to a task: who made it, when, the new status or progress, and why.";
        Field(u => u.At).Description("When the change was made.");
        Field(u => u.Username, nullable: true).Description("Username of the person who made the change.");
        Field<TaskStatusEnum>("status").Description("Status after the change, when it changed.").Resolve(c => c.Source.Status);
        Field(u => u.Progress, nullable: true).Description("Progress (0–100 %) after the change, when it changed.");
        Field(u => u.Note, nullable: true).Description("The note the person wrote with the change.");
        Field(u => u.Changes, nullable: true).Description("JSON object of the changed fields: `{ \"field\": [before, after] }`.");
    }
}
