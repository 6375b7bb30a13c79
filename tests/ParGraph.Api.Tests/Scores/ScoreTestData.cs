using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Kpis;
using ParGraph.Api.Reports;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Scores;

/// <summary>Agencies of a test's own (fresh codes) and their year's tasks, reports and KPI measurements, written directly.</summary>
public sealed class ScoreTestData(ParGraphApiFactory factory, int year)
{
    public const string Query = """
        query($year: Int!, $live: Boolean) { agencyScores(year: $year, live: $live) {
          agency { code } year score rank rankOutOf formulaVersion published publishedAt
          components { name value weight points } } }
        """;

    private readonly string prefix = $"SC{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}-";

    public int Year => year;

    /// <summary>A new department with a code no other test uses.</summary>
    public async Task<string> AgencyAsync(string name)
    {
        _ = factory.Server; // migrated and seeded
        await using var db = factory.Database.CreateContext();
        var agency = db.Agencies.Add(new Agency { Code = prefix + name, Name = "Cơ quan thử " + name, Kind = AgencyKind.Department }).Entity;
        await db.SaveChangesAsync();
        return agency.Code;
    }

    /// <summary>A task led by <paramref name="code"/>, due mid-year; completed on <paramref name="completedOn"/> when given, else still open.</summary>
    public async Task LedTaskAsync(string code, DateOnly? completedOn)
    {
        await using var db = factory.Database.CreateContext();
        var plan = TestPlans.NewPlan("Kế hoạch thử chấm điểm");
        var task = TestPlans.Task(plan, null, 1, "Nhiệm vụ thử");
        task.Deadline = new Deadline { Kind = DeadlineKind.Date, Due = new DateOnly(year, 6, 30) };
        (task.Status, task.CompletedOn, task.Progress) = completedOn is null ? (TaskStatus.InProgress, null, 50) : (TaskStatus.Completed, completedOn, 100);
        TestPlans.Assign(task, [await db.Agencies.SingleAsync(a => a.Code == code)], []);
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
    }

    /// <summary>A submitted report of <paramref name="code"/> for the period, on time or late.</summary>
    public async Task ReportAsync(string code, PeriodKind kind, bool late)
    {
        await using var db = factory.Database.CreateContext();
        var period = await db.ReportingPeriods.FirstOrDefaultAsync(p => p.Year == year && p.Kind == kind)
            ?? db.ReportingPeriods.Add(new ReportingPeriod
            {
                Year = year, Kind = kind, Start = new DateOnly(year, 1, 1), End = new DateOnly(year, 12, 31), Due = new DateOnly(year, 12, 15),
            }).Entity;
        var at = new DateTimeOffset(year, 12, 1, 0, 0, 0, TimeSpan.Zero);
        db.Reports.Add(new Report
        {
            Agency = await db.Agencies.SingleAsync(a => a.Code == code), Period = period, Status = ReportStatus.Submitted,
            CreatedAt = at, SubmittedAt = at, SubmittedLate = late,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>All four periods of the year reported on time.</summary>
    public async Task AllReportsOnTimeAsync(string code)
    {
        foreach (var kind in Enum.GetValues<PeriodKind>())
        {
            await ReportAsync(code, kind, late: false);
        }
    }

    /// <summary>A new KPI with a target (≥ 90) for the year and the agency's measurements, oldest first.</summary>
    public async Task KpiAsync(string code, params double[] values)
    {
        await using var db = factory.Database.CreateContext();
        var kpi = db.Kpis.Add(new Kpi { Code = prefix + "KPI-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), Name = "Chỉ tiêu thử", Unit = KpiUnit.Percent }).Entity;
        db.KpiTargets.Add(new KpiTarget { Kpi = kpi, Year = year, Comparator = Comparator.Gte, Value = 90 });
        var agency = await db.Agencies.SingleAsync(a => a.Code == code);
        for (var i = 0; i < values.Length; i++)
        {
            db.KpiMeasurements.Add(new KpiMeasurement
            {
                Kpi = kpi, Agency = agency, On = new DateOnly(year, 1 + i, 28), Value = values[i], RecordedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>An agency with perfect marks: a task completed on time, every report on time, a KPI met.</summary>
    public async Task<string> PerfectAgencyAsync(string name)
    {
        var code = await AgencyAsync(name);
        await LedTaskAsync(code, new DateOnly(year, 6, 1));
        await AllReportsOnTimeAsync(code);
        await KpiAsync(code, 95);
        return code;
    }
}
