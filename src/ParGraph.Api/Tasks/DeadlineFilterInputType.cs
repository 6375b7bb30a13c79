using ParGraph.Server.Filtering;

namespace ParGraph.Api.Tasks;

public sealed class DeadlineFilterInputType : FilterInputGraphType<Deadline>
{
    public DeadlineFilterInputType()
    {
        Configure("DeadlineFilterInput", "Conditions on a task's deadline.");
        Filter<DateOperationFilterInputType, DateOnly?>("due", d => d.Due, "The due date.");
        Filter<DateOperationFilterInputType, DateOnly?>("start", d => d.Start, "The first day of the deadline's period.");
        Filter<EnumOperationFilterInputType<DeadlineKindEnum>, DeadlineKind>("kind", d => d.Kind, "How the deadline was written.");
        Filter<StringOperationFilterInputType, string?>("text", d => d.Text, "The deadline as printed.");
    }
}
