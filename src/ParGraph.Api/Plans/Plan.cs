using ParGraph.Api.Tasks;

namespace ParGraph.Api.Plans;

/// <summary>A programme, annual plan, thematic plan or framework (chương trình / kế hoạch).</summary>
public sealed class Plan
{
    public int Id { get; set; }

    /// <summary>Document number as printed, e.g. <c>3049/QĐ-UBND</c>.</summary>
    public string? DocumentNumber { get; set; }

    public required string Title { get; set; }

    public PlanKind Kind { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? PeriodStart { get; set; }

    public DateOnly? PeriodEnd { get; set; }

    public PlanStatus Status { get; set; }

    public int? ParentId { get; set; }

    public Plan? Parent { get; set; }

    /// <summary>File name of the source document in <c>seeds/documents</c>.</summary>
    public string? SourceFile { get; set; }

    /// <summary>SHA-256 of the source text last imported; the same text again changes nothing.</summary>
    public string? SourceHash { get; set; }

    public List<PlanSection> Sections { get; set; } = [];

    public List<PlanTask> Tasks { get; set; } = [];

    public uint Version { get; set; }
}
