using GraphQL.Types;
using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Tasks;

public sealed class TaskGroupType : ObjectGraphType<TaskGroup>
{
    public TaskGroupType()
    {
        Name = "TaskGroup";
        Description = "Task counts for one combination of the grouping keys; keys not grouped by are null.";
        Field<TaskStatusEnum>("status").Description("The status, when grouped by STATUS.").Resolve(c => c.Source.Status);
        Field<TimelinessEnum>("timeliness").Description("The timeliness, when grouped by TIMELINESS.").Resolve(c => c.Source.Timeliness);
        Field<AgencyType>("leadAgency").Description("The lead agency, when grouped by LEAD_AGENCY.")
            .Resolve(c => c.Source.LeadAgencyId is { } id ? c.Load(AgencyLoaders.AgencyById, id) : null);
        Field<ReformAreaEnum>("area").Description("The reform area, when grouped by AREA (null also for tasks outside any section).")
            .Resolve(c => c.Source.Area);
        Field<PlanType>("plan").Description("The plan, when grouped by PLAN.")
            .Resolve(c => c.Source.PlanId is { } id ? c.Load(PlanLoaders.PlanById, id) : null);
        Field(g => g.DueYear, nullable: true).Description("The year due, when grouped by DUE_YEAR (null also for tasks without a due date).");
        Field(g => g.DueQuarter, nullable: true).Description("The quarter due (1–4), when grouped by DUE_QUARTER.");
        Field(g => g.Count).Description("Tasks in the group.");
        Field(g => g.Overdue).Description("Of them, open after their deadline (quá hạn).");
        Field(g => g.CompletedOnTime).Description("Of them, completed on or before their deadline.");
        Field(g => g.CompletionRate).Description("Completed tasks ÷ tasks in the group, 0–1.");
    }
}
