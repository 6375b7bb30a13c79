using Microsoft.EntityFrameworkCore;
using ParGraph.Server.Filtering;
using ParGraph.Server.Tests.Data;

namespace ParGraph.Server.Tests.Filtering;

/// <summary>
/// <see cref="FilterInputGraphType{T}"/> on the tests' own widgets, translated by EF Core and run by
/// PostgreSQL. Input values are what GraphQL.NET coerces arguments to (dictionaries, lists, CLR scalars).
/// </summary>
public sealed class FilteringTests(WidgetDatabase database) : IClassFixture<WidgetDatabase>
{
    private static readonly WidgetFilterInputType Filter = new();

    [Fact]
    public async Task Eq_Neq_In_Nin_CompareExactly_AndAnEmptyValueIsNotEqualToAny()
    {
        var rows = await FourWidgetsAsync();

        Assert.Equal(["b"], await WhereAsync(rows, new() { ["size"] = Op("eq", 2) }));
        Assert.Equal(["a", "c", "d"], await WhereAsync(rows, new() { ["size"] = Op("neq", 2) }));
        Assert.Equal(["a", "c"], await WhereAsync(rows, new() { ["size"] = Op("in", new List<object?> { 1, 3 }) }));
        Assert.Equal(["b", "d"], await WhereAsync(rows, new() { ["size"] = Op("nin", new List<object?> { 1, 3 }) }));
    }

    [Fact]
    public async Task EqNull_FindsTheRowsWithoutAValue_AndNeqNull_TheOthers()
    {
        var rows = await FourWidgetsAsync();

        Assert.Equal(["d"], await WhereAsync(rows, new() { ["size"] = Op("eq", null) }));
        Assert.Equal(["a", "b", "c"], await WhereAsync(rows, new() { ["size"] = Op("neq", null) }));
        Assert.Equal(["c", "d"], await WhereAsync(rows, new() { ["colour"] = Op("eq", null) }));
    }

    [Fact]
    public async Task Gt_Lte_NeverMatchAnEmptyValue_AndTheirNegationsDo()
    {
        var rows = await FourWidgetsAsync();

        Assert.Equal(["b", "c"], await WhereAsync(rows, new() { ["size"] = Op("gt", 1) }));
        Assert.Equal(["a", "b"], await WhereAsync(rows, new() { ["size"] = Op("lte", 2) }));
        Assert.Equal(["b", "c"], await WhereAsync(rows, new() { ["madeOn"] = Op("gt", new DateOnly(2024, 1, 1)) }));
        Assert.Equal(["c", "d"], await WhereAsync(rows, new() { ["size"] = Op("nlte", 2) }));
    }

    [Fact]
    public async Task Contains_And_StartsWith_IgnoreCase_SkipRowsWithoutText_AndTheirNegationsKeepThem()
    {
        var rows = await FourWidgetsAsync();

        Assert.Equal(["a", "b"], await WhereAsync(rows, new() { ["colour"] = Op("contains", "RE") }));
        Assert.Equal(["b"], await WhereAsync(rows, new() { ["colour"] = Op("startsWith", "gr") }));
        Assert.Equal(["a", "c", "d"], await WhereAsync(rows, new() { ["colour"] = Op("ncontains", "green") }));
    }

    [Fact]
    public async Task AndOr_CombineConditions_AndSeveralFieldsOfOneObjectMustAllHold()
    {
        var rows = await FourWidgetsAsync();

        var either = new Dictionary<string, object?>
        {
            ["or"] = new List<object?> { new Dictionary<string, object?> { ["size"] = Op("eq", 1) }, new Dictionary<string, object?> { ["colour"] = Op("eq", null) } },
        };
        var both = new Dictionary<string, object?>
        {
            ["and"] = new List<object?> { new Dictionary<string, object?> { ["size"] = Op("gte", 2) }, new Dictionary<string, object?> { ["colour"] = Op("eq", "Green") } },
        };

        Assert.Equal(["a", "c", "d"], await WhereAsync(rows, either));
        Assert.Equal(["b"], await WhereAsync(rows, both));
        Assert.Equal(["b"], await WhereAsync(rows, new() { ["size"] = Op("gte", 2), ["colour"] = Op("neq", null) }));
    }

    [Fact]
    public async Task ANestedObject_IsFilteredByItsOwnInput_AndAMissingOneMatchesNothing()
    {
        var rows = await FourWidgetsAsync();

        Assert.Equal(["a", "b"], await WhereAsync(rows, new() { ["maker"] = new Dictionary<string, object?> { ["name"] = Op("startsWith", "acme") } }));
    }

    private static Dictionary<string, object?> Op(string operation, object? value) => new() { [operation] = value };

    /// <summary>a (1, Red, 2023, Acme), b (2, Green, 2024-03, Acme), c (3, no colour, 2025, Bolt), d (no size, no colour, 2024-01-01, none).</summary>
    private async Task<Widget[]> FourWidgetsAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var acme = new Maker { Name = "Acme " + tag };
        var bolt = new Maker { Name = "Bolt " + tag };
        return await database.AddAsync(
            new Widget { Name = tag + "-a", Size = 1, Colour = "Red", MadeOn = new DateOnly(2023, 6, 1), Maker = acme },
            new Widget { Name = tag + "-b", Size = 2, Colour = "Green", MadeOn = new DateOnly(2024, 3, 1), Maker = acme },
            new Widget { Name = tag + "-c", Size = 3, MadeOn = new DateOnly(2025, 1, 1), Maker = bolt },
            new Widget { Name = tag + "-d", MadeOn = new DateOnly(2024, 1, 1) });
    }

    /// <summary>The names (without their tag) of <paramref name="rows"/> that meet <paramref name="where"/>, in SQL.</summary>
    private async Task<string[]> WhereAsync(Widget[] rows, Dictionary<string, object?> where)
    {
        var ids = rows.Select(r => r.Id).ToList();
        await using var db = database.CreateContext();
        var names = await db.Widgets.Where(w => ids.Contains(w.Id)).Where(Filter.ToExpression(where, new CaseInsensitiveTextMatching()))
            .OrderBy(w => w.Name).Select(w => w.Name).ToListAsync();
        return [.. names.Select(n => n[(n.IndexOf('-') + 1)..])];
    }
}
