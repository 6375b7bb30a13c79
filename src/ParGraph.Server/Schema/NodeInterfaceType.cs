using GraphQL.Types;

namespace ParGraph.Server.Schema;

public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a global ID, fetchable with `node(id:)` (Relay).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID of the object.");
    }
}
