using System.ComponentModel;

namespace ParGraph.Api.Scores;

/// <summary>The parts of an agency's yearly score; each is a value from 0 to 1 that the formula weighs.</summary>
public enum AgencyScoreComponentName
{
    [Description("Share of the agency's led tasks due in the year, and already decided (completed, or past their due date), that were completed on or before the due date.")]
    TasksOnTime,

    [Description("1 − the share of those decided tasks that are still open after their due date (overdue).")]
    OverdueTasks,

    [Description("Reporting periods of the year whose due date has passed: 1 for a report submitted on time, 0.5 for a late one, 0 for none; the average.")]
    ReportTimeliness,

    [Description("Share of the KPIs the agency measured in the year (its own measurements, the latest one of each KPI) that meet the KPI's target for that year.")]
    KpiAttainment,
}
