using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Hosting;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Tasks;

/// <summary><c>taskStatistics</c> on the imported seed documents plus tasks made here to reach every timeliness.</summary>
public class TaskStatisticsTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>, IAsyncLifetime
{
    private readonly GraphQLClient client = new(factory, "ioc.viewer");

    public async Task InitializeAsync()
    {
        await using var db = factory.Database.CreateContext();
        if (await db.Plans.AnyAsync(p => p.Title == "Statistics plan"))
        {
            return;
        }

        var today = factory.Services.GetRequiredService<ProvinceClock>().Today;
        var plan = TestPlans.NewPlan("Statistics plan");
        var section = TestPlans.Section(plan, 1, ReformArea.DigitalGovernment, "Chính quyền số");
        var agencies = await TestPlans.AgenciesAsync(db, "SNV", "STTTT");
        (TaskStatus Status, int? DueInDays, int? CompletedDaysAfterDue)[] cases =
        [
            (TaskStatus.NotStarted, 30, null), (TaskStatus.InProgress, 3, null), (TaskStatus.InProgress, -10, null),
            (TaskStatus.Completed, -20, -5), (TaskStatus.Completed, -20, 4), (TaskStatus.NotStarted, null, null), (TaskStatus.Cancelled, 10, null),
        ];
        for (var i = 0; i < cases.Length; i++)
        {
            var (status, dueIn, completedAfter) = cases[i];
            var task = TestPlans.Task(plan, section, i + 1, $"Nhiệm vụ thống kê {i + 1}");
            task.Status = status;
            task.Deadline = new Deadline { Kind = dueIn is null ? DeadlineKind.Recurring : DeadlineKind.Date, Due = dueIn is { } d ? today.AddDays(d) : null };
            task.CompletedOn = completedAfter is { } c ? today.AddDays(dueIn!.Value + c) : null;
            TestPlans.Assign(task, [agencies[i % 2 == 0 ? "SNV" : "STTTT"]], []);
            db.Tasks.Add(task);
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ByStatus_SumsToTheTotalCountOfTasks()
    {
        var data = await client.DataAsync("{ tasks { totalCount } taskStatistics(groupBy: [STATUS]) { status count } }");

        var groups = data["taskStatistics"]!.AsArray();
        Assert.Equal(data["tasks"]!["totalCount"]!.GetValue<int>(), groups.Sum(g => g!["count"]!.GetValue<int>()));
        Assert.Equal(groups.Count, groups.Select(g => g!["status"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task ByTimeliness_AgreesWithTheRulesTasksAreShownWith()
    {
        var data = await client.DataAsync("{ taskStatistics(groupBy: [TIMELINESS]) { timeliness count } }");
        await using var db = factory.Database.CreateContext();
        var today = factory.Services.GetRequiredService<ProvinceClock>().Today;
        var expected = (await db.Tasks.AsNoTracking().ToListAsync())
            .GroupBy(t => TimelinessRules.Evaluate(t, today))
            .ToDictionary(g => g.Key.ToString().ToConstantCase(), g => g.Count());

        var actual = data["taskStatistics"]!.AsArray().ToDictionary(g => g!["timeliness"]!.GetValue<string>(), g => g!["count"]!.GetValue<int>());
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
        Assert.Equal(6, actual.Count);
    }

    [Fact]
    public async Task ManyKeys_RunOneSqlStatement()
    {
        factory.SqlStatements.Reset();

        var data = await client.DataAsync(
            "{ taskStatistics(groupBy: [STATUS, TIMELINESS, AREA, PLAN, DUE_YEAR, DUE_QUARTER]) { count overdue completedOnTime completionRate } }");

        Assert.NotEmpty(data["taskStatistics"]!.AsArray());
        var statement = Assert.Single(factory.SqlStatements.Texts);
        // The grouping query and the task-id subquery only: no correlated subquery per aggregate and group.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(statement, @"\bSELECT\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task WhereAndLeadAgency_CountOnlyTheFilteredTasksOfEachLead()
    {
        var data = await client.DataAsync("""
            { taskStatistics(where: { plan: { title: { eq: "Statistics plan" } }, status: { neq: CANCELLED } }, groupBy: [LEAD_AGENCY]) { leadAgency { code } count } }
            """);

        var counts = data["taskStatistics"]!.AsArray().ToDictionary(g => g!["leadAgency"]!["code"]!.GetValue<string>(), g => g!["count"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["SNV"] = 3, ["STTTT"] = 3 }, counts);
    }

    [Fact]
    public async Task NoKeys_GiveOneGroup_EvenWhenNoTaskMatches()
    {
        var data = await client.DataAsync("""
            { all: taskStatistics(groupBy: []) { count } tasks { totalCount }
              none: taskStatistics(where: { title: { eq: "không có nhiệm vụ này" } }, groupBy: []) { count completionRate } }
            """);

        Assert.Equal(data["tasks"]!["totalCount"]!.GetValue<int>(), Assert.Single(data["all"]!.AsArray())!["count"]!.GetValue<int>());
        var none = Assert.Single(data["none"]!.AsArray())!;
        Assert.Equal((0, 0.0), (none["count"]!.GetValue<int>(), none["completionRate"]!.GetValue<double>()));
    }

    [Fact]
    public async Task ByLeadAgencyAndArea_CountsTheTasksEachAgencyLeads()
    {
        var data = await client.DataAsync("""
            { taskStatistics(groupBy: [LEAD_AGENCY, AREA, PLAN]) { leadAgency { code } area plan { title } count overdue completedOnTime completionRate } }
            """);

        var ours = data["taskStatistics"]!.AsArray().Where(g => g!["plan"]!["title"]!.GetValue<string>() == "Statistics plan").ToList();
        var snv = Assert.Single(ours, g => g!["leadAgency"]!["code"]!.GetValue<string>() == "SNV")!;
        Assert.Equal(("DIGITAL_GOVERNMENT", 4), (snv["area"]!.GetValue<string>(), snv["count"]!.GetValue<int>()));
        var stttt = Assert.Single(ours, g => g!["leadAgency"]!["code"]!.GetValue<string>() == "STTTT")!;
        Assert.Equal(3, stttt["count"]!.GetValue<int>());
        Assert.Equal(1, snv["overdue"]!.GetValue<int>() + stttt["overdue"]!.GetValue<int>());
        Assert.Equal(1, snv["completedOnTime"]!.GetValue<int>() + stttt["completedOnTime"]!.GetValue<int>());
    }

    [Fact]
    public async Task GroupBy_SameKeyTwice_ReturnsValidation()
    {
        var errors = await client.ErrorsAsync("{ taskStatistics(groupBy: [STATUS, STATUS]) { count } }");

        GraphQLErrorAssert.Single(errors, "VALIDATION", "groupBy");
    }
}
