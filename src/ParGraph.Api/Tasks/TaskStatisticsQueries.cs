using GraphQL;
using GraphQL.Types;
using ParGraph.Server.Errors;
using ParGraph.Server.Filtering;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tasks;

public sealed class TaskStatisticsQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGroupType>>>>("taskStatistics")
            .Description("Task counts grouped by the keys given (status, timeliness, lead agency, reform area, plan, due year or quarter), computed in one SQL statement.")
            .Argument<TaskFilterInputType>("where", "Which tasks to count: the same conditions as `tasks(where:)`.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TaskGroupByEnum>>>>("groupBy", "Keys to group by; an empty list gives one group with every task.")
            .ResolveAsync(async context =>
            {
                var groupBy = context.GetArgument<List<TaskGroupBy>>("groupBy");
                if (groupBy.Count != groupBy.Distinct().Count())
                {
                    throw ApiException.Validation("Name each key of `groupBy` once.", "groupBy");
                }

                return await context.RequestServices!.GetRequiredService<TaskStatisticsService>().GroupAsync(
                    groupBy, tasks => context.Filter<PlanTask, TaskFilterInputType>(tasks), context.CancellationToken);
            });
}
