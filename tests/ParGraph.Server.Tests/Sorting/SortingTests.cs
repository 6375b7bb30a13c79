using ParGraph.Server.Sorting;
using ParGraph.Server.Tests.Data;
using static ParGraph.Server.Tests.Data.WidgetPages;

namespace ParGraph.Server.Tests.Sorting;

/// <summary><see cref="SortInputGraphType{T}"/> keys, in PostgreSQL, through a connection page.</summary>
public sealed class SortingTests(WidgetDatabase database) : IClassFixture<WidgetDatabase>
{
    [Fact]
    public async Task SeveralKeys_AreAppliedInTheOrderGiven_AndTheIdBreaksTies()
    {
        var (tag, _) = await WidgetsAsync();

        Assert.Equal(["d", "a", "c", "b"], await SortedAsync(tag, Key("size", SortDirection.Descending), Key("name", SortDirection.Ascending)));
        Assert.Equal(["b", "c", "a", "d"], await SortedAsync(tag, Key("size", SortDirection.Ascending), Key("name", SortDirection.Descending)));
    }

    [Fact]
    public async Task Ascending_PutsEmptyValuesLast_AndDescending_First()
    {
        var (tag, _) = await WidgetsAsync();

        Assert.Equal(["b", "a", "c", "d"], await SortedAsync(tag, Key("size", SortDirection.Ascending)));
        Assert.Equal(["d", "a", "c", "b"], await SortedAsync(tag, Key("size", SortDirection.Descending)));
    }

    [Fact]
    public async Task ANestedObject_SortsByItsOwnFields()
    {
        var (tag, _) = await WidgetsAsync();

        Assert.Equal(["c", "b", "a", "d"], await SortedAsync(tag, Key("maker", "name", SortDirection.Ascending), Key("madeOn", SortDirection.Descending)));
        Assert.Equal(["d", "a", "b", "c"], await SortedAsync(tag, Key("maker", "name", SortDirection.Descending), Key("madeOn", SortDirection.Ascending)));
    }

    [Fact]
    public async Task WithoutAnOrder_TheDefaultOrderApplies()
    {
        var (tag, _) = await WidgetsAsync();

        Assert.Equal(["a", "b", "c", "d"], await SortedAsync(tag));
    }

    /// <summary>a (2, Bolt, 2024-02), b (1, Bolt, 2024-03), c (2, Acme, 2024-01), d (no size, no maker, 2024-04), added in that order.</summary>
    private async Task<(string Tag, Widget[] Rows)> WidgetsAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var acme = new Maker { Name = "Acme " + tag };
        var bolt = new Maker { Name = "Bolt " + tag };
        Widget[] rows =
        [
            new Widget { Name = tag + "-a", Size = 2, MadeOn = new DateOnly(2024, 2, 1), Maker = bolt },
            new Widget { Name = tag + "-b", Size = 1, MadeOn = new DateOnly(2024, 3, 1), Maker = bolt },
            new Widget { Name = tag + "-c", Size = 2, MadeOn = new DateOnly(2024, 1, 1), Maker = acme },
            new Widget { Name = tag + "-d", MadeOn = new DateOnly(2024, 4, 1) },
        ];
        await using var db = database.CreateContext();
        foreach (var row in rows)
        {
            // One save each: EF Core orders a batch's inserts by dependency, and the ids must follow this order.
            db.Widgets.Add(row);
            await db.SaveChangesAsync();
        }

        return (tag, rows);
    }

    private async Task<string[]> SortedAsync(string tag, params Dictionary<string, object?>[] keys)
    {
        await using var db = database.CreateContext();
        var page = await PageAsync(db.Widgets.Where(w => w.Name.StartsWith(tag)), Order(keys), first: 10);
        return [.. page.Nodes.Select(w => w.Name[(tag.Length + 1)..])];
    }
}
