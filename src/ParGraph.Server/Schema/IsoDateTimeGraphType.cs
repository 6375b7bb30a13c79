using GraphQL.Types;

namespace ParGraph.Server.Schema;

public sealed class IsoDateTimeGraphType : DateTimeOffsetGraphType
{
    public IsoDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "An instant with its UTC offset, ISO 8601 (e.g. `2024-07-05T09:30:00+07:00`).";
    }
}
