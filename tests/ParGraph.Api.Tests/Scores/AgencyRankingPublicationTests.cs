using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Reports;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;
using static ParGraph.Api.Tests.Scores.AgencyScoreQueryTests;

namespace ParGraph.Api.Tests.Scores;

public sealed class AgencyRankingPublicationTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Publish = """
        mutation($input: PublishAgencyRankingInput!) { publishAgencyRanking(input: $input) {
          year formulaVersion publishedAt publishedBy scores { agency { code } score rank published } } }
        """;

    [Fact]
    public async Task PublishAgencyRanking_FreezesTheScores_ForEveryoneButTheOffice()
    {
        var data = new ScoreTestData(factory, 2016);
        var agency = await data.AgencyAsync("P");
        await data.AllReportsOnTimeAsync(agency);
        var admin = new GraphQLClient(factory);

        var published = (await admin.DataAsync(Publish, new { input = new { year = 2016 } }))["publishAgencyRanking"]!;
        Assert.Equal("admin", (string?)published["publishedBy"]);
        Assert.Equal(100.0, (double)Of(published["scores"]!.AsArray(), agency).Single()["score"]!);

        await data.LedTaskAsync(agency, null); // overdue after publication: the live score drops
        var analyst = new GraphQLClient(factory, "analyst");
        var frozen = Of(await ScoresAsync(analyst, 2016), agency).Single();
        Assert.Equal(100.0, (double)frozen["score"]!);
        Assert.True((bool)frozen["published"]!);
        Assert.NotNull(frozen["publishedAt"]);

        var live = Of(await ScoresAsync(admin, 2016), agency).Single();
        Assert.Equal(31.25, (double)live["score"]!); // 25 of 80 points: reports only, no task done in time
        Assert.False((bool)live["published"]!);
        Assert.Equal(100.0, (double)Of(await ScoresAsync(admin, 2016, live: false), agency).Single()["score"]!);
    }

    [Fact]
    public async Task AgencyScores_LiveAfterPublication_IsForbiddenToReaders()
    {
        var data = new ScoreTestData(factory, 2017);
        await data.PerfectAgencyAsync("L");
        var analyst = new GraphQLClient(factory, "analyst");
        Assert.False((bool)(await ScoresAsync(analyst, 2017, live: true))[0]!["published"]!); // nothing published yet: live

        await new GraphQLClient(factory).DataAsync(Publish, new { input = new { year = 2017 } });
        var errors = await analyst.ErrorsAsync(ScoreTestData.Query, new { year = 2017, live = true });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task PublishAgencyRanking_Again_ReplacesTheSnapshotAndAuditsBoth()
    {
        var data = new ScoreTestData(factory, 2018);
        var agency = await data.AgencyAsync("R");
        await data.ReportAsync(agency, PeriodKind.Q1, late: false);
        var admin = new GraphQLClient(factory);
        var first = (await admin.DataAsync(Publish, new { input = new { year = 2018 } }))["publishAgencyRanking"]!;
        Assert.Equal(25.0, (double)Of(first["scores"]!.AsArray(), agency).Single()["score"]!); // one period of four
        foreach (var kind in new[] { PeriodKind.H1, PeriodKind.Q3, PeriodKind.Year })
        {
            await data.ReportAsync(agency, kind, late: false);
        }

        var again = (await admin.DataAsync(Publish, new { input = new { year = 2018 } }))["publishAgencyRanking"]!;

        Assert.Equal(100.0, (double)Of(again["scores"]!.AsArray(), agency).Single()["score"]!);
        Assert.Equal(100.0, (double)Of(await ScoresAsync(new GraphQLClient(factory, "ioc.viewer"), 2018), agency).Single()["score"]!);
        await using var db = factory.Database.CreateContext();
        var audits = await db.AuditEntries.Where(e => e.Operation == "publishAgencyRanking" && e.EntityId == "2018").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.Null(audits[0].Before);
        Assert.Contains(agency, audits[1].Before);
        Assert.Equal(1, await db.AgencyRankings.CountAsync(r => r.Year == 2018));
    }

    [Fact]
    public async Task PublishAgencyRanking_ForAYearOutOfRange_IsAValidationError()
    {
        var errors = await new GraphQLClient(factory).ErrorsAsync(Publish, new { input = new { year = 3000 } });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, "input.year");
    }
}
