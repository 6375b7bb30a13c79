using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Server.Errors;
using ParGraph.Server.Mutations;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tasks;

/// <summary><c>createTask</c>, <c>updateTask</c>, <c>assignTask</c>, <c>deleteTask</c>: the SNV PAR office manages what the tasks are.</summary>
public sealed class TaskAdminService(
    IDbContextFactory<ParGraphDbContext> factory, ProvinceClock clock, TaskHistory history, TaskChanges changes)
{
    public Task<TaskPayload> CreateAsync(CreateTaskInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var planId = GlobalId.DecodeInt32(input.PlanId, "Plan", "input.planId");
        var sectionId = TaskInputRules.SectionId(input.SectionId, "input.sectionId");
        var title = TaskInputRules.Text(input.Title, TaskInputRules.MaxTextLength, "input.title", required: true);
        var number = TaskInputRules.Text(input.Number, TaskInputRules.MaxNumberLength, "input.number");
        var product = TaskInputRules.Text(input.Product, TaskInputRules.MaxTextLength, "input.product");
        return factory.MutateAsync<ParGraphDbContext, TaskPayload>(async (db, ct) =>
        {
            var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, ct)
                ?? throw ApiException.NotFound($"There is no plan with ID {input.PlanId}.", new Dictionary<string, object?> { ["field"] = "input.planId" });
            await RequireSectionOfPlanAsync(db, sectionId, planId, ct);
            var task = new PlanTask
            {
                Plan = plan, SectionId = sectionId, Number = number, Title = title, Product = product,
                Position = await db.Tasks.IgnoreQueryFilters().Where(t => t.PlanId == planId).MaxAsync(t => (int?)t.Position, ct) + 1 ?? 1,
                Deadline = input.Deadline is null ? new Deadline() : TaskInputRules.Deadline(input.Deadline, PlanYear(plan), "input.deadline"),
            };
            await TaskAssignments.ReplaceAsync(db, task, input.Lead, input.Coordinating, clock.Today, ct);
            db.Tasks.Add(task);
            await db.SaveChangesAsync(ct); // the id, for the audit entry; the transaction is still open
            await history.RecordAsync(db, new TaskActor(user, clock.UtcNow), "createTask", task, null, null, ct);
            return new TaskPayload(task);
        }, "A task like this was created at the same moment; check the plan before trying again.", ct);
    }

    public Task<TaskPayload> UpdateAsync(UpdateTaskInput input, ClaimsPrincipal? user, CancellationToken ct)
    {
        var sectionId = TaskInputRules.SectionId(input.SectionId, "input.sectionId");
        var title = input.Title is null ? null : TaskInputRules.Text(input.Title, TaskInputRules.MaxTextLength, "input.title", required: true);
        var number = TaskInputRules.Text(input.Number, TaskInputRules.MaxNumberLength, "input.number");
        var product = TaskInputRules.Text(input.Product, TaskInputRules.MaxTextLength, "input.product");
        return changes.RunAsync(Request(input.TaskId, input.ExpectedVersion, input.Note, "updateTask", user), async (db, task, ct) =>
        {
            await RequireSectionOfPlanAsync(db, sectionId, task.PlanId, ct);
            task.SectionId = sectionId ?? task.SectionId;
            task.Title = title ?? task.Title;
            task.Number = input.Number is null ? task.Number : number;
            task.Product = input.Product is null ? task.Product : product;
            task.Deadline = input.Deadline is null ? task.Deadline : TaskInputRules.Deadline(input.Deadline, PlanYear(task.Plan!), "input.deadline");
        }, ct);
    }

    public Task<TaskPayload> AssignAsync(AssignTaskInput input, ClaimsPrincipal? user, CancellationToken ct) =>
        changes.RunAsync(Request(input.TaskId, input.ExpectedVersion, input.Note, "assignTask", user),
            (db, task, ct) => TaskAssignments.ReplaceAsync(db, task, input.Lead, input.Coordinating, clock.Today, ct), ct);

    public Task<TaskPayload> DeleteAsync(DeleteTaskInput input, ClaimsPrincipal? user, CancellationToken ct) =>
        changes.RunAsync(Request(input.TaskId, input.ExpectedVersion, input.Note, "deleteTask", user), (_, task, _) =>
        {
            task.DeletedAt = clock.UtcNow;
            return Task.CompletedTask;
        }, ct);

    /// <summary>The field allows the SNV PAR office only, so every task is theirs to change.</summary>
    private static TaskChangeRequest Request(string taskId, int expectedVersion, string? note, string operation, ClaimsPrincipal? user) =>
        new(taskId, expectedVersion, operation, TaskInputRules.Text(note, TaskInputRules.MaxNoteLength, "input.note"), user, TaskAccess.AnyTaskOfTheField);

    private static int? PlanYear(Plans.Plan plan) => plan.PeriodStart?.Year ?? plan.IssuedOn?.Year;

    private static async Task RequireSectionOfPlanAsync(ParGraphDbContext db, int? sectionId, int planId, CancellationToken ct)
    {
        if (sectionId is { } id && !await db.PlanSections.AnyAsync(s => s.Id == id && s.PlanId == planId, ct))
        {
            throw ApiException.Validation($"The plan has no section with ID {id}.", "input.sectionId");
        }
    }
}
