using ParGraph.Api.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Reports;

/// <summary>What an agency reports on one task: result (kết quả), status, progress, evidence.</summary>
public sealed class ReportEntry
{
    public int Id { get; set; }

    public int ReportId { get; set; }

    public Report? Report { get; set; }

    public int TaskId { get; set; }

    public PlanTask? Task { get; set; }

    public string? Result { get; set; }

    public TaskStatus? Status { get; set; }

    public int? Progress { get; set; }

    public List<string> Evidence { get; set; } = [];

    public uint Version { get; set; }
}
