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
