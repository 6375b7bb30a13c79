using System.Text.Json.Nodes;
using ParGraph.Api.Data;
using ParGraph.Api.Kpis;
using ParGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ParGraph.Api.Tests.Kpis;

public sealed class KpiAttainmentQueryTests(ParGraphApiFactory factory, ITestOutputHelper output) : IClassFixture<ParGraphApiFactory>
{
    private const string Attainment = """
        query($code: String!, $year: Int!) { kpiByCode(code: $code) {
          attainment(year: $year) { year isMilestone value status gap target { year comparator value } measurement { on value } } } }
        """;

    private readonly GraphQLClient client = new(factory, "ioc.viewer");

    [Fact]
    public async Task Attainment_LowerIsBetter_FlipsTheGapSign()
    {
        var code = await AddKpiAsync(KpiDirection.LowerIsBetter, [(2024, Comparator.Lte, 10)], [(2024, 12)]);

        var attainment = await AttainmentAsync(code, 2024);

        Assert.Equal(("NOT_MET", -2.0, false), ((string?)attainment["status"], (double)attainment["gap"]!, (bool)attainment["isMilestone"]!));
    }

    [Fact]
    public async Task Attainment_YearBeforeALaterTarget_IsThatMilestone()
    {
        var code = await AddKpiAsync(KpiDirection.HigherIsBetter, [(2024, Comparator.Gt, 87), (2030, Comparator.Gte, 95)], [(2024, 88), (2026, 90)]);

        var attainment = await AttainmentAsync(code, 2027);

        Assert.Equal((true, 2030, "AT_RISK", -5.0, 90.0),
            ((bool)attainment["isMilestone"]!, (int)attainment["target"]!["year"]!, (string?)attainment["status"], (double)attainment["gap"]!, (double)attainment["value"]!));
        Assert.Equal("2026-12-31", (string?)attainment["measurement"]!["on"]);
    }

    [Fact]
    public async Task Attainment_WithoutAValue_IsNoData()
    {
        var code = await AddKpiAsync(KpiDirection.HigherIsBetter, [(2024, Comparator.Gt, 35)], [(2025, 40)]);

        var attainment = await AttainmentAsync(code, 2024);

        Assert.Equal("NO_DATA", (string?)attainment["status"]);
        Assert.Null(attainment["gap"]);
        Assert.Null(attainment["measurement"]);
    }

    [Fact]
    public async Task Attainment_OfHundredKpis_RunsAConstantNumberOfStatements()
    {
        var prefix = "BATCH-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        for (var i = 0; i < 100; i++)
        {
            await AddKpiAsync(KpiDirection.HigherIsBetter, [(2025, Comparator.Gte, 50 + i % 7)], [(2023, 40 + i % 20), (2024, 45 + i % 10)], $"{prefix}-{i:D3}");
        }

        var (five, fiveNodes) = await CountStatementsAsync(prefix, 5);
        var (hundred, hundredNodes) = await CountStatementsAsync(prefix, 100);

        output.WriteLine($"SQL statements: {five} for 5 KPIs, {hundred} for 100:\n{string.Join("\n\n", factory.SqlStatements.Texts)}");
        Assert.Equal((5, 100), (fiveNodes.Count, hundredNodes.Count));
        Assert.All(hundredNodes, n => Assert.NotNull(n!["attainment"]));
        Assert.Equal(five, hundred);
        Assert.True(hundred <= 4, $"{hundred} statements"); // page, targets, province-wide measurements (+ count)
    }

    private async Task<(int Statements, JsonArray Nodes)> CountStatementsAsync(string prefix, int first)
    {
        factory.SqlStatements.Reset();
        var data = await client.DataAsync(
            """
            query($prefix: String!, $first: Int!) { kpis(first: $first, where: { code: { startsWith: $prefix } }) { nodes {
              code targets { year } attainment(year: 2024) { status gap target { year } } trend(from: 2023) { year value } } } }
            """,
            new { prefix, first });
        return (factory.SqlStatements.Count, data["kpis"]!["nodes"]!.AsArray());
    }

    private async Task<JsonNode> AttainmentAsync(string code, int year) =>
        (await client.DataAsync(Attainment, new { code, year }))["kpiByCode"]!["attainment"]!;

    private async Task<string> AddKpiAsync(
        KpiDirection direction, (int Year, Comparator Comparator, double Value)[] targets, (int Year, double Value)[] values, string? code = null)
    {
        code ??= "ATT-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await using ParGraphDbContext db = factory.Database.CreateContext();
        var kpi = new Kpi
        {
            Code = code, Name = "Chỉ tiêu thử " + code, Unit = KpiUnit.Count, Direction = direction, Kind = KpiKind.Indicator,
            Targets = [.. targets.Select(t => new KpiTarget { Year = t.Year, Comparator = t.Comparator, Value = t.Value })],
            Measurements = [.. values.Select(v => new KpiMeasurement { On = new DateOnly(v.Year, 12, 31), Value = v.Value, Source = "test" })],
        };
        db.Kpis.Add(kpi);
        await db.SaveChangesAsync();
        return code;
    }
}
