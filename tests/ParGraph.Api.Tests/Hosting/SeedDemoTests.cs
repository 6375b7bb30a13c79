using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Hosting.Demo;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Hosting;

/// <summary><c>seed-demo</c> through its command, against this class's database; each test seeds for itself.</summary>
public sealed class SeedDemoTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public async Task SeedDemo_2000Tasks_WritesConsistentTasksLedByRealAgencies()
    {
        await SeedDemoAsync(2000);

        await using var db = factory.Database.CreateContext();
        var tasks = await DemoTasks(db).Include(t => t.Assignments).ThenInclude(a => a.Agency).AsNoTracking().ToListAsync();
        Assert.Equal(2000, tasks.Count);
        Assert.All(tasks, task =>
        {
            var leads = task.Assignments.Where(a => a.Role == AssignmentRole.Lead).ToList();
            Assert.InRange(leads.Count, 1, 2);
            Assert.All(task.Assignments, a => Assert.NotEqual(AgencyKind.Group, a.Agency!.Kind));
            Assert.Equal(task.Status == TaskStatus.Completed, task.CompletedOn is not null);
            Assert.True(task.Status switch
            {
                TaskStatus.Completed => task.Progress == 100,
                TaskStatus.NotStarted => task.Progress == 0,
                TaskStatus.InProgress => task.Progress is > 0 and < 100,
                _ => task.Progress < 100,
            }, $"task {task.Id}: {task.Status} at {task.Progress}%");
        });
        Assert.Equal(Enum.GetValues<DeadlineKind>().Length, tasks.Select(t => t.Deadline.Kind).Distinct().Count());
        Assert.Contains(tasks, t => t.Title!.Contains("hồ sơ", StringComparison.Ordinal));
        Assert.True(await db.ReportEntries.AnyAsync(e => e.Task!.Plan!.SourceFile!.StartsWith("demo:")));
    }

    [Fact]
    public async Task SeedDemo_RunTwice_ReplacesDemoDataAndKeepsSeedDocuments()
    {
        _ = factory.Services; // starts the app, which imports the seed documents
        var before = await CountNonDemoAsync();

        await SeedDemoAsync(2000);
        await SeedDemoAsync(2000, seed: 7);

        await using var db = factory.Database.CreateContext();
        Assert.Equal(2000, await DemoTasks(db).CountAsync());
        Assert.Equal(40, await db.Plans.CountAsync(p => p.SourceFile!.StartsWith("demo:") && p.DocumentNumber!.EndsWith("/KH-DEMO")));
        Assert.True(before.Tasks > 0, "the seed documents were imported");
        Assert.Equal(before, await CountNonDemoAsync());
    }

    [Fact]
    public async Task SeedDemo_ThenInsertThroughEf_GetsFreshIds()
    {
        await SeedDemoAsync(2000);

        await using var db = factory.Database.CreateContext();
        var plan = new Plan { Title = "Kế hoạch sau dữ liệu demo", Kind = PlanKind.ThematicPlan, Status = PlanStatus.Draft };
        plan.Sections.Add(new PlanSection { Title = "Cải cách thể chế", Area = ReformArea.Institutions });
        plan.Tasks.Add(new PlanTask { Title = "Nhiệm vụ mới", Section = plan.Sections[0] });
        db.Plans.Add(plan);
        await db.SaveChangesAsync();

        Assert.True(plan.Tasks[0].Id > await DemoTasks(db).MaxAsync(t => t.Id));
    }

    [Fact]
    public async Task SeedDemo_SaysEachStepAsItIsDone_BeforeTheSummary()
    {
        var console = new StringWriter();

        var exitCode = await SeedDemoCommand.Create(factory.Services).Parse(["--tasks", "2000"])
            .InvokeAsync(new InvocationConfiguration { Output = console, Error = console });

        Assert.Equal(0, exitCode);
        var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var summary = lines.IndexOf("Demo data replaced:");
        Assert.StartsWith("seed-demo: preparing the database", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("seed-demo: generating ", lines[1], StringComparison.Ordinal);
        Assert.InRange(lines.FindIndex(line => line.StartsWith("seed-demo:", StringComparison.Ordinal) && line.EndsWith(" ms  tasks", StringComparison.Ordinal)), 2, summary - 1);
        Assert.InRange(lines.FindIndex(line => line.StartsWith("seed-demo:", StringComparison.Ordinal) && line.EndsWith(" ms  analyze", StringComparison.Ordinal)), 2, summary - 1);
        Assert.StartsWith("in ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_SameSeed_GivesSameTasks()
    {
        static List<DemoTask> Generate(int seed)
        {
            var generator = new DemoDataGenerator(seed, 10, new DateOnly(2026, 6, 1), [1, 2, 3, 4, 5]);
            return generator.Tasks(generator.Plans(500, 1, 1), 500, 1);
        }

        var (first, again, other) = (Generate(3), Generate(3), Generate(4));

        Assert.Equal(first.Select(t => (t.Title, t.DeadlineText, t.Status, t.Leads[0])), again.Select(t => (t.Title, t.DeadlineText, t.Status, t.Leads[0])));
        Assert.NotEqual(first.Select(t => t.Title), other.Select(t => t.Title));
    }

    private async Task SeedDemoAsync(int tasks, int seed = 1) =>
        Assert.Equal(0, await SeedDemoCommand.Create(factory.Services).Parse(["--tasks", $"{tasks}", "--seed", $"{seed}"]).InvokeAsync());

    private static IQueryable<PlanTask> DemoTasks(Api.Data.ParGraphDbContext db) =>
        db.Tasks.Where(t => t.Plan!.SourceFile!.StartsWith("demo:"));

    private async Task<(int Plans, int Tasks, int Assignments)> CountNonDemoAsync()
    {
        await using var db = factory.Database.CreateContext();
        return (
            await db.Plans.CountAsync(p => p.SourceFile == null || !p.SourceFile.StartsWith("demo:")),
            await db.Tasks.CountAsync(t => t.Plan!.SourceFile == null || !t.Plan.SourceFile.StartsWith("demo:")),
            await db.TaskAssignments.CountAsync(a => a.Task!.Plan!.SourceFile == null || !a.Task.Plan.SourceFile.StartsWith("demo:")));
    }
}
