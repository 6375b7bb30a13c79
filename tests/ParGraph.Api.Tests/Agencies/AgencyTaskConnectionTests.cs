using System.Text.Json.Nodes;
using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ParGraph.Api.Tests.Agencies;

/// <summary>
/// <c>Agency.leadTasks</c> and <c>coordinatingTasks</c> read every agency's page together (tasks reach their
/// agencies through the assignments, several lead agencies a task) and show what the root <c>tasks</c> shows.
/// </summary>
public sealed class AgencyTaskConnectionTests(ParGraphApiFactory factory, ITestOutputHelper output) : IClassFixture<ParGraphApiFactory>
{
    private const string Nested = """
        query($prefix: String!, $first: Int!) { agencies(first: $first, where: { code: { startsWith: $prefix } }) { nodes { code
          leadTasks(first: 3) { totalCount nodes { title updates(first: 2) { nodes { note } } } }
          coordinatingTasks(first: 3) { nodes { id } } } } }
        """;

    private const string Root = """
        query($code: String!) {
          lead: tasks(first: 3, where: { lead: { some: { code: { eq: $code } } } }) { totalCount nodes { title updates(first: 2) { nodes { note } } } }
          coordinating: tasks(first: 3, where: { coordinating: { some: { code: { eq: $code } } } }) { nodes { id } } }
        """;

    private readonly GraphQLClient client = new(factory);

    [Fact]
    public async Task AgencyTasks_RunTheSameFourStatementsForThreeAndThirtyAgencies_AndEqualTheRootTasks()
    {
        var prefix = await CreateAgenciesWithTasksAsync(30);

        var (three, threeAgencies) = await CountStatementsAsync(prefix, 3);
        var (thirty, thirtyAgencies) = await CountStatementsAsync(prefix, 30);

        output.WriteLine($"SQL statements: {three} for 3 agencies, {thirty} for 30:\n{string.Join("\n\n", factory.SqlStatements.Texts)}");
        Assert.Equal(3, threeAgencies.Count);
        Assert.Equal(30, thirtyAgencies.Count);
        Assert.Equal(4, three); // the agencies, their lead pages with totals, their coordinating pages, the tasks' updates
        Assert.Equal(three, thirty);
        foreach (var agency in thirtyAgencies)
        {
            var root = await client.DataAsync(Root, new { code = (string)agency!["code"]! });
            Assert.Equal(root["lead"]!.ToJsonString(), agency["leadTasks"]!.ToJsonString());
            Assert.Equal(root["coordinating"]!.ToJsonString(), agency["coordinatingTasks"]!.ToJsonString());
        }

        Assert.Equal(ExpectedLeadCounts(30), thirtyAgencies.Select(a => (int)a!["leadTasks"]!["totalCount"]!));
        Assert.Contains(thirtyAgencies, a => a!["leadTasks"]!["nodes"]!.AsArray().Any(t => t!["updates"]!["nodes"]!.AsArray().Count == 2));
    }

    /// <summary>
    /// Agency i leads i % 5 tasks of its own and shares one more with agency i + 1 (a task with two lead
    /// agencies); it coordinates on its neighbour's own tasks. Each agency's deleted task never shows.
    /// </summary>
    private async Task<string> CreateAgenciesWithTasksAsync(int count)
    {
        var prefix = "CONN-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant() + "-";
        await using var db = factory.Database.CreateContext();
        var agencies = Enumerable.Range(0, count)
            .Select(i => new Agency { Code = $"{prefix}{i:D2}", Name = $"Cơ quan thử {i}", Kind = AgencyKind.Department })
            .ToList();
        var plan = TestPlans.NewPlan();
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var neighbour = agencies[(i + 1) % count];
            for (var n = 0; n < i % 5; n++)
            {
                var own = Add(db, plan, ++position, $"{i} own {n}", [agencies[i]], [neighbour]);
                own.Updates.Add(new TaskUpdate { At = DateTimeOffset.UtcNow.AddDays(-n), Note = $"{i}/{n} first" });
                own.Updates.Add(new TaskUpdate { At = DateTimeOffset.UtcNow.AddDays(-n).AddHours(1), Note = $"{i}/{n} second" });
                own.Updates.Add(new TaskUpdate { At = DateTimeOffset.UtcNow.AddDays(-n).AddHours(2), Note = $"{i}/{n} third" });
            }

            Add(db, plan, ++position, $"{i} shared", [agencies[i], neighbour], []);
            Add(db, plan, ++position, $"{i} deleted", [agencies[i]], [neighbour]).DeletedAt = DateTimeOffset.UtcNow;
        }

        await db.SaveChangesAsync();
        return prefix;
    }

    /// <summary>Agency i leads its own i % 5 tasks, its shared task and its previous neighbour's shared task.</summary>
    private static IEnumerable<int> ExpectedLeadCounts(int count) => Enumerable.Range(0, count).Select(i => (i % 5) + 2);

    private static PlanTask Add(ParGraph.Api.Data.ParGraphDbContext db, Plan plan, int position, string title, Agency[] lead, Agency[] coordinating)
    {
        var task = TestPlans.Task(plan, null, position, title);
        TestPlans.Assign(task, lead, coordinating);
        db.Tasks.Add(task);
        return task;
    }

    private async Task<(int Statements, JsonArray Agencies)> CountStatementsAsync(string prefix, int first)
    {
        factory.SqlStatements.Reset();
        var data = await client.DataAsync(Nested, new { prefix, first });
        return (factory.SqlStatements.Count, data["agencies"]!["nodes"]!.AsArray());
    }
}
