using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Server.Errors;
using ParGraph.Server.Paging;

namespace ParGraph.Server.Schema;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c> over every registered <see cref="NodeSource"/>.</summary>
public sealed class NodeQueries(IEnumerable<NodeSource> sources) : IQueryFields
{
    private readonly Dictionary<string, NodeSource> sourcesByType = sources.ToDictionary(s => s.TypeName, StringComparer.Ordinal);

    public void AddFields(ObjectGraphType query)
    {
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches any object by its global ID; null when it does not exist or you may not see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID, as returned in an object's `id` field.")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description("Fetches many objects by their global IDs, in the same order (null for each one not found).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global IDs; at most as many as a page holds (100 by default).")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                var max = context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value.MaxPageSize;
                return ids.Count <= max
                    ? new AllResults([.. ids.Select(id => Load(context, id))])
                    : throw ApiException.Validation($"`nodes` takes at most {max} IDs at once; {ids.Count} were given.", "ids");
            });
    }

    private IDataLoaderResult<object?> Load(IResolveFieldContext context, string id)
    {
        if (GlobalId.TryDecode(id, out var typeName, out var key)
            && sourcesByType.TryGetValue(typeName, out var source)
            && source.Load(context, key) is { } result)
        {
            return result;
        }

        throw ApiException.Validation($"`{id}` is not a valid ID; use an `id` returned by this API.", "id");
    }

    private sealed class AllResults(IReadOnlyList<IDataLoaderResult<object?>> results) : IDataLoaderResult<object?>
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new object?[results.Count];
            for (var i = 0; i < results.Count; i++)
            {
                values[i] = await results[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            }

            return values;
        }
    }
}
