using System.Text.Json.Nodes;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Kpis;

/// <summary>The KPI catalogue and published index results of <c>seeds/</c>, and the seed documents' targets on them.</summary>
public sealed class KpiCatalogueTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string LaoDong = "news.laodong.vn (lap-2-doan-kiem-tra-cong-tac-cai-cach-hanh-chinh-o-khanh-hoa-1587612)";
    private const string PapiSource = "https://baokhanhhoa.vn/kinh-te/202404/chi-so-papi-nam-2023-cua-khanh-hoa-tang-8-bac-dung-thu-861-toan-quoc-7633f65/";

    private readonly GraphQLClient client = new(factory, "ioc.viewer");

    [Fact]
    public async Task Indices_ShowThePublishedResultsWithTheirSources()
    {
        var indices = await IndicesAsync();

        Assert.Equal(["DTI", "PAPI", "PAR-INDEX", "PCI", "SIPAS"], indices.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((90.49, 10, 63, LaoDong), Year(indices["PAR-INDEX"], 2024));
        Assert.Equal((44.9419, 8, 61, PapiSource), Year(indices["PAPI"], 2023));
        Assert.Equal(("PERCENT", "HIGHER_IS_BETTER"), ((string?)indices["PAR-INDEX"]["unit"], (string?)indices["PAR-INDEX"]["direction"]));
    }

    [Fact]
    public async Task ParIndex2023_DerivedValueIsNotLoaded()
    {
        var indices = await IndicesAsync();

        Assert.Equal([2019, 2022, 2024], indices["PAR-INDEX"]["trend"]!.AsArray().Select(v => (int)v!["year"]!));
    }

    [Fact]
    public async Task SeedDocumentTargets_AttachToTheCatalogueKpis()
    {
        var data = await client.DataAsync(
            """
            { sipas: kpiByCode(code: "SIPAS") { targets { year comparator value } attainment(year: 2024) { status gap } }
              payment: kpiByCode(code: "ONLINE-PAYMENT-RATE") { targets { year comparator value } }
              rank: kpiByCode(code: "PAR-INDEX-RANK") { attainment(year: 2024) { status gap value } } }
            """);

        Assert.Equal(["2024 GT 87", "2025 GTE 90", "2030 GTE 95"], Targets(data["sipas"]!));
        Assert.Equal(["2024 GT 35", "2025 GTE 30", "2030 GTE 50"], Targets(data["payment"]!));
        Assert.Equal(("NOT_MET", -3.34), ((string?)data["sipas"]!["attainment"]!["status"], (double)data["sipas"]!["attainment"]!["gap"]!));
        Assert.Equal(("MET", 15.0, 10.0), ((string?)data["rank"]!["attainment"]!["status"], (double)data["rank"]!["attainment"]!["gap"]!, (double)data["rank"]!["attainment"]!["value"]!));
    }

    [Fact]
    public async Task EveryKpiWithA2024Target_HasAnAttainmentFor2024()
    {
        var data = await client.DataAsync("{ kpis(first: 100) { nodes { code targets { year } attainment(year: 2024) { status } } } }");

        var with2024 = data["kpis"]!["nodes"]!.AsArray().Where(k => k!["targets"]!.AsArray().Any(t => (int)t!["year"]! == 2024)).ToList();
        Assert.Contains(with2024, k => (string?)k!["code"] == "SIPAS");
        Assert.All(with2024, k => Assert.NotNull(k!["attainment"]));
    }

    [Fact]
    public async Task Catalogue_EveryKpiWithIndicatorTexts_GetsTargetsFromTheSeedDocuments()
    {
        var data = await client.DataAsync("{ kpis(first: 100) { nodes { code name indicators targets { year } } } }");

        var kpis = data["kpis"]!["nodes"]!.AsArray();
        var imported = string.Join("\n", kpis.Where(k => ((string)k!["code"]!).StartsWith("IND-", StringComparison.Ordinal)).Select(k => (string)k!["name"]!));
        Assert.All(
            kpis.Where(k => k!["indicators"]!.AsArray().Count > 0),
            k => Assert.True(k!["targets"]!.AsArray().Count > 0, $"{k["code"]} has no target; the importer's own KPIs are:\n{imported}"));
    }

    private async Task<Dictionary<string, JsonNode>> IndicesAsync()
    {
        var data = await client.DataAsync(
            "{ kpis(first: 50, where: { kind: { eq: INDEX } }) { nodes { code unit direction trend { year value rank rankOutOf source } } } }");
        return data["kpis"]!["nodes"]!.AsArray().ToDictionary(k => (string)k!["code"]!, k => k!);
    }

    private static (double, int, int, string) Year(JsonNode kpi, int year)
    {
        var value = kpi["trend"]!.AsArray().Single(v => (int)v!["year"]! == year)!;
        return ((double)value["value"]!, (int)value["rank"]!, (int)value["rankOutOf"]!, (string)value["source"]!);
    }

    private static List<string> Targets(JsonNode kpi) =>
        [.. kpi["targets"]!.AsArray().Select(t => $"{(int)t!["year"]!} {(string?)t["comparator"]} {(double)t["value"]!}")];
}
