using ParGraph.Api.Plans;

namespace ParGraph.Api.Tasks;

/// <summary>A task (nhiệm vụ) of a plan; exposed in GraphQL as <c>Task</c>.</summary>
public sealed class PlanTask
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    public int? SectionId { get; set; }

    public PlanSection? Section { get; set; }

    /// <summary>Order of the task within its plan, as read from the document.</summary>
    public int Position { get; set; }

    /// <summary>Number as printed; duplicates happen in the documents.</summary>
    public string? Number { get; set; }

    public string? Title { get; set; }

    public string? Product { get; set; }

    public Deadline Deadline { get; set; } = new();

    /// <summary>The responsibility cell as printed.</summary>
    public string? AssignmentText { get; set; }

    public List<TaskAssignment> Assignments { get; set; } = [];

    public TaskStatus Status { get; set; }

    public int Progress { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public bool NeedsReview { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public List<TaskUpdate> Updates { get; set; } = [];

    public uint Version { get; set; }
}
