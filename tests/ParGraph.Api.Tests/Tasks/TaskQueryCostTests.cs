using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Tasks;

/// <summary>What a page of tasks costs: SQL statements whatever its size, and the complexity limit by <c>first</c>.</summary>
public class TaskQueryCostTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient client = new(factory, "ioc.viewer");

    [Fact]
    public async Task NestedPageOfAHundredTasks_RunsAtMostFourStatements()
    {
        factory.SqlStatements.Reset();

        var data = await client.DataAsync("""
            { tasks(first: 100) { nodes { title plan { documentNumber } section { area } lead { code } coordinating { code } deadline { due } timeliness updates(first: 3) { nodes { note at } } } } }
            """);

        Assert.Equal(100, data["tasks"]!["nodes"]!.AsArray().Count);
        Assert.InRange(factory.SqlStatements.Count, 1, 4);
    }

    [Fact]
    public async Task NestedConnections_AreWeightedByFirst_AndRefusedOverTheLimit()
    {
        var errors = await client.ErrorsAsync(
            "{ agencies(first: 100) { nodes { leadTasks(first: 100) { nodes { updates(first: 100) { nodes { note } } } } } } }");

        var error = GraphQLErrorAssert.Single(errors, "COMPLEXITY_LIMIT");
        Assert.Contains("maximum allowed", (string?)error["message"], StringComparison.Ordinal);
    }
}
