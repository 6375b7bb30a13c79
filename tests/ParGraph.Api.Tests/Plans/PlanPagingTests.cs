using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Plans;

/// <summary>Keyset paging over a nullable, descending key (<c>issuedOn</c>, NULLs first as PostgreSQL sorts them).</summary>
public sealed class PlanPagingTests(ParGraphApiFactory factory) : IClassFixture<ParGraphApiFactory>
{
    private readonly GraphQLClient client = new(factory);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Plans_WithUndatedAndSameDayPlans_PageForwardAndBackwardInTheSameOrder(int size)
    {
        await using (var db = factory.Database.CreateContext())
        {
            var undated = TestPlans.NewPlan("Undated");
            var sameDay = TestPlans.NewPlan("Same day as 3049");
            sameDay.IssuedOn = new DateOnly(2023, 12, 29);
            db.Plans.AddRange(undated, TestPlans.NewPlan("Undated too"), sameDay);
            await db.SaveChangesAsync();
        }

        var expected = await ExpectedOrderAsync();
        var forward = await PageAllAsync(size, forward: true);
        var backward = await PageAllAsync(size, forward: false);

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    private async Task<List<string>> ExpectedOrderAsync()
    {
        await using var db = factory.Database.CreateContext();
        return await db.Plans.OrderByDescending(p => p.IssuedOn).ThenByDescending(p => p.Id).Select(p => p.DocumentNumber!).ToListAsync();
    }

    private async Task<List<string>> PageAllAsync(int size, bool forward)
    {
        var numbers = new List<string>();
        string? cursor = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = (await client.DataAsync(
                """
                query($first: Int, $after: String, $last: Int, $before: String) {
                  plans(first: $first, after: $after, last: $last, before: $before) {
                    nodes { documentNumber } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
                """,
                forward ? new { first = (int?)size, after = cursor, last = (int?)null, before = (string?)null }
                        : new { first = (int?)null, after = (string?)null, last = (int?)size, before = cursor }))["plans"]!;
            var items = page["nodes"]!.AsArray().Select(n => (string)n!["documentNumber"]!).ToList();
            numbers.InsertRange(forward ? numbers.Count : 0, items);
            cursor = (string?)page["pageInfo"]![forward ? "endCursor" : "startCursor"];
            if (!(bool)page["pageInfo"]![forward ? "hasNextPage" : "hasPreviousPage"]!)
            {
                return numbers;
            }
        }

        throw new InvalidOperationException("Paging did not end.");
    }
}
