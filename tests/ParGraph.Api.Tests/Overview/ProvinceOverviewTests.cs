using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Reports;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tests.Overview;

/// <summary><c>provinceOverview</c> on the imported seed documents: the same numbers as <c>taskStatistics</c>, in few statements.</summary>
public sealed class ProvinceOverviewTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Groups = "status timeliness area plan { id } count overdue completedOnTime";

    private readonly GraphQLClient ioc = new(factory, "ioc.viewer");

    [Fact]
    public async Task TaskCounts_AreTaskStatisticsForTheSameTasks()
    {
        var plan = await PlanInForceAsync(2024);
        var where = $$"""{ plan: { documentNumber: { eq: "{{plan}}" } } }""";

        var data = await ioc.DataAsync($$"""
            { provinceOverview(year: 2024, where: {{where}}) {
                taskCount tasksByStatus { {{Groups}} } tasksByTimeliness { {{Groups}} } tasksByArea { {{Groups}} } tasksByPlan { {{Groups}} } }
              tasks(where: {{where}}) { totalCount }
              status: taskStatistics(where: {{where}}, groupBy: [STATUS]) { {{Groups}} }
              timeliness: taskStatistics(where: {{where}}, groupBy: [TIMELINESS]) { {{Groups}} }
              area: taskStatistics(where: {{where}}, groupBy: [AREA]) { {{Groups}} }
              plan: taskStatistics(where: {{where}}, groupBy: [PLAN]) { {{Groups}} } }
            """);

        var overview = data["provinceOverview"]!;
        Assert.True(data["tasks"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Equal(data["tasks"]!["totalCount"]!.GetValue<int>(), overview["taskCount"]!.GetValue<int>());
        foreach (var (field, statistics) in new[] { ("tasksByStatus", "status"), ("tasksByTimeliness", "timeliness"), ("tasksByArea", "area"), ("tasksByPlan", "plan") })
        {
            Assert.True(JsonNode.DeepEquals(data[statistics], overview[field]), $"{field} differs from taskStatistics");
        }
    }

    [Fact]
    public async Task TheWholeWall_RunsAHandfulOfStatements()
    {
        _ = factory.Server;
        factory.SqlStatements.Reset();

        var data = await ioc.DataAsync($$"""
            { provinceOverview(year: 2024) {
                year taskCount tasksByStatus { {{Groups}} } tasksByTimeliness { {{Groups}} } tasksByArea { {{Groups}} } tasksByPlan { {{Groups}} }
                mostOverdueAgencies(first: 10) { leadAgency { code name } overdue count }
                reportSubmission { period { year kind due } onTime late missing pending agencies { agency { code } status submittedAt } }
                kpis { code name } indices { code name } } }
            """);

        var overview = data["provinceOverview"]!;
        var overdue = overview["mostOverdueAgencies"]!.AsArray().Select(g => g!["overdue"]!.GetValue<int>()).ToList();
        Assert.InRange(overdue.Count, 1, 10);
        Assert.Equal(overdue.OrderByDescending(o => o), overdue);
        Assert.InRange(factory.SqlStatements.Count, 1, 9); // plans in force, 2 groupings (GROUPING SETS, lead agency), 2 loaders, 2 for reports, 2 KPI lists
    }

    [Fact]
    public async Task ReportSubmission_ShowsWhoReportedTheCurrentAndPreviousPeriod()
    {
        var snv = new GraphQLClient(factory, "snv.editor");
        var report = (await snv.DataAsync("mutation { openReport(input: { agencyCode: \"SNV\", year: 2024, period: YEAR }) { report { id } } }"))["openReport"]!["report"]!;
        await snv.DataAsync("mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { submittedLate } } }", new { input = new { reportId = (string)report["id"]! } });

        var periods = (await ioc.DataAsync("{ provinceOverview(year: 2024) { reportSubmission { period { year kind } late missing pending agencies { agency { code } status } } } }"))
            ["provinceOverview"]!["reportSubmission"]!.AsArray();

        Assert.Equal(["2024 YEAR", "2024 Q3"], periods.Select(p => $"{p!["period"]!["year"]} {p["period"]!["kind"]}"));
        var snvYear = periods[0]!["agencies"]!.AsArray().Single(a => (string?)a!["agency"]!["code"] == "SNV")!;
        Assert.Equal("LATE", (string?)snvYear["status"]); // submitted now, long after 15 December 2024
        Assert.Equal(periods[0]!["agencies"]!.AsArray().Count - 1, periods[0]!["missing"]!.GetValue<int>());
        Assert.Equal(0, periods[0]!["pending"]!.GetValue<int>());
    }

    [Fact]
    public async Task AYearOutOfRange_IsAValidationError()
    {
        GraphQLErrorAssert.Single(await ioc.ErrorsAsync("{ provinceOverview(year: 1999) { year } }"), ErrorCodes.Validation, "year");
    }

    private async Task<string> PlanInForceAsync(int year)
    {
        _ = factory.Server;
        await using var db = factory.Database.CreateContext();
        return await db.Plans.Where(ReportTasks.InForce(year)).Where(p => p.DocumentNumber != null && p.Tasks.Any())
            .OrderBy(p => p.Id).Select(p => p.DocumentNumber!).FirstAsync();
    }
}
