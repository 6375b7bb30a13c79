using GraphQL.Types;

namespace ParGraph.Server.Schema;

public static class NodeGraphTypeExtensions
{
    /// <summary>Makes the type implement <c>Node</c>, its <c>id</c> the global ID of <paramref name="key"/>.</summary>
    public static void ImplementsNode<TSource>(this ObjectGraphType<TSource> type, Func<TSource, object> key)
    {
        var typeName = type.Name;
        type.Interface<NodeInterfaceType>();
        type.IsTypeOf = source => source is TSource;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"Opaque global ID of the {typeName}; use it with `node(id:)`.")
            .Resolve(context => GlobalId.Encode(typeName, key(context.Source)));
    }
}
