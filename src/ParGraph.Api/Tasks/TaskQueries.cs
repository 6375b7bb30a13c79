using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tasks;

public sealed class TaskQueries : IQueryFields
{
    /// <summary>Document order: plan, then the task's position in the plan's table.</summary>
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
    [
        SortKey.Ascending((PlanTask t) => t.PlanId),
        SortKey.Ascending((PlanTask t) => t.Position),
        SortKey.Ascending((PlanTask t) => t.Id),
    ];

    public void AddFields(ObjectGraphType query) =>
        query.EntityConnection<ParGraphDbContext, TaskType, PlanTask, TaskFilterInputType, TaskSortInputType>(
                "tasks", (db, context) => WithSelectedParents(context, db.Tasks), DefaultOrder)
            .Description("Tasks (nhiệm vụ) of every plan, in document order (plan, then position in its table).");

    /// <summary>The plan and section a page shows are joined into the page's statement rather than read by one more each.</summary>
    private static IQueryable<PlanTask> WithSelectedParents(IResolveFieldContext context, IQueryable<PlanTask> tasks)
    {
        if (context.SelectsNodeField("plan"))
        {
            tasks = tasks.Include(t => t.Plan);
        }

        return context.SelectsNodeField("section") ? tasks.Include(t => t.Section) : tasks;
    }
}
