namespace ParGraph.Api.Scores;

/// <summary>What one agency did in a year, counted from its tasks, reports and KPI measurements.</summary>
/// <param name="DecidedTasks">Led tasks due in the year that are completed or past their due date.</param>
/// <param name="ReportCredit">Sum over the passed periods: 1 on time, 0.5 late, 0 missing.</param>
public sealed record AgencyYearFacts(
    int DecidedTasks, int TasksOnTime, int OverdueTasks, int DuePeriods, double ReportCredit, int KpisMeasured, int KpisMet)
{
    public static readonly AgencyYearFacts None = new(0, 0, 0, 0, 0, 0, 0);
}
