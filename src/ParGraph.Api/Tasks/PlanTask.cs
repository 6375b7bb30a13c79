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

    /// <summary>Where the importer found the row (section, number, repeat), so a re-import updates it.</summary>
    public string? SourceKey { get; set; }

    /// <summary>
    /// JSON of the values the importer last wrote. A field whose value still equals it may be updated by
    /// a corrected document; one that differs was edited through the API and is kept.
    /// </summary>
    public string? ImportedValues { get; set; }

    public List<TaskUpdate> Updates { get; set; } = [];

    public uint Version { get; set; }
}
