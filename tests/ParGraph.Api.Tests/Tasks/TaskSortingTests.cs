using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Tests.Infrastructure;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tests.Tasks;

/// <summary><c>order:</c> on the ≈ 300 imported seed tasks, paged through with keyset cursors.</summary>
public class TaskSortingTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient client = new(factory, "analyst");

    [Fact]
    public async Task ByDueDescendingThenTitle_PagedBySeven_ReturnsEveryTaskOnceInThatOrder()
    {
        var paged = await PageAllAsync("[{ deadline: { due: DESC } }, { title: ASC }]");

        await using var db = factory.Database.CreateContext();
        var expected = (await db.Tasks.AsNoTracking().ToListAsync())
            .OrderBy(t => t.Deadline.Due is null ? 0 : 1)
            .ThenByDescending(t => t.Deadline.Due)
            .ThenBy(t => t.Title is null ? 1 : 0)
            .ThenBy(t => t.Title, StringComparer.Ordinal)
            .ThenBy(t => t.Id)
            .Select(t => GlobalId.Encode("Task", t.Id))
            .ToList();
        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task ByStatusAndNeedsReview_PagedBySeven_ReturnsEveryTaskOnceInThatOrder()
    {
        await using (var db = factory.Database.CreateContext())
        {
            // A few statuses so the enum key has several values to page across.
            var tasks = await db.Tasks.OrderBy(t => t.Id).Take(40).ToListAsync();
            for (var i = 0; i < tasks.Count; i++)
            {
                tasks[i].Status = (ParGraph.Api.Tasks.TaskStatus)(i % 4);
            }

            await db.SaveChangesAsync();
        }

        var paged = await PageAllAsync("[{ status: DESC }, { needsReview: ASC }]");

        await using var check = factory.Database.CreateContext();
        var expected = (await check.Tasks.AsNoTracking().ToListAsync())
            .OrderByDescending(t => t.Status.ToString(), StringComparer.Ordinal)
            .ThenBy(t => t.NeedsReview)
            .ThenBy(t => t.Id)
            .Select(t => GlobalId.Encode("Task", t.Id))
            .ToList();
        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task ByPlanIssuedOnThenNumber_PagedBySeven_FollowsTheRelatedRowsKey()
    {
        var paged = await PageAllAsync("[{ plan: { issuedOn: DESC } }, { number: ASC }]");

        await using var db = factory.Database.CreateContext();
        var expected = (await db.Tasks.AsNoTracking().Include(t => t.Plan).ToListAsync())
            .OrderBy(t => t.Plan!.IssuedOn is null ? 0 : 1)
            .ThenByDescending(t => t.Plan!.IssuedOn)
            .ThenBy(t => t.Number is null ? 1 : 0)
            .ThenBy(t => t.Number, StringComparer.Ordinal)
            .ThenBy(t => t.Id)
            .Select(t => GlobalId.Encode("Task", t.Id))
            .ToList();
        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task Plans_ByIssuedOnAscending_PutUndatedPlansLast()
    {
        var data = await client.DataAsync("{ plans(order: [{ issuedOn: ASC }]) { nodes { issuedOn } } }");

        var dates = data["plans"]!["nodes"]!.AsArray().Select(n => (string?)n!["issuedOn"]).ToList();
        Assert.Equal(["2021-12-24", "2022-10-31", "2022-11-07", "2023-12-29", null], dates);
    }

    private async Task<List<string>> PageAllAsync(string order)
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync(
                $"query($after: String) {{ tasks(first: 7, after: $after, order: {order}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after }))["tasks"]!;
            ids.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        return ids;
    }
}
