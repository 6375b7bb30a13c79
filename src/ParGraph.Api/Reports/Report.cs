using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Reports;

/// <summary>An agency's progress report (báo cáo) for one period, optionally for one plan.</summary>
public sealed class Report
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public int PeriodId { get; set; }

    public ReportingPeriod? Period { get; set; }

    public int? PlanId { get; set; }

    public Plan? Plan { get; set; }

    public ReportStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>True when the last submission came after the period's due date.</summary>
    public bool SubmittedLate { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? ReturnReason { get; set; }

    public List<ReportEntry> Entries { get; set; } = [];

    public uint Version { get; set; }
}
