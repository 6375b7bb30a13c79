using GraphQL.Types;

namespace ParGraph.Api.Tasks;

public sealed class TimelinessEnum : EnumerationGraphType<Timeliness>
{
    public TimelinessEnum()
    {
        Name = "Timeliness";
        Description = "Whether a task is on time: the official 2×2 (completed on time / late; open within the deadline / overdue) plus DUE_SOON.";
    }
}
