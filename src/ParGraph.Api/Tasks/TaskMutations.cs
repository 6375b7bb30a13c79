using GraphQL;
using GraphQL.Types;
using ParGraph.Api.Identity;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tasks;

public sealed class TaskMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.InputMutation<CreateTaskInputType, CreateTaskPayloadType>(
                "createTask", "Adds a task to a plan (SNV PAR office).", "The plan, what is to be done, the deadline and who leads.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => await Admin(c).CreateAsync(c.Input<CreateTaskInput>(), c.User, c.CancellationToken));

        mutation.InputMutation<UpdateTaskInputType, UpdateTaskPayloadType>(
                "updateTask", "Changes what a task is: section, number, title, product, deadline (SNV PAR office).", "The task, its version and the changes.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => await Admin(c).UpdateAsync(c.Input<UpdateTaskInput>(), c.User, c.CancellationToken));

        mutation.InputMutation<AssignTaskInputType, AssignTaskPayloadType>(
                "assignTask", "Sets the lead and coordinating agencies of a task (SNV PAR office).", "The task, its version and the agency codes.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => await Admin(c).AssignAsync(c.Input<AssignTaskInput>(), c.User, c.CancellationToken));

        mutation.InputMutation<DeleteTaskInputType, DeleteTaskPayloadType>(
                "deleteTask", "Deletes a task: it disappears from every list but is kept with its history (SNV PAR office).", "The task and its version.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => await Admin(c).DeleteAsync(c.Input<DeleteTaskInput>(), c.User, c.CancellationToken));

        mutation.InputMutation<SetTaskProgressInputType, SetTaskProgressPayloadType>(
                "setTaskProgress",
                "Reports a task's status and progress with a note: editors of its lead agency, or the SNV PAR office. Each change is kept in `Task.updates`.",
                "The task, its version, and the new status and/or progress.")
            .AuthorizeWithPolicy(ParGraphPolicies.AgencyEditor)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<TaskProgressService>().SetAsync(
                c.Input<SetTaskProgressInput>(), c.User, c.CancellationToken));
    }

    private static TaskAdminService Admin(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<TaskAdminService>();
}
