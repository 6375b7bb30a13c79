using GraphQL.Types;

namespace ParGraph.Server.Schema;

public sealed class IsoDateGraphType : DateOnlyGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601 `yyyy-MM-dd` (e.g. `2024-12-31`).";
    }
}
