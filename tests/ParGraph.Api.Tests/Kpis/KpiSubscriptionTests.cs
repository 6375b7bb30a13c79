using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Kpis;

/// <summary><c>kpiMeasured</c>: a recorded measurement reaches the subscribers of its KPI.</summary>
public sealed class KpiSubscriptionTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    [Fact]
    public async Task RecordingAMeasurement_ReachesTheSubscribersOfThatKpiOnly()
    {
        _ = factory.Server;
        var admin = new GraphQLClient(factory);
        foreach (var code in new[] { "SUB-SIPAS", "SUB-OTHER" })
        {
            await admin.DataAsync($$"""mutation { defineKpi(input: { code: "{{code}}", name: "{{code}}", unit: PERCENT, direction: HIGHER_IS_BETTER, kind: INDEX }) { kpi { id } } }""");
        }

        await using var subscriber = await InProcessSubscription.StartAsync(factory.Services,
            """subscription { kpiMeasured(kpiCode: "sub-sipas") { value on source agency { code } } }""", "ioc");

        await admin.DataAsync("""mutation { recordKpiMeasurement(input: { kpiCode: "SUB-OTHER", on: "2024-12-31", value: 10, source: "test" }) { measurement { id } } }""");
        await admin.DataAsync("""mutation { recordKpiMeasurement(input: { kpiCode: "SUB-SIPAS", on: "2024-12-31", value: 83.66, agencyCode: "SNV", source: "https://example.org/sipas" }) { measurement { id } } }""");

        var measured = (await subscriber.NextAsync(TimeSpan.FromSeconds(10)))?["data"]?["kpiMeasured"];
        Assert.Equal((83.66, "2024-12-31", "SNV"), ((double?)measured?["value"], (string?)measured?["on"], (string?)measured?["agency"]?["code"]));
        Assert.Null(await subscriber.NextAsync(TimeSpan.FromMilliseconds(300)));
    }
}
