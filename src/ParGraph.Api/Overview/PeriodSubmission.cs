using ParGraph.Api.Agencies;
using ParGraph.Api.Reports;

namespace ParGraph.Api.Overview;

/// <summary>Who reported for one period, and how.</summary>
public sealed record PeriodSubmission(ReportingPeriod Period, IReadOnlyList<AgencySubmission> Agencies)
{
    public int Count(SubmissionStatus status) => Agencies.Count(a => a.Status == status);
}

public sealed record AgencySubmission(Agency Agency, SubmissionStatus Status, DateTimeOffset? SubmittedAt);
