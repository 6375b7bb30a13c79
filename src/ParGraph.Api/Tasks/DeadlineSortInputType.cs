using ParGraph.Server.Sorting;

namespace ParGraph.Api.Tasks;

public sealed class DeadlineSortInputType : SortInputGraphType<Deadline>
{
    public DeadlineSortInputType()
    {
        Name = "DeadlineSortInput";
        Description = "Sort by parts of a deadline.";
        Sort("due", d => d.Due, "By due date; tasks without one come last ascending, first descending.");
        Sort("start", d => d.Start, "By the first day of the deadline's period.");
        Sort("kind", d => d.Kind, "By how the deadline was written.");
    }
}
