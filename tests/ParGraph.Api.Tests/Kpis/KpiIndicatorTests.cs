using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Kpis;

public sealed class KpiIndicatorTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Define = """
        mutation($input: DefineKpiInput!) { defineKpi(input: $input) { kpi { indicators } } }
        """;

    private readonly GraphQLClient admin = new(factory);

    [Fact]
    public async Task DefineKpi_WithIndicators_StoresThemAndKeepsThemWhenLeftOut()
    {
        var code = "WORDING-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var kpi = new { code, name = "Tỷ lệ thử", unit = "PERCENT", direction = "HIGHER_IS_BETTER", kind = "INDICATOR" };

        var set = await admin.DataAsync(Define, new { input = new { kpi.code, kpi.name, kpi.unit, kpi.direction, kpi.kind, indicators = new[] { " Tỷ lệ A ", "Tỷ lệ B", "Tỷ lệ A", "" } } });
        var kept = await admin.DataAsync(Define, new { input = kpi });

        Assert.Equal(["Tỷ lệ A", "Tỷ lệ B"], set["defineKpi"]!["kpi"]!["indicators"]!.AsArray().Select(i => (string)i!));
        Assert.Equal(["Tỷ lệ A", "Tỷ lệ B"], kept["defineKpi"]!["kpi"]!["indicators"]!.AsArray().Select(i => (string)i!));
    }
}
