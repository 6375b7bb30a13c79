using ParGraph.Api.Kpis;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Kpis;

public class KpiQueryTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient client = new(factory, "ioc.viewer");

    [Fact]
    public async Task KpiByCode_WithMeasurements_GivesTheLatestProvinceWideValueAndNewestFirst()
    {
        await using (var db = factory.Database.CreateContext())
        {
            var kpi = new Kpi { Code = "SIPAS-TEST", Name = "Chỉ số hài lòng (thử)", Unit = KpiUnit.Percent, Kind = KpiKind.Index };
            kpi.Measurements.Add(new KpiMeasurement { On = new DateOnly(2023, 12, 31), Value = 80.1, RecordedAt = DateTimeOffset.UtcNow });
            kpi.Measurements.Add(new KpiMeasurement { On = new DateOnly(2024, 12, 31), Value = 83.66, Rank = 30, RankOutOf = 63, Source = "https://news.laodong.vn", RecordedAt = DateTimeOffset.UtcNow });
            kpi.Measurements.Add(new KpiMeasurement
            {
                On = new DateOnly(2025, 6, 30), Value = 99, RecordedAt = DateTimeOffset.UtcNow,
                AgencyId = db.Agencies.Single(a => a.Code == "SNV").Id,
            });
            db.Kpis.Add(kpi);
            await db.SaveChangesAsync();
        }

        var data = await client.DataAsync("""
            { kpiByCode(code: "sipas-test") { code kind unit latest { value rank rankOutOf source agency { code } }
                measurements(first: 10) { totalCount nodes { on value agency { code } } } } }
            """);

        var kpiNode = data["kpiByCode"]!;
        Assert.Equal("INDEX", kpiNode["kind"]!.GetValue<string>());
        Assert.Equal(83.66, kpiNode["latest"]!["value"]!.GetValue<double>());
        Assert.Equal(30, kpiNode["latest"]!["rank"]!.GetValue<int>());
        Assert.Null(kpiNode["latest"]!["agency"]);
        Assert.Equal(3, kpiNode["measurements"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["2025-06-30", "2024-12-31", "2023-12-31"], kpiNode["measurements"]!["nodes"]!.AsArray().Select(n => n!["on"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PlanTargets_OfTheAnnualPlan_NameTheirKpis()
    {
        var data = await client.DataAsync("""
            { planByNumber(documentNumber: "3049/QĐ-UBND") { targets { year comparator value text kpi { code name unit targets { year } } } } }
            """);

        var targets = data["planByNumber"]!["targets"]!.AsArray();
        Assert.Equal(11, targets.Count);
        Assert.All(targets, t => Assert.Equal(2024, t!["year"]!.GetValue<int>()));
        var payment = Assert.Single(targets, t => t!["kpi"]!["name"]!.GetValue<string>().StartsWith("Tỷ lệ giao dịch thanh toán trực tuyến", StringComparison.Ordinal))!;
        Assert.Equal(("GT", 35.0, "PERCENT"), (payment["comparator"]!.GetValue<string>(), payment["value"]!.GetValue<double>(), payment["kpi"]!["unit"]!.GetValue<string>()));
        Assert.Equal("ONLINE-PAYMENT-RATE", payment["kpi"]!["code"]!.GetValue<string>()); // the catalogue's KPI (seeds/kpis.csv)
    }

    [Fact]
    public async Task KpiByCode_Unknown_IsNull()
    {
        var data = await client.DataAsync("""{ kpiByCode(code: "NOPE") { code } }""");
        Assert.Null(data["kpiByCode"]);
    }
}
