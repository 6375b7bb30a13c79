using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Errors;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tests.Tasks;

/// <summary>Keyset paging of <c>tasks</c>. Expectations are read from this class's database at the time of the test.</summary>
public sealed class TaskPagingTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private const string PageQuery = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          tasks(first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private readonly GraphQLClient client = new(factory);

    [Fact]
    public async Task Tasks_ForwardPages_CollectEveryTaskOnceInDocumentOrder()
    {
        var mine = await CreateTasksAsync();
        var expected = await TestPlans.TaskIdsInDocumentOrderAsync(factory.Database);

        var pages = new List<JsonNode>();
        string? after = null;
        do
        {
            var page = await PageAsync(new { first = 10, after });
            pages.Add(page);
            after = (string?)page["pageInfo"]!["endCursor"];
        }
        while ((bool)pages[^1]["pageInfo"]!["hasNextPage"]!);

        var collected = pages.SelectMany(Ids).ToList();
        Assert.Equal(expected, collected);
        Assert.Equal(mine, collected.Where(mine.Contains));
        Assert.All(pages[..^1], p => Assert.Equal(10, Ids(p).Count));
        Assert.False((bool)pages[0]["pageInfo"]!["hasPreviousPage"]!);
        Assert.All(pages.Skip(1), p => Assert.True((bool)p["pageInfo"]!["hasPreviousPage"]!));
        Assert.All(pages[..^1], p => Assert.True((bool)p["pageInfo"]!["hasNextPage"]!));
        Assert.All(pages, AssertPageCursors);
    }

    [Fact]
    public async Task Tasks_BackwardPages_GiveTheSameItemsInTheSameOrder()
    {
        var mine = await CreateTasksAsync();
        var expected = await TestPlans.TaskIdsInDocumentOrderAsync(factory.Database);

        var pages = new List<JsonNode>();
        string? before = null;
        do
        {
            var page = await PageAsync(new { last = 10, before });
            pages.Insert(0, page);
            before = (string?)page["pageInfo"]!["startCursor"];
        }
        while ((bool)pages[0]["pageInfo"]!["hasPreviousPage"]!);

        var collected = pages.SelectMany(Ids).ToList();
        Assert.Equal(expected, collected);
        Assert.Equal(mine, collected.Where(mine.Contains));
        Assert.All(pages.Skip(1), p => Assert.Equal(10, Ids(p).Count));
        Assert.False((bool)pages[^1]["pageInfo"]!["hasNextPage"]!);
        Assert.All(pages[..^1], p => Assert.True((bool)p["pageInfo"]!["hasNextPage"]!));
        Assert.All(pages.Skip(1), p => Assert.True((bool)p["pageInfo"]!["hasPreviousPage"]!));
        Assert.All(pages, AssertPageCursors);
    }

    [Fact]
    public async Task Tasks_PageAfterTheLastTask_IsEmptyWithoutNextPage()
    {
        await EnsureTasksAsync();
        var last = await PageAsync(new { last = 1 });

        var beyond = await PageAsync(new { first = 10, after = (string?)last["pageInfo"]!["endCursor"] });

        Assert.False((bool)last["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)last["pageInfo"]!["hasPreviousPage"]!);
        Assert.Empty(Ids(beyond));
        Assert.False((bool)beyond["pageInfo"]!["hasNextPage"]!);
        Assert.Null(beyond["pageInfo"]!["startCursor"]);
        Assert.Null(beyond["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task Tasks_AfterCursor_WhenTasksAreInsertedBeforeIt_ContinuesAfterTheSameRow()
    {
        await CreateTasksAsync();
        var first = await PageAsync(new { first = 10 });
        var cursor = (string)first["pageInfo"]!["endCursor"]!;
        var secondBefore = Ids(await PageAsync(new { first = 10, after = cursor }));

        await InsertBeforeAsync(Ids(first)[^1], count: 5);
        var secondAfter = Ids(await PageAsync(new { first = 10, after = cursor }));
        var firstFifteen = Ids(await PageAsync(new { first = 15 }));

        Assert.Equal(secondBefore, secondAfter);
        Assert.Equal(Ids(first)[^1], firstFifteen[^1]); // the five new rows did land before the cursor's row
    }

    [Theory]
    [InlineData("after")]
    [InlineData("before")]
    public async Task Tasks_WithGarbageCursor_ReturnsValidationErrorNamingTheArgument(string argument)
    {
        var errors = await client.ErrorsAsync($"{{ tasks({argument}: \"garbage\") {{ nodes {{ id }} }} }}");

        var error = GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, argument);
        Assert.Contains($"`{argument}`", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_WithCursorOfAnotherList_ReturnsValidationError()
    {
        var agencies = await client.DataAsync("{ agencies(first: 1) { pageInfo { endCursor } } }");
        var cursor = (string)agencies["agencies"]!["pageInfo"]!["endCursor"]!;

        var errors = await client.ErrorsAsync(PageQuery, new { first = 5, after = cursor });

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, "after");
    }

    [Theory]
    [InlineData("first: 101", "first")]
    [InlineData("last: 101", "last")]
    [InlineData("first: -1", "first")]
    [InlineData("first: 5, last: 5", "first")]
    public async Task Tasks_WithInvalidPageSize_ReturnsValidationError(string arguments, string field)
    {
        var errors = await client.ErrorsAsync($"{{ tasks({arguments}) {{ nodes {{ id }} }} }}");

        GraphQLErrorAssert.Single(errors, ErrorCodes.Validation, field);
    }

    [Fact]
    public async Task Tasks_WithMaximumPageSize_ReturnsUpToOneHundred()
    {
        await EnsureTasksAsync(atLeast: 101);

        var page = await PageAsync(new { first = 100 });

        Assert.Equal(100, Ids(page).Count);
    }

    [Fact]
    public async Task Tasks_TotalCount_CountsVisibleTasks()
    {
        await EnsureTasksAsync();
        await using var db = factory.Database.CreateContext();
        var visible = await db.Tasks.CountAsync();
        var all = await db.Tasks.IgnoreQueryFilters().CountAsync();

        var data = await client.DataAsync("{ tasks(first: 1) { totalCount } }");

        Assert.Equal(visible, (int)data["tasks"]!["totalCount"]!);
        Assert.True(all > visible, "the data set holds a soft-deleted task");
    }

    [Fact]
    public async Task Tasks_TotalCount_IsOnlyCountedWhenSelected()
    {
        await EnsureTasksAsync();
        var without = await CountStatementsAsync("{ tasks(first: 10) { nodes { id } } }");
        var with = await CountStatementsAsync("{ tasks(first: 10) { totalCount nodes { id } } }");

        Assert.Equal(1, without);
        Assert.Equal(without + 1, with);
    }

    [Theory]
    [InlineData("{ tasks(first: 1) { count: totalCount } }", "count")]
    [InlineData("{ tasks(first: 1) { ... on TasksConnection { totalCount } } }", "totalCount")]
    [InlineData("{ tasks(first: 1) { ...total } } fragment total on TasksConnection { totalCount }", "totalCount")]
    public async Task Tasks_TotalCountUnderAliasOrFragment_IsCounted(string query, string responseName)
    {
        await EnsureTasksAsync();
        await using var db = factory.Database.CreateContext();
        var visible = await db.Tasks.CountAsync();

        var data = await client.DataAsync(query);

        Assert.Equal(visible, (int)data["tasks"]![responseName]!);
    }

    private async Task<int> CountStatementsAsync(string query)
    {
        factory.SqlStatements.Reset();
        await client.DataAsync(query);
        return factory.SqlStatements.Count;
    }

    private async Task<JsonNode> PageAsync(object variables) =>
        (await client.DataAsync(PageQuery, variables))["tasks"]!;

    private static List<string> Ids(JsonNode page) =>
        [.. page["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!)];

    private static void AssertPageCursors(JsonNode page)
    {
        var edges = page["edges"]!.AsArray();
        Assert.Equal((string?)edges[0]!["cursor"], (string?)page["pageInfo"]!["startCursor"]);
        Assert.Equal((string?)edges[^1]!["cursor"], (string?)page["pageInfo"]!["endCursor"]);
    }

    /// <summary>Creates task sets until the class database holds <paramref name="atLeast"/> visible tasks.</summary>
    private async Task EnsureTasksAsync(int atLeast = 1)
    {
        await using var db = factory.Database.CreateContext();
        while (await db.Tasks.CountAsync() < atLeast)
        {
            await CreateTasksAsync();
        }
    }

    /// <summary>
    /// 45 tasks in two plans, inserted in shuffled order with repeated positions (so id order is not
    /// document order), plus one soft-deleted task; returns the visible ones' IDs in document order.
    /// </summary>
    private async Task<List<string>> CreateTasksAsync()
    {
        await using var db = factory.Database.CreateContext();
        var agencies = await TestPlans.AgenciesAsync(db, "SNV", "STTTT", "UBND-NHATRANG");
        var (first, second) = (TestPlans.NewPlan("Paging plan A"), TestPlans.NewPlan("Paging plan B"));
        db.Plans.Add(first);
        await db.SaveChangesAsync();
        db.Plans.Add(second);
        await db.SaveChangesAsync();
        var sections = Enumerable.Range(1, 3).Select(i => TestPlans.Section(first, i, ReformArea.Procedures, $"Section {i}")).ToList();
        var random = new Random(45);
        var tasks = Enumerable.Range(0, 45)
            .Select(i => i < 30
                ? TestPlans.Task(first, sections[i % 3], random.Next(1, 20), $"A{i}")
                : TestPlans.Task(second, null, random.Next(1, 8), $"B{i}"))
            .OrderBy(_ => random.Next())
            .ToList();
        tasks.ForEach(t => TestPlans.Assign(t, [agencies["SNV"]], t.Position % 2 == 0 ? [agencies["STTTT"], agencies["UBND-NHATRANG"]] : []));
        var deleted = TestPlans.Task(first, sections[0], 1, "Deleted");
        deleted.DeletedAt = DateTimeOffset.UtcNow;
        db.Tasks.AddRange(tasks.Append(deleted)); // inserted in shuffled order, so ids do not follow positions
        await db.SaveChangesAsync();

        return [.. tasks.OrderBy(t => t.PlanId).ThenBy(t => t.Position).ThenBy(t => t.Id).Select(TestPlans.TaskId)];
    }

    private async Task InsertBeforeAsync(string globalId, int count)
    {
        Assert.True(GlobalId.TryDecode(globalId, out _, out var key));
        await using var db = factory.Database.CreateContext();
        var row = await db.Tasks.SingleAsync(t => t.Id == int.Parse(key));
        for (var i = 0; i < count; i++)
        {
            db.Tasks.Add(new PlanTask { PlanId = row.PlanId, Position = row.Position - 1, Title = $"Inserted {i}" });
        }

        await db.SaveChangesAsync();
    }
}
