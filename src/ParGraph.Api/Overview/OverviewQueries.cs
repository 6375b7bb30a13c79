using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Reports;
using ParGraph.Api.Tasks;
using ParGraph.Server.Errors;
using ParGraph.Server.Filtering;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Overview;

public sealed class OverviewQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ProvinceOverviewType>>("provinceOverview")
            .Description("Everything the IOC wall shows for a year, in one request: task counts (the plans in force that year), the agencies most behind, report submission, KPI attainment and the national indices.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year (2000–2100).")
            .Argument<TaskFilterInputType>("where", "Narrows the tasks counted, as `tasks(where:)` does.")
            .ResolveAsync(async context =>
            {
                var year = context.GetArgument<int>("year");
                if (year is < ReportingPeriods.FirstYear or > ReportingPeriods.LastYear)
                {
                    throw ApiException.Validation($"The year must be from {ReportingPeriods.FirstYear} to {ReportingPeriods.LastYear}, not {year}.", "year");
                }

                // Read now: the context is not valid once this resolver returns, and the fields below use the filter later.
                var where = context.FilterExpression<PlanTask, TaskFilterInputType>();
                var planIds = await context.WithDbAsync((db, ct) => db.Plans.Where(ReportTasks.InForce(year)).Select(p => p.Id).ToListAsync(ct));
                return new OverviewScope(year, planIds, tasks => where is null ? tasks : tasks.Where(where),
                    context.RequestServices!.GetRequiredService<TaskStatisticsService>());
            });
}
