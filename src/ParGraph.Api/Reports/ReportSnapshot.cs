namespace ParGraph.Api.Reports;

/// <summary>What the audit log keeps of a report and of an entry.</summary>
public sealed record ReportSnapshot(
    int Id, string AgencyCode, int Year, PeriodKind Period, int? PlanId, ReportStatus Status,
    DateTimeOffset? SubmittedAt, bool SubmittedLate, DateTimeOffset? DecidedAt, string? ReturnReason, int Entries)
{
    public static ReportSnapshot Of(Report r, string agencyCode, ReportingPeriod period, int entries) =>
        new(r.Id, agencyCode, period.Year, period.Kind, r.PlanId, r.Status, r.SubmittedAt, r.SubmittedLate, r.DecidedAt, r.ReturnReason, entries);

    public static object Of(ReportEntry e) =>
        new { e.Id, e.ReportId, e.TaskId, e.Result, e.Status, e.Progress, Evidence = e.Evidence.ToArray() };
}
