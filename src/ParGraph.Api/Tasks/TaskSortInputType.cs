using ParGraph.Api.Plans;
using ParGraph.Server.Sorting;

namespace ParGraph.Api.Tasks;

public sealed class TaskSortInputType : SortInputGraphType<PlanTask>
{
    public TaskSortInputType()
    {
        Name = "TaskSortInput";
        Description = "Sort tasks; give several objects in `order` to sort by several keys.";
        Sort("number", t => t.Number, "By number as printed (text order).");
        Sort("title", t => t.Title, "By title.");
        Sort("status", t => t.Status, "By status.");
        Sort("progress", t => t.Progress, "By progress.");
        Sort("completedOn", t => t.CompletedOn, "By completion date.");
        Sort("needsReview", t => t.NeedsReview, "Tasks that need review last ascending, first descending.");
        Nested<DeadlineSortInputType, Deadline>("deadline", t => t.Deadline, "By the deadline's due date, start or kind.");
        Nested<PlanSortInputType, Plan>("plan", t => t.Plan!, "By the plan's fields, e.g. `{ plan: { issuedOn: DESC } }`.");
    }
}
