using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Server.Filtering;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;
using ParGraph.Server.Sorting;

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
        query.Connection<TaskType, PlanTask>("tasks")
            .Filterable<object?, object, TaskFilterInputType>()
            .Sortable<object?, object, TaskSortInputType>()
            .Description("Tasks (nhiệm vụ) of every plan, in document order (plan, then position in its table).")
            .ResolveAsync(async context => await ConnectionAsync(context, tasks => tasks));

    /// <summary>The page of tasks a connection field asks for, within <paramref name="scope"/>.</summary>
    public static Task<Connection<PlanTask>> ConnectionAsync(
        IResolveFieldContext context, Func<IQueryable<PlanTask>, IQueryable<PlanTask>> scope) =>
        context.WithDbAsync((db, _) =>
            context.ToConnectionAsync(
                context.Filter<PlanTask, TaskFilterInputType>(WithSelectedParents(context, scope(db.Tasks.AsNoTracking()))),
                context.SortKeys<PlanTask, TaskSortInputType>(DefaultOrder)));

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
