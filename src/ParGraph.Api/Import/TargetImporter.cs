using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Import;

/// <summary>Attaches a document's numeric targets to KPIs (found or created by indicator), one per KPI and year.</summary>
internal static class TargetImporter
{
    public static void Apply(IEnumerable<ParsedTarget> targets, Plan plan, KpiMatcher kpis, ImportReport report)
    {
        foreach (var target in targets)
        {
            var kpi = kpis.FindOrCreate(target, plan);
            var existing = kpi.Targets.FirstOrDefault(t => t.Year == target.Year);
            if (existing is null)
            {
                kpi.Targets.Add(new KpiTarget
                {
                    Year = target.Year,
                    Comparator = target.Comparator,
                    Value = target.Value,
                    Text = target.Text,
                    Plan = plan,
                });
                report.TargetsCreated++;
            }
            else if (existing.Comparator == target.Comparator && existing.Value.Equals(target.Value) && existing.Text == target.Text)
            {
                report.TargetsUnchanged++;
            }
            else if (existing.PlanId == plan.Id || existing.Plan == plan)
            {
                (existing.Comparator, existing.Value, existing.Text) = (target.Comparator, target.Value, target.Text);
                report.TargetsUpdated++;
            }
            else
            {
                report.Warnings.Add(new ImportWarning(target.Line,
                    $"Another plan already sets the {target.Year} target of \"{kpi.Name}\"; this document's \"{target.Text}\" was not applied."));
            }
        }
    }
}
