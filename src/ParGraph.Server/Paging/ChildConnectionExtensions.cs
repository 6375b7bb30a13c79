using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Server.Batching;

namespace ParGraph.Server.Paging;

public static class ChildConnectionExtensions
{
    /// <summary>
    /// The page of <paramref name="parent"/>'s children that a nested connection field asks for (e.g.
    /// <c>tasks { nodes { updates(first: 3) } }</c>). The pages of every parent at the same place in the
    /// response are read together — one statement for all pages (top-N per parent in SQL), one more for the
    /// totals only when <c>totalCount</c> is selected — however many parents the list holds.
    /// </summary>
    /// <param name="parents">The parents' rows, e.g. <c>db =&gt; db.Tasks</c>.</param>
    /// <param name="parentKey">The parent's key, e.g. <c>task =&gt; task.Id</c>.</param>
    /// <param name="children">The children's rows, of any parent, e.g. <c>db =&gt; db.TaskUpdates</c>.</param>
    /// <param name="childKey">The child's key of its parent, e.g. <c>update =&gt; update.TaskId</c>.</param>
    /// <param name="order">The effective order; its last key must be unique.</param>
    /// <param name="where">The <c>where</c> argument as a predicate, or null.</param>
    public static IDataLoaderResult<Connection<T>?> LoadChildConnection<TContext, TParent, T, TKey>(
        this IResolveFieldContext context,
        TKey parent,
        Func<TContext, IQueryable<TParent>> parents,
        Expression<Func<TParent, TKey>> parentKey,
        Func<TContext, IQueryable<T>> children,
        Expression<Func<T, TKey>> childKey,
        IReadOnlyList<SortKey> order,
        Expression<Func<T, bool>>? where = null)
        where TContext : DbContext
        where TParent : class
        where T : class
        where TKey : notnull
    {
        // Validation permits one set of arguments per response path, so the path names the batch.
        var path = string.Join('.', context.ResponsePath.OfType<string>());
        var page = new ChildPageRequest<TParent, T, TKey>(
            ConnectionArguments.From(context),
            context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value,
            context.SubFields?.Values.Any(f => f.FieldType.Name == "totalCount") ?? false,
            order,
            parentKey,
            childKey,
            where);
        page.Validate();
        var definition = DbBatchLoader<TContext>.Create<TKey, Connection<T>>(
            "child-connection:" + path,
            (db, keys, ct) => page.ReadAsync(parents(db).AsNoTracking(), children(db), keys, ct),
            static () => Connection<T>.Empty);
        return context.Load(definition, parent);
    }
}
