using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using ParGraph.Server.Batching;

namespace ParGraph.Server.Paging;

public static class ChildConnectionExtensions
{
    /// <summary>
    /// The page of <paramref name="parent"/>'s children that a nested connection field asks for (e.g.
    /// <c>tasks { nodes { updates(first: 3) } }</c>). The pages of every parent at the same place in the
    /// response are read together — one statement for all pages (top-N per parent in SQL), the totals in the
    /// same statement when <c>totalCount</c> is selected — however many parents the list holds.
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
        where TKey : notnull =>
        context.Load(parent, parents, parentKey, children, ChildParentKeys<T, TKey>.One(childKey), order, where);

    /// <summary>
    /// As the overload with one key of its parent, for children that belong to several parents through a
    /// relation of many to many, e.g. an agency's lead tasks: <paramref name="childParentKeys"/> lists the keys
    /// of a child's parents (<c>task =&gt; task.Assignments.Where(a =&gt; a.Role == Lead).Select(a =&gt; a.AgencyId)</c>).
    /// </summary>
    public static IDataLoaderResult<Connection<T>?> LoadChildConnection<TContext, TParent, T, TKey>(
        this IResolveFieldContext context,
        TKey parent,
        Func<TContext, IQueryable<TParent>> parents,
        Expression<Func<TParent, TKey>> parentKey,
        Func<TContext, IQueryable<T>> children,
        Expression<Func<T, IEnumerable<TKey>>> childParentKeys,
        IReadOnlyList<SortKey> order,
        Expression<Func<T, bool>>? where = null)
        where TContext : DbContext
        where TParent : class
        where T : class
        where TKey : notnull =>
        context.Load(parent, parents, parentKey, children, ChildParentKeys<T, TKey>.Many(childParentKeys), order, where);

    private static IDataLoaderResult<Connection<T>?> Load<TContext, TParent, T, TKey>(
        this IResolveFieldContext context,
        TKey parent,
        Func<TContext, IQueryable<TParent>> parents,
        Expression<Func<TParent, TKey>> parentKey,
        Func<TContext, IQueryable<T>> children,
        ChildParentKeys<T, TKey> childParentKeys,
        IReadOnlyList<SortKey> order,
        Expression<Func<T, bool>>? where)
        where TContext : DbContext
        where TParent : class
        where T : class
        where TKey : notnull
    {
        // Validation permits one set of arguments per response path, so the path names the batch.
        var path = string.Join('.', context.ResponsePath.OfType<string>());
        var page = new ChildPageRequest<TParent, T, TKey>(context.PageRequest<T>(order), parentKey, childParentKeys, where);
        var definition = DbBatchLoader<TContext>.Create<TKey, Connection<T>>(
            "child-connection:" + path,
            (db, keys, ct) => page.ReadAsync(parents(db).AsNoTracking(), children(db), keys, ct),
            static () => Connection<T>.Empty);
        return context.Load(definition, parent);
    }
}
