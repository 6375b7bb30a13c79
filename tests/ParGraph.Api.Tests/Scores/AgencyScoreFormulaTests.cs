using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Reports;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;
using static ParGraph.Api.Tests.Scores.AgencyScoreQueryTests;

namespace ParGraph.Api.Tests.Scores;

public sealed class AgencyScoreFormulaTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Define = """
        mutation($input: DefineAgencyScoreFormulaInput!) { defineAgencyScoreFormula(input: $input) {
          formula { version tasksOnTimeWeight overdueTasksWeight reportTimelinessWeight kpiAttainmentWeight note createdAt createdBy } } }
        """;

    [Fact]
    public async Task AgencyScoreFormulas_StartWithVersion1_WeighingTo100()
    {
        var formulas = (await new GraphQLClient(factory, "ioc.viewer").DataAsync(
            "{ agencyScoreFormulas { version tasksOnTimeWeight overdueTasksWeight reportTimelinessWeight kpiAttainmentWeight createdBy } }"))["agencyScoreFormulas"]!.AsArray();

        var first = formulas.Single(f => (int)f!["version"]! == 1)!;
        Assert.Equal(100.0, new[] { "tasksOnTimeWeight", "overdueTasksWeight", "reportTimelinessWeight", "kpiAttainmentWeight" }.Sum(w => (double)first[w]!));
        Assert.Equal("migration", (string?)first["createdBy"]);
    }

    [Fact]
    public async Task DefineAgencyScoreFormula_CreatesTheNextVersion_AndLiveScoresUseIt()
    {
        var data = new ScoreTestData(factory, 2019);
        var agency = await data.AgencyAsync("F");
        await data.LedTaskAsync(agency, null); // overdue: tasks score 0
        await data.AllReportsOnTimeAsync(agency); // reports score 1
        var admin = new GraphQLClient(factory);
        var before = Of(await ScoresAsync(admin, 2019), agency).Single();

        var formula = (await admin.DataAsync(Define, new { input = new
        {
            tasksOnTimeWeight = 10.0, overdueTasksWeight = 10.0, reportTimelinessWeight = 80.0, kpiAttainmentWeight = 0.0, note = "Reports first",
        } }))["defineAgencyScoreFormula"]!["formula"]!;
        var after = Of(await ScoresAsync(admin, 2019), agency).Single();

        var version = (int)formula["version"]!;
        Assert.True(version >= 2);
        Assert.Equal("admin", (string?)formula["createdBy"]);
        Assert.True((int)before["formulaVersion"]! < version);
        Assert.Equal(version, (int)after["formulaVersion"]!);
        Assert.NotEqual((double)before["score"]!, (double)after["score"]!);
        Assert.Equal(80.0, (double)after["score"]!); // 80 of 100: the KPI weight is 0 and no KPI was measured
        await using var db = factory.Database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Operation == "defineAgencyScoreFormula" && e.EntityId == version.ToString()));
    }

    public static TheoryData<object, string> Invalid() => new()
    {
        { new { tasksOnTimeWeight = -1.0, overdueTasksWeight = 0.0, reportTimelinessWeight = 50.0, kpiAttainmentWeight = 0.0 }, "input.tasksOnTimeWeight" },
        { new { tasksOnTimeWeight = 0.0, overdueTasksWeight = 0.0, reportTimelinessWeight = 0.0, kpiAttainmentWeight = 0.0 }, "input" },
        { new { tasksOnTimeWeight = 1.0, overdueTasksWeight = 1.0, reportTimelinessWeight = 1.0, kpiAttainmentWeight = 1.0, note = new string('x', 1001) }, "input.note" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task DefineAgencyScoreFormula_WithInvalidWeights_IsAValidationErrorAndWritesNothing(object input, string field)
    {
        _ = factory.Server;
        await using var db = factory.Database.CreateContext();
        var versions = await db.AgencyScoreFormulas.CountAsync();

        var errors = await new GraphQLClient(factory).ErrorsAsync(Define, new { input });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, field);
        Assert.Equal(versions, await db.AgencyScoreFormulas.CountAsync());
    }
}
