using GraphQL.Types;
using ParGraph.Api.Data;
using ParGraph.Api.Kpis;
using ParGraph.Api.Tasks;
using ParGraph.Server.Batching;
using ParGraph.Server.Filtering;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;
using ParGraph.Server.Sorting;

namespace ParGraph.Api.Plans;

public sealed class PlanType : ObjectGraphType<Plan>
{
    public PlanType()
    {
        Name = "Plan";
        Description = "A programme, annual plan, thematic plan or framework (chương trình / kế hoạch) issued by the province, with its table of tasks.";
        this.ImplementsNode(p => p.Id);
        Field(p => p.DocumentNumber, nullable: true).Description("Document number as printed (số ký hiệu), e.g. `3049/QĐ-UBND`.");
        Field(p => p.Title).Description("Title as printed (trích yếu).");
        Field<NonNullGraphType<PlanKindEnum>>("kind").Description("The kind of document.").Resolve(c => c.Source.Kind);
        Field(p => p.IssuedOn, nullable: true).Description("Date the document was issued (ngày ban hành).");
        Field(p => p.PeriodStart, nullable: true).Description("First day of the period the plan covers.");
        Field(p => p.PeriodEnd, nullable: true).Description("Last day of the period the plan covers.");
        Field<NonNullGraphType<PlanStatusEnum>>("status").Description("Whether the plan is in force.").Resolve(c => c.Source.Status);
        Field<PlanType>("parent").Description("The programme this plan implements, if any.")
            .Resolve(c => c.Source.ParentId is { } id ? c.Load(PlanLoaders.PlanById, id) : null);
        Field(p => p.SourceFile, nullable: true).Description("File name of the source text in `seeds/documents`, e.g. `000_711db4bd8a55f7ba.txt`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanSectionType>>>>("sections")
            .Description("The sections of the plan's task table, in document order.")
            .Resolve(c => c.Load(PlanLoaders.SectionsByPlanId, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiTargetType>>>>("targets")
            .Description("The numeric targets the plan sets (KPI, year, comparator, value).")
            .Resolve(c => c.Load(KpiLoaders.TargetsByPlanId, c.Source.Id));
        this.Connection<Plan, TaskType, PlanTask>("tasks")
            .Filterable<Plan, object, TaskFilterInputType>()
            .Sortable<Plan, object, TaskSortInputType>()
            .Description("The plan's tasks in document order.")
            .Resolve(c => c.LoadChildConnection<ParGraphDbContext, Plan, PlanTask, int>(
                c.Source.Id,
                db => db.Plans,
                p => p.Id,
                db => db.Tasks,
                t => t.PlanId,
                c.SortKeys<PlanTask, TaskSortInputType>(TaskQueries.DefaultOrder),
                c.FilterExpression<PlanTask, TaskFilterInputType>()));
    }
}
