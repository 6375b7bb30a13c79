using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Server.Batching;
using ParGraph.Server.Filtering;
using ParGraph.Server.Paging;
using ParGraph.Server.Sorting;

namespace ParGraph.Server.Schema;

/// <summary>The two root fields most entities get: a keyset connection and a lookup by a key.</summary>
public static class EntityFieldExtensions
{
    /// <summary>A connection over <paramref name="rows"/> in <paramref name="order"/>, read untracked.</summary>
    public static FieldBuilder<object?, object> EntityConnection<TContext, TNodeType, TEntity>(
        this ObjectGraphType query, string name, Func<TContext, IQueryable<TEntity>> rows, IReadOnlyList<SortKey> order)
        where TContext : DbContext
        where TNodeType : IGraphType
        where TEntity : class =>
        query.Connection<TNodeType, TEntity>(name)
            .ResolveAsync(async context => await context.WithDbContextAsync<TContext, Connection<TEntity>>((db, _) =>
                context.ToConnectionAsync(rows(db).AsNoTracking(), order)));

    /// <summary>A connection with <c>where</c> and <c>order</c> (else <paramref name="defaultOrder"/>).</summary>
    public static FieldBuilder<object?, object> EntityConnection<TContext, TNodeType, TEntity, TFilter, TSortInput>(
        this ObjectGraphType query, string name, Func<TContext, IQueryable<TEntity>> rows, IReadOnlyList<SortKey> defaultOrder)
        where TContext : DbContext
        where TNodeType : IGraphType
        where TEntity : class
        where TFilter : FilterInputGraphType<TEntity>, new()
        where TSortInput : SortInputGraphType<TEntity>, new() =>
        query.EntityConnection<TContext, TNodeType, TEntity, TFilter, TSortInput>(name, (db, _) => rows(db), defaultOrder);

    /// <summary>
    /// A connection with <c>where</c> and <c>order</c> over rows that depend on the request — the caller's row
    /// rule (<see cref="IResolveFieldContext.User"/>) or another argument of the field.
    /// </summary>
    public static FieldBuilder<object?, object> EntityConnection<TContext, TNodeType, TEntity, TFilter, TSortInput>(
        this ObjectGraphType query, string name, Func<TContext, IResolveFieldContext, IQueryable<TEntity>> rows, IReadOnlyList<SortKey> defaultOrder)
        where TContext : DbContext
        where TNodeType : IGraphType
        where TEntity : class
        where TFilter : FilterInputGraphType<TEntity>, new()
        where TSortInput : SortInputGraphType<TEntity>, new() =>
        query.Connection<TNodeType, TEntity>(name)
            .Filterable<object?, object, TFilter>()
            .Sortable<object?, object, TSortInput>()
            .ResolveAsync(async context => await context.WithDbContextAsync<TContext, Connection<TEntity>>((db, _) =>
                context.ToConnectionAsync(
                    context.Filter<TEntity, TFilter>(rows(db, context).AsNoTracking()), context.SortKeys<TEntity, TSortInput>(defaultOrder))));

    /// <summary>The entity whose key equals the string argument <paramref name="argument"/>, or null.</summary>
    public static FieldBuilder<object?, object> EntityLookup<TContext, TNodeType, TEntity>(
        this ObjectGraphType query,
        string name,
        string argument,
        string argumentDescription,
        Func<TContext, string, IQueryable<TEntity>> match)
        where TContext : DbContext
        where TNodeType : IGraphType
        where TEntity : class =>
        query.Field<TNodeType>(name)
            .Argument<NonNullGraphType<StringGraphType>>(argument, argumentDescription)
            .ResolveAsync(context => context.WithDbContextAsync<TContext, object?>(async (db, ct) =>
                await match(db, context.GetArgument<string>(argument).Trim()).AsNoTracking().FirstOrDefaultAsync(ct)));
}
