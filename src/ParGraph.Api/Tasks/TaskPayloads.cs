using GraphQL.Types;

namespace ParGraph.Api.Tasks;

/// <summary>What every task mutation answers: the task as it is after the change.</summary>
public sealed record TaskPayload(PlanTask Task);

/// <summary>The <c>XxxPayload { task }</c> shape, one GraphQL type per mutation as Hot Chocolate names them.</summary>
public abstract class TaskPayloadType : ObjectGraphType<TaskPayload>
{
    protected TaskPayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<TaskType>>("task").Description("The task after the change.").Resolve(c => c.Source.Task);
    }
}

public sealed class CreateTaskPayloadType() : TaskPayloadType("CreateTaskPayload", "The task created.");

public sealed class UpdateTaskPayloadType() : TaskPayloadType("UpdateTaskPayload", "The task after the change.");

public sealed class AssignTaskPayloadType() : TaskPayloadType("AssignTaskPayload", "The task with its new lead and coordinating agencies.");

public sealed class DeleteTaskPayloadType() : TaskPayloadType("DeleteTaskPayload", "The task as it was deleted.");

public sealed class SetTaskProgressPayloadType() : TaskPayloadType("SetTaskProgressPayload", "The task with its new status and progress.");
