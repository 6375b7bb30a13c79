using System.Text.Json.Nodes;
using ParGraph.Api.Reports;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tests.Scores;

/// <summary>
/// Live scores under formula version 1 (tasks on time 35, overdue 20, reports 25, KPIs 20). Each test uses a year
/// of its own, in the past, so every reporting period of it is due; seed agencies score 0 there (no reports).
/// </summary>
public sealed class AgencyScoreQueryTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public async Task AgencyScores_RankEqualScoresTogetherAndSkipTheNextRank()
    {
        var data = new ScoreTestData(factory, 2012);
        var first = await data.PerfectAgencyAsync("A");
        var second = await data.PerfectAgencyAsync("B");
        var mixed = await data.AgencyAsync("C");
        await data.LedTaskAsync(mixed, new DateOnly(2012, 6, 1));
        await data.LedTaskAsync(mixed, null); // overdue
        await data.ReportAsync(mixed, PeriodKind.Q1, late: false);
        await data.ReportAsync(mixed, PeriodKind.H1, late: false);
        await data.ReportAsync(mixed, PeriodKind.Q3, late: true); // YEAR missing

        var scores = await ScoresAsync(new GraphQLClient(factory), 2012);

        Assert.Equal([1, 1, 3], Of(scores, first, second, mixed).Select(s => (int)s["rank"]!));
        Assert.Equal([100.0, 100.0], Of(scores, first, second).Select(s => (double)s["score"]!));
        // (35 × 0.5 + 20 × 0.5 + 25 × 0.625) ÷ 80 × 100, the KPI part left out: no KPI measured.
        var c = Of(scores, mixed).Single();
        Assert.Equal(53.91, (double)c["score"]!);
        var kpi = c["components"]!.AsArray().Single(p => (string?)p!["name"] == "KPI_ATTAINMENT")!;
        Assert.Null(kpi["value"]);
        Assert.Null(kpi["points"]);
        Assert.Equal(20.0, (double)kpi["weight"]!);
        Assert.Equal(0.625, (double)c["components"]!.AsArray().Single(p => (string?)p!["name"] == "REPORT_TIMELINESS")!["value"]!);
    }

    [Fact]
    public async Task AgencyScores_AreOrderedByRankThenCode_WithScoresNeverIncreasing()
    {
        var data = new ScoreTestData(factory, 2013);
        await data.PerfectAgencyAsync("Z");
        await data.PerfectAgencyAsync("Y");
        var late = await data.AgencyAsync("X");
        await data.LedTaskAsync(late, new DateOnly(2013, 8, 1));

        var scores = await ScoresAsync(new GraphQLClient(factory, "analyst"), 2013);

        var rows = scores.Select(s => (Score: (double)s!["score"]!, Rank: (int)s["rank"]!, Code: (string)s["agency"]!["code"]!)).ToList();
        Assert.True(rows.Count >= 3);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i].Score <= rows[i - 1].Score, $"{rows[i].Code} after {rows[i - 1].Code}");
            Assert.True(rows[i].Rank == rows[i - 1].Rank ? rows[i].Score == rows[i - 1].Score : rows[i].Rank == i + 1);
            Assert.True(rows[i].Rank > rows[i - 1].Rank || string.CompareOrdinal(rows[i].Code, rows[i - 1].Code) > 0);
        }

        Assert.All(scores, s => Assert.Equal(rows.Count, (int)s!["rankOutOf"]!));
        Assert.All(scores, s => Assert.Equal(1, (int)s!["formulaVersion"]!));
        Assert.All(scores, s => Assert.False((bool)s!["published"]!));
        Assert.DoesNotContain(rows, r => r.Code.StartsWith("ALL-", StringComparison.Ordinal)); // groups are not scored
    }

    [Fact]
    public async Task AgencyScores_UseTheLatestMeasurementOfEachKpiInTheYear()
    {
        var data = new ScoreTestData(factory, 2014);
        var improved = await data.AgencyAsync("UP");
        await data.KpiAsync(improved, 50, 95);
        var worsened = await data.AgencyAsync("DOWN");
        await data.KpiAsync(worsened, 95, 50);

        var scores = await ScoresAsync(new GraphQLClient(factory), 2014);

        double Kpi(string code) => (double)Of(scores, code).Single()["components"]!.AsArray()
            .Single(p => (string?)p!["name"] == "KPI_ATTAINMENT")!["value"]!;
        Assert.Equal(1.0, Kpi(improved));
        Assert.Equal(0.0, Kpi(worsened));
    }

    [Fact]
    public async Task AgencyScores_RunAFixedNumberOfSqlStatements()
    {
        var data = new ScoreTestData(factory, 2015);
        for (var i = 0; i < 3; i++)
        {
            await data.PerfectAgencyAsync("N" + i);
        }

        var client = new GraphQLClient(factory);
        await ScoresAsync(client, 2015); // warm: tokens, schema
        factory.SqlStatements.Reset();
        var scores = await ScoresAsync(client, 2015);
        var statements = factory.SqlStatements.Count;

        Assert.True(scores.Count > 40, $"{scores.Count} agencies");
        Assert.True(statements <= 6, string.Join("\n---\n", factory.SqlStatements.Texts));

        for (var i = 3; i < 13; i++)
        {
            await data.PerfectAgencyAsync("N" + i);
        }

        factory.SqlStatements.Reset();
        Assert.Equal(scores.Count + 10, (await ScoresAsync(client, 2015)).Count);
        Assert.Equal(statements, factory.SqlStatements.Count);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public async Task AgencyScores_ForAYearOutOfRange_IsAValidationError(int year)
    {
        var errors = await new GraphQLClient(factory).ErrorsAsync(ScoreTestData.Query, new { year });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, "year");
    }

    internal static async Task<JsonArray> ScoresAsync(GraphQLClient client, int year, bool? live = null) =>
        (await client.DataAsync(ScoreTestData.Query, new { year, live }))["agencyScores"]!.AsArray();

    internal static IEnumerable<JsonNode> Of(JsonArray scores, params string[] codes) =>
        codes.Select(code => scores.Single(s => (string?)s!["agency"]!["code"] == code)!);
}
