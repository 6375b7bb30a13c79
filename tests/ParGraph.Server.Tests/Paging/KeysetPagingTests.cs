using ParGraph.Server.Paging;
using ParGraph.Server.Sorting;
using ParGraph.Server.Tests.Data;
using static ParGraph.Server.Tests.Data.WidgetPages;

namespace ParGraph.Server.Tests.Paging;

/// <summary>Keyset pages of widgets in PostgreSQL: both directions, cursors that survive inserts, the total.</summary>
public sealed class KeysetPagingTests(WidgetDatabase database) : IClassFixture<WidgetDatabase>
{
    private static readonly IReadOnlyList<SortKey> ByName = Order(Key("name", SortDirection.Ascending));

    [Fact]
    public async Task FirstAfter_WalksForward_WithPageInfoAndTotal()
    {
        var tag = await WidgetsAsync("a", "b", "c", "d", "e");
        await using var db = database.CreateContext();
        var source = db.Widgets.Where(w => w.Name.StartsWith(tag));

        var one = await PageAsync(source, ByName, first: 2);
        var two = await PageAsync(source, ByName, first: 2, after: one.PageInfo.EndCursor);
        var three = await PageAsync(source, ByName, first: 2, after: two.PageInfo.EndCursor);

        Assert.Equal(["a", "b"], Names(tag, one));
        Assert.Equal(["c", "d"], Names(tag, two));
        Assert.Equal(["e"], Names(tag, three));
        Assert.Equal((true, false), (one.PageInfo.HasNextPage, one.PageInfo.HasPreviousPage));
        Assert.Equal((true, true), (two.PageInfo.HasNextPage, two.PageInfo.HasPreviousPage));
        Assert.Equal((false, true), (three.PageInfo.HasNextPage, three.PageInfo.HasPreviousPage));
        Assert.All(new[] { one, two, three }, page => Assert.Equal(5, page.TotalCount));
        Assert.Equal(one.Edges[^1].Cursor, one.PageInfo.EndCursor);
    }

    [Fact]
    public async Task LastBefore_WalksBackward_InForwardOrder()
    {
        var tag = await WidgetsAsync("a", "b", "c", "d", "e");
        await using var db = database.CreateContext();
        var source = db.Widgets.Where(w => w.Name.StartsWith(tag));

        var one = await PageAsync(source, ByName, last: 2);
        var two = await PageAsync(source, ByName, last: 2, before: one.PageInfo.StartCursor);
        var three = await PageAsync(source, ByName, last: 2, before: two.PageInfo.StartCursor);

        Assert.Equal(["d", "e"], Names(tag, one));
        Assert.Equal(["b", "c"], Names(tag, two));
        Assert.Equal(["a"], Names(tag, three));
        Assert.Equal((false, true), (one.PageInfo.HasNextPage, one.PageInfo.HasPreviousPage));
        Assert.Equal((true, false), (three.PageInfo.HasNextPage, three.PageInfo.HasPreviousPage));
    }

    [Fact]
    public async Task ACursor_KeepsItsPlace_WhileRowsAreInserted()
    {
        var tag = await WidgetsAsync("b", "d", "f");
        await using var db = database.CreateContext();
        var source = db.Widgets.Where(w => w.Name.StartsWith(tag));
        var one = await PageAsync(source, ByName, first: 2);

        await AddAsync(tag, "a", "c", "e");
        var two = await PageAsync(source, ByName, first: 2, after: one.PageInfo.EndCursor);

        Assert.Equal(["b", "d"], Names(tag, one));
        Assert.Equal(["e", "f"], Names(tag, two));
        Assert.Equal(6, two.TotalCount);
    }

    [Theory]
    [InlineData(SortDirection.Ascending)]
    [InlineData(SortDirection.Descending)]
    public async Task PagesOverEmptyKeys_SeeEveryRowOnce_InBothDirections(SortDirection direction)
    {
        var tag = await WidgetsAsync("a", "b", "c", "d", "e", "f");
        await using (var sizes = database.CreateContext())
        {
            var rows = sizes.Widgets.Where(w => w.Name.StartsWith(tag)).OrderBy(w => w.Name).ToList();
            int?[] values = [2, null, 1, 2, null, 3];
            for (var i = 0; i < rows.Count; i++)
                rows[i].Size = values[i];
            await sizes.SaveChangesAsync();
        }

        await using var db = database.CreateContext();
        var source = db.Widgets.Where(w => w.Name.StartsWith(tag));
        var order = Order(Key("size", direction));
        var all = Names(tag, await PageAsync(source, order, first: 10));
        var forward = new List<string>();
        var backward = new List<string>();
        for (string? after = null, before = null; ;)
        {
            var next = await PageAsync(source, order, first: 2, after: after);
            var previous = await PageAsync(source, order, last: 2, before: before);
            forward.AddRange(Names(tag, next));
            backward.InsertRange(0, Names(tag, previous));
            if (!next.PageInfo.HasNextPage)
                break;
            (after, before) = (next.PageInfo.EndCursor, previous.PageInfo.StartCursor);
        }

        Assert.Equal(direction == SortDirection.Ascending ? ["c", "a", "d", "f", "b", "e"] : ["b", "e", "f", "a", "d", "c"], all);
        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task TheTotal_IsCountedOnlyWhenAskedFor()
    {
        var tag = await WidgetsAsync("a", "b");
        await using var db = database.CreateContext();

        var page = await db.Widgets.Where(w => w.Name.StartsWith(tag))
            .ToConnectionAsync(new PageRequest<Widget>(new ConnectionArguments(1, null, null, null), new PagingOptions(), ByName, includeTotalCount: false), CancellationToken.None);

        Assert.Null(page.TotalCount);
        Assert.Equal(["a"], Names(tag, page));
    }

    private Task<string> WidgetsAsync(params string[] names) => AddAsync(Guid.NewGuid().ToString("N")[..8], names);

    private async Task<string> AddAsync(string tag, params string[] names)
    {
        await database.AddAsync([.. names.Select(n => new Widget { Name = $"{tag}-{n}", MadeOn = new DateOnly(2024, 1, 1) })]);
        return tag;
    }

    private static string[] Names(string tag, Connection<Widget> page) => [.. page.Nodes.Select(w => w.Name[(tag.Length + 1)..])];
}
