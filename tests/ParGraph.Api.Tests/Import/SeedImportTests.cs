using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Reports;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Import;

/// <summary>What the first start makes of the five seed documents.</summary>
public class SeedImportTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient client = new(factory, "analyst");

    [Fact]
    public async Task FirstStart_AnnualPlan_HasItsSectionsTasksAndResolvedAgencies()
    {
        var data = await client.DataAsync("""
            { planByNumber(documentNumber: "3049/QĐ-UBND") {
                sections { code title area }
                tasks(first: 100) { totalCount nodes { number title product section { area } deadline { text kind due } lead { code } coordinating { code } needsReview } } } }
            """);

        var plan = data["planByNumber"]!;
        Assert.Equal(7, plan["sections"]!.AsArray().Count);
        Assert.Equal(61, plan["tasks"]!["totalCount"]!.GetValue<int>());
        var tasks = plan["tasks"]!["nodes"]!.AsArray();
        var second = tasks[1]!;
        Assert.Equal("2", second["number"]!.GetValue<string>());
        Assert.StartsWith("Điều chỉnh quy định chi tiết", second["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("YEAR", second["deadline"]!["kind"]!.GetValue<string>());
        Assert.Equal("2024-12-31", second["deadline"]!["due"]!.GetValue<string>());
        Assert.Equal("BQLKKTVP", Assert.Single(second["lead"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.Null(tasks[0]!["title"]);
        Assert.True(tasks[0]!["needsReview"]!.GetValue<bool>());
    }

    [Fact]
    public async Task FirstStart_ThematicPlan_SplitsLeadAndCoordinatingColumns()
    {
        var data = await client.DataAsync("""
            { planByNumber(documentNumber: "10562/KH-UBND") { tasks(first: 100) { totalCount nodes { lead { code } coordinating { code } } } } }
            """);

        var tasks = data["planByNumber"]!["tasks"]!;
        Assert.Equal(40, tasks["totalCount"]!.GetValue<int>());
        Assert.All(tasks["nodes"]!.AsArray(), t => Assert.NotEmpty(t!["lead"]!.AsArray()));
    }

    [Fact]
    public async Task FirstStart_Kpis_HoldTheTargetsOfTheAnnualPlanAndTheProgramme()
    {
        var data = await client.DataAsync("""
            { kpis(first: 100) { totalCount nodes { name unit targets { year comparator value plan { documentNumber } } } } }
            """);

        var targets = data["kpis"]!["nodes"]!.AsArray()
            .SelectMany(k => k!["targets"]!.AsArray().Select(t => (Name: k["name"]!.GetValue<string>(), Target: t!)))
            .ToList();
        Assert.Contains(targets, t => t.Name.EndsWith("(SIPAS)", StringComparison.Ordinal) // satisfaction is measured by SIPAS (seeds/kpis.csv)
            && t.Target["year"]!.GetValue<int>() == 2024 && t.Target["comparator"]!.GetValue<string>() == "GT"
            && t.Target["value"]!.GetValue<double>() == 87 && t.Target["plan"]!["documentNumber"]!.GetValue<string>() == "3049/QĐ-UBND");
        Assert.Contains(targets, t => t.Target["year"]!.GetValue<int>() == 2030 && t.Target["value"]!.GetValue<double>() == 95
            && t.Target["plan"]!["documentNumber"]!.GetValue<string>() == "4831/QĐ-UBND");
        Assert.Contains(targets, t => t.Name.StartsWith("Tỷ lệ giao dịch thanh toán trực tuyến", StringComparison.Ordinal)
            && t.Target["value"]!.GetValue<double>() == 35);
    }

    [Fact]
    public async Task FirstStart_ProgressReport_BecomesTheSnvReportForTheFirstHalfOf2020()
    {
        await using var db = factory.Database.CreateContext();
        var report = await db.Reports.Include(r => r.Entries).Include(r => r.Period).Include(r => r.Agency).SingleAsync();

        Assert.Equal("SNV", report.Agency!.Code);
        Assert.Equal((2020, PeriodKind.H1), (report.Period!.Year, report.Period.Kind));
        Assert.Equal(40, report.Entries.Count);
        Assert.True(report.Entries.Count(e => !string.IsNullOrWhiteSpace(e.Result)) >= 35);
    }

    [Fact]
    public async Task FirstStart_EveryDocument_HasTasks()
    {
        await using var db = factory.Database.CreateContext();
        var tasksPerFile = await db.Plans.Where(p => p.SourceFile != null)
            .Select(p => new { p.SourceFile, Tasks = p.Tasks.Count })
            .ToDictionaryAsync(p => p.SourceFile!, p => p.Tasks);

        Assert.Equal(5, tasksPerFile.Count);
        Assert.All(tasksPerFile, p => Assert.True(p.Value > 0, p.Key));
    }
}
