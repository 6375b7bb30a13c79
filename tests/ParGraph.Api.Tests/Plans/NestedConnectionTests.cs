using System.Text.Json.Nodes;
using ParGraph.Api.Kpis;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Plans;

/// <summary>
/// Connections inside lists (plans → tasks, KPIs → measurements) take the same <c>where</c>, <c>order</c>
/// and cursors as root connections, and read the pages of all parents in one statement.
/// </summary>
public class NestedConnectionTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string Where = """{ title: { contains: "hanh chinh" } }""";
    private const string Order = "[{ deadline: { due: DESC } }, { number: ASC }]";

    private readonly GraphQLClient client = new(factory, "analyst");

    [Fact]
    public async Task PlansTasks_FilteredAndSorted_EqualTheRootConnectionPerPlan_InTwoStatements()
    {
        factory.SqlStatements.Reset();
        var data = await client.DataAsync($$"""
            { plans(first: 10) { nodes { documentNumber
                tasks(first: 4, where: {{Where}}, order: {{Order}}) { totalCount pageInfo { hasNextPage } nodes { id } } } } }
            """);
        var statements = factory.SqlStatements.Count;

        var plans = data["plans"]!["nodes"]!.AsArray();
        Assert.True(plans.Count >= 4, "the seed documents give several plans");
        foreach (var plan in plans)
        {
            var root = await client.DataAsync($$"""
                query($n: String) { tasks(first: 4, where: { and: [{{Where}}, { plan: { documentNumber: { eq: $n } } }] }, order: {{Order}}) {
                  totalCount pageInfo { hasNextPage } nodes { id } } }
                """, new { n = (string?)plan!["documentNumber"] });
            Assert.Equal(root["tasks"]!.ToJsonString(), plan["tasks"]!.ToJsonString());
        }

        Assert.Contains(plans, p => (int)p!["tasks"]!["totalCount"]! > 4);
        Assert.Equal(2, statements); // the plans, then every plan's page with its total
    }

    [Fact]
    public async Task PlansTasks_PagedBySevenForwardAndBackward_GiveEveryTaskOnce()
    {
        var plans = (await client.DataAsync("{ plans(first: 20) { nodes { documentNumber tasks { totalCount } } } }"))["plans"]!["nodes"]!.AsArray();
        var plan = (string)plans.Where(p => p!["documentNumber"] is not null)
            .MaxBy(p => (int)p!["tasks"]!["totalCount"]!)!["documentNumber"]!;
        var expected = await RootTaskIdsAsync(plan);

        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = await PlanTasksAsync(plan, "first: 7, after: $cursor", after);
            forward.AddRange(Ids(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = await PlanTasksAsync(plan, "last: 7, before: $cursor", before);
            backward.InsertRange(0, Ids(page));
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? (string?)page["pageInfo"]!["startCursor"] : null;
        }
        while (before is not null);

        Assert.True(expected.Count > 14, $"plan {plan} has {expected.Count} tasks");
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    [Fact]
    public async Task KpiMeasurements_FilterAndSort_PerKpi()
    {
        await using (var db = factory.Database.CreateContext())
        {
            foreach (var (code, values) in new[] { ("NESTED-A", new[] { 40.0, 75, 90, 60 }), ("NESTED-B", new[] { 55.0, 10 }) })
            {
                var kpi = new Kpi { Code = code, Name = "Chỉ tiêu " + code, Unit = KpiUnit.Percent, Kind = KpiKind.Indicator };
                for (var i = 0; i < values.Length; i++)
                {
                    kpi.Measurements.Add(new KpiMeasurement { On = new DateOnly(2020 + i, 12, 31), Value = values[i], RecordedAt = DateTimeOffset.UtcNow });
                }

                db.Kpis.Add(kpi);
            }

            await db.SaveChangesAsync();
        }

        var data = await client.DataAsync("""
            { kpis(where: { code: { startsWith: "NESTED-" } }, order: [{ code: ASC }]) { nodes { code
                measurements(first: 2, where: { value: { gt: 50 } }, order: [{ value: ASC }]) { totalCount nodes { value } } } } }
            """);

        var kpis = data["kpis"]!["nodes"]!.AsArray();
        Assert.Equal("3: 60,75", Summary(kpis[0]!["measurements"]!));
        Assert.Equal("1: 55", Summary(kpis[1]!["measurements"]!));
    }

    private static string Summary(JsonNode connection) =>
        $"{connection["totalCount"]}: {string.Join(",", connection["nodes"]!.AsArray().Select(n => n!["value"]!.GetValue<double>()))}";

    private static IEnumerable<string> Ids(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => (string)n!["id"]!);

    private async Task<JsonNode> PlanTasksAsync(string plan, string arguments, string? cursor)
    {
        var data = await client.DataAsync($$"""
            query($n: String!, $cursor: String) { planByNumber(documentNumber: $n) { tasks({{arguments}}) {
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } } }
            """, new { n = plan, cursor });
        return data["planByNumber"]!["tasks"]!;
    }

    private async Task<List<string>> RootTaskIdsAsync(string plan)
    {
        var data = await client.DataAsync(
            "query($n: String) { tasks(first: 100, where: { plan: { documentNumber: { eq: $n } } }) { nodes { id } } }", new { n = plan });
        return [.. Ids(data["tasks"]!)];
    }
}
