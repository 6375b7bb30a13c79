using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Agencies;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Plans;
using ParGraph.Server.Batching;
using ParGraph.Server.Filtering;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;
using ParGraph.Server.Sorting;

namespace ParGraph.Api.Tasks;

public sealed class TaskType : ObjectGraphType<PlanTask>
{
    private static readonly IReadOnlyList<SortKey> UpdateOrder =
        [SortKey.Descend((TaskUpdate u) => u.At), SortKey.Descend((TaskUpdate u) => u.Id)];

    public TaskType()
    {
        Name = "Task";
        Description = "A task (nhiệm vụ) of a plan: what to do, the expected product, the deadline, who leads and who coordinates, and how far it is.";
        this.ImplementsNode(t => t.Id);
        Field<NonNullGraphType<PlanType>>("plan").Description("The plan this task belongs to.")
            .Resolve(c => c.Source.Plan ?? (object?)c.Load(PlanLoaders.PlanById, c.Source.PlanId));
        Field<PlanSectionType>("section").Description("The section (reform area) of the plan's table this task is listed under.")
            .Resolve(c => c.Source.Section ?? (c.Source.SectionId is { } id ? c.Load(PlanLoaders.SectionById, id) : (object?)null));
        Field(t => t.Number, nullable: true).Description("Number as printed in the plan (numbers can repeat within a section).");
        Field(t => t.Title, nullable: true).Description("What is to be done (nội dung nhiệm vụ).");
        Field(t => t.Product, nullable: true).Description("The expected product (sản phẩm), e.g. \"Kế hoạch\", \"Báo cáo\".");
        Field<NonNullGraphType<DeadlineType>>("deadline").Description("The deadline (thời hạn), as printed and as read.").Resolve(c => c.Source.Deadline);
        Field(t => t.AssignmentText, nullable: true).Description("The responsibility cell as printed (lead and coordinating agencies).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyType>>>>("lead")
            .Description("Lead agencies (cơ quan chủ trì), or groups such as \"all departments\".")
            .Resolve(c => Agencies(c, AssignmentRole.Lead));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyType>>>>("coordinating")
            .Description("Coordinating agencies (cơ quan phối hợp).")
            .Resolve(c => Agencies(c, AssignmentRole.Coordinating));
        Field<NonNullGraphType<TaskStatusEnum>>("status").Description("Where the task stands.").Resolve(c => c.Source.Status);
        Field(t => t.Progress).Description("Progress in percent, 0–100.");
        Field(t => t.CompletedOn, nullable: true).Description("The day the task was completed.");
        Field<NonNullGraphType<TimelinessEnum>>("timeliness")
            .Description("On time or not, judged against today's date in Khánh Hòa (derived from deadline, status and completion date).")
            .Resolve(c => TimelinessRules.Evaluate(c.Source, c.RequestServices!.GetRequiredService<ProvinceClock>().Today));
        Field(t => t.NeedsReview).Description("True when the importer could not read part of the row (e.g. an unknown agency name); check it against the document.");
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("Row version; pass it as `expectedVersion` when changing the task so concurrent edits are detected.")
            .Resolve(c => (int)c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeadlineAlerts.DeadlineAlertType>>>>("alerts")
            .Description("Deadline alerts raised for this task (7, 3, 1 days before its due day, overdue), newest first.")
            .Resolve(c => c.Load(DeadlineAlerts.DeadlineAlertLoaders.AlertsByTaskId, c.Source.Id));
        this.Connection<PlanTask, TaskUpdateType, TaskUpdate>("updates")
            .Filterable<PlanTask, object, TaskUpdateFilterInputType>()
            .Sortable<PlanTask, object, TaskUpdateSortInputType>()
            .Description("History of changes to this task, newest first.")
            .Resolve(c => c.LoadChildConnection<ParGraphDbContext, PlanTask, TaskUpdate, int>(
                c.Source.Id,
                db => db.Tasks,
                t => t.Id,
                db => db.TaskUpdates,
                u => u.TaskId,
                c.SortKeys<TaskUpdate, TaskUpdateSortInputType>(UpdateOrder),
                c.FilterExpression<TaskUpdate, TaskUpdateFilterInputType>()));
    }

    private static GraphQL.DataLoader.IDataLoaderResult<IEnumerable<Agency>> Agencies(
        GraphQL.IResolveFieldContext<PlanTask> context, AssignmentRole role) =>
        context.Load(TaskLoaders.AssignmentsByTaskId, context.Source.Id)
            .Then(assignments => assignments!.Where(a => a.Role == role).Select(a => a.Agency!));
}
