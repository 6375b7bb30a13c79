using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>
/// Synthetic plans, tasks and KPI measurements for benchmarks: the same seed, call order and inputs
/// give the same data (one <see cref="Random"/>). Years run from <see cref="FirstYear"/> to <paramref name="today"/>'s year;
/// the first plan of each year is its annual plan, which the agencies' yearly reports are filed against.
/// Document numbers end in <c>/KH-DEMO</c>: the seed loader requires plan numbers to be unique.
/// </summary>
public sealed class DemoDataGenerator(int seed, int years, DateOnly today, IReadOnlyList<int> agencyIds)
{
    public const int TasksPerPlan = 50;

    private readonly Random random = new(seed);
    private readonly DemoTaskFactory tasks = new(today, agencyIds);

    public int FirstYear { get; } = today.Year - years + 1;

    public DateOnly Today => today;

    public List<DemoPlan> Plans(int taskCount, int firstPlanId, int firstSectionId)
    {
        var count = Math.Max(1, (taskCount + TasksPerPlan - 1) / TasksPerPlan);
        var plans = new List<DemoPlan>(count);
        var sectionId = firstSectionId;
        for (var p = 0; p < count; p++)
        {
            var year = FirstYear + p % years;
            var kind = p < years ? PlanKind.AnnualPlan : Pick([PlanKind.AnnualPlan, PlanKind.ThematicPlan, PlanKind.ThematicPlan, PlanKind.Framework, PlanKind.Programme]);
            var id = firstPlanId + p;
            var areas = Enum.GetValues<ReformArea>().Where(_ => random.Next(3) > 0).DefaultIfEmpty(ReformArea.Procedures).ToList();
            var sections = areas.Select((area, i) => new DemoSection(sectionId++, id, DemoVocabulary.Roman[i], DemoVocabulary.SectionTitle(area), area, i)).ToList();
            plans.Add(new DemoPlan(
                id, year, kind, year < today.Year ? PlanStatus.Closed : PlanStatus.Active,
                $"{p + 1}/KH-DEMO", Title(kind, year, p), $"demo:plan-{p + 1:D6}",
                new DateOnly(year, 1, 5).AddDays(random.Next(50)), new DateOnly(year, 1, 1),
                new DateOnly(kind == PlanKind.Programme ? year + 4 : year, 12, 31), sections));
        }

        return plans;
    }

    /// <summary><paramref name="count"/> tasks spread evenly over <paramref name="plans"/>, ids from <paramref name="firstTaskId"/>.</summary>
    public List<DemoTask> Tasks(IReadOnlyList<DemoPlan> plans, int count, int firstTaskId)
    {
        var result = new List<DemoTask>(count);
        for (var p = 0; p < plans.Count; p++)
        {
            var plan = plans[p];
            var perSection = new int[plan.Sections.Count];
            var end = (int)((long)(p + 1) * count / plans.Count);
            for (var position = 0; result.Count < end; position++)
            {
                var s = random.Next(plan.Sections.Count);
                result.Add(tasks.Create(random, firstTaskId + result.Count, plan, plan.Sections[s], position, ++perSection[s]));
            }
        }

        return result;
    }

    /// <summary>Province-wide values of <paramref name="kpis"/> at each past half-year end.</summary>
    public List<DemoMeasurement> Measurements(IReadOnlyList<DemoKpi> kpis)
    {
        var result = new List<DemoMeasurement>();
        foreach (var kpi in kpis)
        {
            for (var year = FirstYear; year <= today.Year; year++)
            {
                foreach (var on in new[] { new DateOnly(year, 6, 30), new DateOnly(year, 12, 31) }.Where(d => d <= today))
                {
                    var rank = random.Next(1, 64);
                    result.Add(kpi.Unit switch
                    {
                        KpiUnit.Percent => new DemoMeasurement(kpi.Id, on, Math.Round(60 + random.NextDouble() * 40, 1), null, null),
                        KpiUnit.Count => new DemoMeasurement(kpi.Id, on, random.Next(10, 1000), null, null),
                        KpiUnit.Score => new DemoMeasurement(kpi.Id, on, Math.Round(30 + random.NextDouble() * 60, 2), rank, 63),
                        _ => new DemoMeasurement(kpi.Id, on, rank, rank, 63),
                    });
                }
            }
        }

        return result;
    }

    private string Title(PlanKind kind, int year, int p) => kind switch
    {
        PlanKind.AnnualPlan => $"Kế hoạch cải cách hành chính năm {year} (demo {p + 1})",
        PlanKind.Programme => $"Chương trình cải cách hành chính giai đoạn {year}–{year + 4} (demo {p + 1})",
        PlanKind.Framework => $"Khung nhiệm vụ cải thiện chỉ số PAPI năm {year} (demo {p + 1})",
        _ => $"Kế hoạch chuyên đề về {Pick(DemoVocabulary.Objects)} năm {year} (demo {p + 1})",
    };

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
