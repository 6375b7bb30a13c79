using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;
using ParGraph.Server.Filtering;

namespace ParGraph.Api.Tasks;

public sealed class TaskFilterInputType : FilterInputGraphType<PlanTask>
{
    public TaskFilterInputType()
    {
        Configure("TaskFilterInput", "Conditions on a task; fields combine with AND, `or` gives alternatives.");
        Filter<StringOperationFilterInputType, string?>("title", t => t.Title, "What is to be done (contains: case- and accent-insensitive).");
        Filter<StringOperationFilterInputType, string?>("number", t => t.Number, "The number as printed.");
        Filter<StringOperationFilterInputType, string?>("product", t => t.Product, "The expected product.");
        Filter<StringOperationFilterInputType, string?>("assignmentText", t => t.AssignmentText, "The responsibility as printed.");
        Filter<EnumOperationFilterInputType<TaskStatusEnum>, TaskStatus>("status", t => t.Status, "Where the task stands.");
        Filter<IntOperationFilterInputType, int>("progress", t => t.Progress, "Progress in percent.");
        Filter<DateOperationFilterInputType, DateOnly?>("completedOn", t => t.CompletedOn, "The completion date.");
        Filter<BooleanOperationFilterInputType, bool>("needsReview", t => t.NeedsReview, "Whether the importer flagged the row.");
        Nested<DeadlineFilterInputType, Deadline>("deadline", t => t.Deadline, "The deadline.");
        Nested<PlanFilterInputType, Plan>("plan", t => t.Plan!, "The plan.");
        Nested<PlanSectionFilterInputType, PlanSection>("section", t => t.Section!, "The section (reform area).");
        List<AgencyFilterInputType, Agency>(
            "lead", t => t.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.Agency!), "The lead agencies (chủ trì).");
        List<AgencyFilterInputType, Agency>(
            "coordinating", t => t.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(a => a.Agency!), "The coordinating agencies (phối hợp).");
    }
}
