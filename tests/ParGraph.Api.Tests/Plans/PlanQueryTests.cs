using System.Text.Json.Nodes;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Plans;

/// <summary>Reads the plans seeded from <c>seeds/documents/manifest.json</c>; this class changes nothing.</summary>
public sealed class PlanQueryTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    /// <summary>The seeded plans, newest issue date first.</summary>
    /// <summary>Newest first; the 2020 plan the progress report (004) covers has no issue date, so it leads (NULLS FIRST).</summary>
    private static readonly string[] SeededNewestFirst =
        ["Các nhiệm vụ CCHC năm 2020", "3049/QĐ-UBND", "20/QĐ-UBND", "10562/KH-UBND", "4831/QĐ-UBND"];

    private readonly GraphQLClient client = new(factory);

    [Fact]
    public async Task Plans_FirstPage_ListsTheSeededPlansNewestFirst()
    {
        var data = await client.DataAsync("{ plans(first: 10) { totalCount nodes { documentNumber title kind issuedOn } } }");

        var nodes = data["plans"]!["nodes"]!.AsArray();
        Assert.Equal(SeededNewestFirst, nodes.Select(n => NumberOrTitle(n!)));
        Assert.Equal(["ANNUAL_PLAN", "ANNUAL_PLAN", "FRAMEWORK", "THEMATIC_PLAN", "PROGRAMME"], nodes.Select(n => (string)n!["kind"]!));
        Assert.Equal(5, (int)data["plans"]!["totalCount"]!);
    }

    [Fact]
    public async Task Plans_PagedOneAtATime_KeepTheOrderBothWays()
    {
        var forward = new List<string>();
        var backward = new List<string>();
        string? after = null;
        string? before = null;
        for (var i = 0; i < SeededNewestFirst.Length; i++)
        {
            var next = (await client.DataAsync(
                "query($after: String) { plans(first: 1, after: $after) { nodes { documentNumber title } pageInfo { endCursor hasNextPage } } }",
                new { after }))["plans"]!;
            forward.Add(Number(next));
            after = (string?)next["pageInfo"]!["endCursor"];
            Assert.Equal(i < SeededNewestFirst.Length - 1, (bool)next["pageInfo"]!["hasNextPage"]!);

            var previous = (await client.DataAsync(
                "query($before: String) { plans(last: 1, before: $before) { nodes { documentNumber title } pageInfo { startCursor hasPreviousPage } } }",
                new { before }))["plans"]!;
            backward.Insert(0, Number(previous));
            before = (string?)previous["pageInfo"]!["startCursor"];
            Assert.Equal(i < SeededNewestFirst.Length - 1, (bool)previous["pageInfo"]!["hasPreviousPage"]!);
        }

        Assert.Equal(SeededNewestFirst, forward);
        Assert.Equal(SeededNewestFirst, backward);

        static string Number(JsonNode page) => NumberOrTitle(Assert.Single(page["nodes"]!.AsArray())!);
    }

    [Fact]
    public async Task PlanByNumber_AnnualPlan2024_HasItsDocumentDetailsAndParent()
    {
        var data = await client.DataAsync(
            """
            { planByNumber(documentNumber: "3049/QĐ-UBND") {
                documentNumber title kind issuedOn periodStart periodEnd status sourceFile
                parent { documentNumber kind parent { documentNumber } } } }
            """);

        var plan = data["planByNumber"]!;
        Assert.Equal("3049/QĐ-UBND", (string?)plan["documentNumber"]);
        Assert.Equal("Kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2024", (string?)plan["title"]);
        Assert.Equal("ANNUAL_PLAN", (string?)plan["kind"]);
        Assert.Equal("2023-12-29", (string?)plan["issuedOn"]);
        Assert.Equal("2024-01-01", (string?)plan["periodStart"]);
        Assert.Equal("2024-12-31", (string?)plan["periodEnd"]);
        Assert.Equal("000_711db4bd8a55f7ba.txt", (string?)plan["sourceFile"]);
        Assert.Equal("4831/QĐ-UBND", (string?)plan["parent"]!["documentNumber"]);
        Assert.Equal("PROGRAMME", (string?)plan["parent"]!["kind"]);
        Assert.Null(plan["parent"]!["parent"]);
    }

    [Fact]
    public async Task PlanByNumber_ClosedPeriod_IsClosed()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        var data = await client.DataAsync("{ planByNumber(documentNumber: \"3049/QĐ-UBND\") { status } }");

        Assert.Equal(new DateOnly(2024, 12, 31) < today ? "CLOSED" : "ACTIVE", (string?)data["planByNumber"]!["status"]);
    }

    [Fact]
    public async Task PlanByNumber_Unknown_ReturnsNull()
    {
        var data = await client.DataAsync("{ planByNumber(documentNumber: \"9999/QĐ-UBND\") { title } }");

        Assert.Null(data["planByNumber"]);
    }

    [Fact]
    public async Task Node_WithPlanId_ReturnsThePlan()
    {
        var id = (string)(await client.DataAsync("{ planByNumber(documentNumber: \"10562/KH-UBND\") { id } }"))["planByNumber"]!["id"]!;

        var data = await client.DataAsync("query($id: ID!) { node(id: $id) { __typename ... on Plan { documentNumber } } }", new { id });

        Assert.Equal("Plan", (string?)data["node"]!["__typename"]);
        Assert.Equal("10562/KH-UBND", (string?)data["node"]!["documentNumber"]);
    }

    private static string NumberOrTitle(JsonNode plan) => (string?)plan["documentNumber"] ?? (string)plan["title"]!;
}
