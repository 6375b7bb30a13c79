using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParGraph.Api.Agencies;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Data;

public sealed class PlanTaskMappingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Deadline_RoundTrips()
    {
        var deadline = new Deadline
        {
            Text = "Quý III/2025",
            Kind = DeadlineKind.Quarter,
            Start = new DateOnly(2025, 7, 1),
            Due = new DateOnly(2025, 9, 30),
        };
        var id = await AddTaskAsync(new PlanTask { Plan = NewPlan(), Title = "Deadline", Deadline = deadline });

        await using var db = database.CreateContext();
        var loaded = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == id);

        Assert.Equal(deadline.Text, loaded.Deadline.Text);
        Assert.Equal(DeadlineKind.Quarter, loaded.Deadline.Kind);
        Assert.Equal(deadline.Start, loaded.Deadline.Start);
        Assert.Equal(deadline.Due, loaded.Deadline.Due);
    }

    [Fact]
    public async Task EnumsAndDeadline_AreStoredAsText()
    {
        var id = await AddTaskAsync(new PlanTask { Plan = NewPlan(), Title = "Stored", Status = TaskStatus.InProgress });

        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT status || '/' || deadline_kind FROM tasks WHERE id = {id}", connection);

        Assert.Equal("InProgress/Unspecified", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task SoftDeletedTask_IsHiddenByDefault()
    {
        var id = await AddTaskAsync(new PlanTask { Plan = NewPlan(), Title = "Gone", DeletedAt = DateTimeOffset.UtcNow });

        await using var db = database.CreateContext();

        Assert.False(await db.Tasks.AnyAsync(t => t.Id == id));
        Assert.True(await db.Tasks.IgnoreQueryFilters().AnyAsync(t => t.Id == id));
    }

    [Fact]
    public async Task Assignments_RoundTripWithRoles()
    {
        var lead = new Agency { Code = "LEAD-" + Guid.NewGuid().ToString("N")[..8], Name = "Lead" };
        var task = new PlanTask { Plan = NewPlan(), Title = "Assigned" };
        task.Assignments.Add(new TaskAssignment { Agency = lead, Role = AssignmentRole.Lead });
        task.Assignments.Add(new TaskAssignment { Agency = lead, Role = AssignmentRole.Coordinating, Position = 1 });
        var id = await AddTaskAsync(task);

        await using var db = database.CreateContext();
        var roles = await db.TaskAssignments.Where(a => a.TaskId == id)
            .OrderBy(a => a.Position).Select(a => a.Role).ToListAsync();

        Assert.Equal([AssignmentRole.Lead, AssignmentRole.Coordinating], roles);
    }

    private static Plan NewPlan() => new() { Title = "Kế hoạch CCHC", Kind = PlanKind.AnnualPlan };

    private async Task<int> AddTaskAsync(PlanTask task)
    {
        await using var db = database.CreateContext();
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    }
}
