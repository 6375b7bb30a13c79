using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Kpis;
using ParGraph.Api.Tasks;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Overview;

public sealed class ProvinceOverviewType : ObjectGraphType<OverviewScope>
{
    public ProvinceOverviewType()
    {
        Name = "ProvinceOverview";
        Description = "The IOC wall in one request: the year's tasks (plans in force that year, and `where`), who is behind, report submission, KPIs and indices. Task counts are `taskStatistics` for the same tasks.";
        Field(s => s.Year).Description("The year.");
        Field<NonNullGraphType<IntGraphType>>("taskCount").Description("Tasks covered.")
            .ResolveAsync(async c => (await c.Source.GroupAsync(TaskGroupBy.Status, c.CancellationToken)).Sum(g => g.Count));
        Grouped("tasksByStatus", TaskGroupBy.Status, "Tasks by status.");
        Grouped("tasksByTimeliness", TaskGroupBy.Timeliness, "Tasks by timeliness: the official 2×2 (completed on time / late; open within deadline / overdue), plus DUE_SOON and NO_DEADLINE.");
        Grouped("tasksByArea", TaskGroupBy.Area, "Tasks by reform area.");
        Grouped("tasksByPlan", TaskGroupBy.Plan, "Tasks by plan.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGroupType>>>>("mostOverdueAgencies")
            .Description("Lead agencies with the most overdue tasks, most first (ties by code); agencies without overdue tasks are left out.")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => { a.DefaultValue = 10; a.Description = "How many (1–100)."; })
            .ResolveAsync(async c => (await c.Source.GroupAsync(TaskGroupBy.LeadAgency, c.CancellationToken))
                .Where(g => g.Overdue > 0).OrderByDescending(g => g.Overdue).ThenBy(g => g.LeadAgencyId)
                .Take(Math.Clamp(c.GetArgument<int>("first"), 1, 100)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeriodSubmissionType>>>>("reportSubmission")
            .Description("Report submission for the current reporting period (the latest whose due date has passed) and the previous one, newest first.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReportSubmissions>()
                .ForAsync(c.Source, c.RequestServices!.GetRequiredService<ProvinceClock>().Today, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiType>>>>("kpis")
            .Description("Indicators with a target for this year or a later one, by code; select `attainment(year:)` for the wall.")
            .ResolveAsync(async c => await Kpis(c, k => k.Kind != KpiKind.Index && k.Targets.Any(t => t.Year >= c.Source.Year)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiType>>>>("indices")
            .Description("The national indices (PAR Index, SIPAS, PAPI, PCI, DTI), by code; select their measurements for the history.")
            .ResolveAsync(async c => await Kpis(c, k => k.Kind == KpiKind.Index));
    }

    private void Grouped(string name, TaskGroupBy key, string description) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGroupType>>>>(name).Description(description)
            .ResolveAsync(async c => await c.Source.GroupAsync(key, c.CancellationToken));

    private static Task<List<Kpi>> Kpis(IResolveFieldContext<OverviewScope> context, System.Linq.Expressions.Expression<Func<Kpi, bool>> which) =>
        context.WithDbAsync((db, ct) => db.Kpis.AsNoTracking().Where(which).OrderBy(k => k.Code).ToListAsync(ct));
}
