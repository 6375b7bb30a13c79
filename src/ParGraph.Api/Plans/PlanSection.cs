using ParGraph.Api.Tasks;

namespace ParGraph.Api.Plans;

/// <summary>A titled part of a plan's task table, tied to one reform area.</summary>
public sealed class PlanSection
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    /// <summary>Numbering as printed, e.g. <c>I</c>, <c>II.3</c>.</summary>
    public string? Code { get; set; }

    public required string Title { get; set; }

    public ReformArea Area { get; set; }

    public int Position { get; set; }

    public List<PlanTask> Tasks { get; set; } = [];
}
