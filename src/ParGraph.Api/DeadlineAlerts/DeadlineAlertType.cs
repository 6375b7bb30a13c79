using GraphQL.Types;
using ParGraph.Api.Tasks;
using ParGraph.Server.Batching;
using ParGraph.Server.Schema;

namespace ParGraph.Api.DeadlineAlerts;

public sealed class DeadlineAlertType : ObjectGraphType<DeadlineAlert>
{
    public DeadlineAlertType()
    {
        Name = "DeadlineAlert";
        Description = "A task came within 7, 3 or 1 days of its due day, or passed it; raised once per task, kind and due day.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("ID of the alert within this API.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DeadlineAlertKindEnum>>("kind").Description("How near or past the due day.").Resolve(c => c.Source.Kind);
        Field(a => a.DueOn).Description("The due day the alert is about.");
        Field(a => a.RaisedAt).Description("When the alert was raised.");
        Field<NonNullGraphType<TaskType>>("task").Description("The task, as it is now.")
            .Resolve(c => c.Source.Task ?? (object?)c.Load(TaskLoaders.TaskById, c.Source.TaskId));
        Field<NonNullGraphType<IdGraphType>>("taskId").Description("Global ID of the task.").Resolve(c => GlobalId.Encode("Task", c.Source.TaskId));
    }
}
