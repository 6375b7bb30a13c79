using GraphQL.Types;

namespace ParGraph.Api.Tasks;

public sealed class DeadlineKindEnum : EnumerationGraphType<DeadlineKind>
{
    public DeadlineKindEnum()
    {
        Name = "DeadlineKind";
        Description = "How a deadline (thời hạn) was written: a day, month, quarter, year, range, recurring, contingent or unreadable.";
    }
}
