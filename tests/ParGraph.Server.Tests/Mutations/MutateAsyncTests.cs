using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParGraph.Server.Errors;
using ParGraph.Server.Mutations;
using ParGraph.Server.Tests.Data;

namespace ParGraph.Server.Tests.Mutations;

/// <summary><see cref="TransactionalMutationExtensions.MutateAsync"/> on the tests' widgets in PostgreSQL.</summary>
public sealed class MutateAsyncTests(WidgetDatabase database) : IClassFixture<WidgetDatabase>
{
    private const string Conflict = "The widget was changed meanwhile.";

    [Fact]
    public async Task AChange_IsSavedAndCommitted()
    {
        var name = NewName();

        var id = await database.Factory.MutateAsync(async (db, ct) =>
        {
            var widget = new Widget { Name = name, MadeOn = new DateOnly(2024, 5, 1) };
            db.Widgets.Add(widget);
            await db.SaveChangesAsync(ct); // the id, before MutateAsync's own save
            return widget.Id;
        }, Conflict, CancellationToken.None);

        await using var check = database.CreateContext();
        Assert.Equal(name, (await check.Widgets.SingleAsync(w => w.Id == id)).Name);
    }

    [Fact]
    public async Task AChangeThatThrows_WritesNothing_EvenWhatItSaved()
    {
        var name = NewName();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.Factory.MutateAsync<WidgetDbContext, int>(async (db, ct) =>
        {
            db.Widgets.Add(new Widget { Name = name, MadeOn = new DateOnly(2024, 5, 1) });
            await db.SaveChangesAsync(ct);
            throw new InvalidOperationException("halfway");
        }, Conflict, CancellationToken.None));

        Assert.Equal("halfway", error.Message);
        await using var check = database.CreateContext();
        Assert.False(await check.Widgets.AnyAsync(w => w.Name == name));
    }

    [Fact]
    public async Task ARowChangedBySomeoneElseMeanwhile_AnswersConflict_WithTheVersionThatWon()
    {
        var widget = (await database.AddAsync(new Widget { Name = NewName(), Size = 1, MadeOn = new DateOnly(2024, 5, 1) }))[0];

        var error = await Assert.ThrowsAsync<ApiException>(() => database.Factory.MutateAsync(async (db, ct) =>
        {
            var mine = await db.Widgets.SingleAsync(w => w.Id == widget.Id, ct);
            mine.Size = 2;
            await using var other = new NpgsqlConnection(database.ConnectionString);
            await other.OpenAsync(ct);
            await using var update = new NpgsqlCommand($"UPDATE widgets SET size = 3 WHERE id = {widget.Id}", other);
            await update.ExecuteNonQueryAsync(ct);
            return 0;
        }, Conflict, CancellationToken.None));

        await using var check = database.CreateContext();
        var stored = await check.Widgets.SingleAsync(w => w.Id == widget.Id);
        Assert.Equal(ErrorCodes.Conflict, error.Code);
        Assert.Equal(Conflict, error.Message);
        Assert.Equal(3, stored.Size);
        Assert.Equal(RowVersion.ToInt32(stored.Version), error.Extensions!["currentVersion"]);
        Assert.Equal(RowVersion.Field, error.Extensions["field"]);
    }

    [Fact]
    public async Task ADuplicateKey_AnswersConflict_AndWritesNothing()
    {
        var name = NewName();
        await database.AddAsync(new Widget { Name = name, MadeOn = new DateOnly(2024, 5, 1) });

        var error = await Assert.ThrowsAsync<ApiException>(() => database.Factory.MutateAsync(async (db, ct) =>
        {
            db.Widgets.Add(new Widget { Name = name + "-other", MadeOn = new DateOnly(2024, 5, 2) });
            await db.SaveChangesAsync(ct);
            db.Widgets.Add(new Widget { Name = name, MadeOn = new DateOnly(2024, 5, 3) });
            return 0;
        }, "A widget of that name exists.", CancellationToken.None));

        Assert.Equal(ErrorCodes.Conflict, error.Code);
        Assert.Equal("A widget of that name exists.", error.Message);
        Assert.Null(error.Extensions?.GetValueOrDefault("currentVersion"));
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Widgets.CountAsync(w => w.Name.StartsWith(name)));
    }

    private static string NewName() => "m-" + Guid.NewGuid().ToString("N")[..12];
}
