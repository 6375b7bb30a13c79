using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;

namespace ParGraph.Api.Tests.Data;

public sealed class ConcurrencyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task SaveChanges_WithStaleVersion_ThrowsConcurrencyException()
    {
        var id = await CreateTaskAsync();
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Tasks.SingleAsync(t => t.Id == id);
        var theirs = await second.Tasks.SingleAsync(t => t.Id == id);

        theirs.Progress = 40;
        await second.SaveChangesAsync();
        mine.Progress = 60;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_ChangesTheVersion()
    {
        await using var db = database.CreateContext();
        var agency = new Agency { Code = "VER-" + Guid.NewGuid().ToString("N")[..8], Name = "Versioned" };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var before = agency.Version;

        agency.Name = "Versioned again";
        await db.SaveChangesAsync();

        Assert.NotEqual(0u, before);
        Assert.NotEqual(before, agency.Version);
    }

    private async Task<int> CreateTaskAsync()
    {
        await using var db = database.CreateContext();
        var task = new PlanTask { Plan = new Plan { Title = "Concurrency plan" }, Title = "Contested task" };
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    }
}
