using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Tasks;
using ParGraph.Api.Tests.Infrastructure;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Tests.Agencies;

/// <summary>Agencies and tasks of a test's own, written straight to the class's database.</summary>
public static class MergeAgencyData
{
    public static string NewCode() => "MERGE-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static async Task<Agency> AgencyAsync(
        ParGraphApiFactory factory, AgencyKind kind = AgencyKind.District, DateOnly? validFrom = null, IReadOnlyList<string>? groups = null)
    {
        await using var db = factory.Database.CreateContext();
        var agency = new Agency { Code = NewCode(), Name = "Cơ quan thử sáp nhập", Kind = kind, ValidFrom = validFrom };
        if (groups is { Count: > 0 })
        {
            agency.Groups.AddRange(await db.Agencies.Where(g => groups.Contains(g.Code)).ToListAsync());
        }

        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return agency;
    }

    public static async Task<PlanTask> TaskAsync(
        ParGraphApiFactory factory, TaskStatus status, IReadOnlyList<string> lead, IReadOnlyList<string> coordinating, bool deleted = false)
    {
        await using var db = factory.Database.CreateContext();
        var agencies = await TestPlans.AgenciesAsync(db, [.. lead, .. coordinating]);
        var task = TestPlans.Task(TestPlans.NewPlan(), null, 1, "Nhiệm vụ thử sáp nhập");
        task.Status = status;
        task.DeletedAt = deleted ? DateTimeOffset.UtcNow : null;
        TestPlans.Assign(task, [.. lead.Select(c => agencies[c])], [.. coordinating.Select(c => agencies[c])]);
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        return task;
    }

    /// <summary>The codes of the task's lead and of its coordinating agencies in order, comma-separated, read from the database.</summary>
    public static async Task<(string Lead, string Coordinating)> AssignedAsync(ParGraphApiFactory factory, PlanTask task)
    {
        await using var db = factory.Database.CreateContext();
        var rows = await db.TaskAssignments.IgnoreQueryFilters().Where(a => a.TaskId == task.Id).OrderBy(a => a.Position)
            .Select(a => new { a.Role, a.Agency!.Code }).ToListAsync();
        return (string.Join(",", rows.Where(r => r.Role == AssignmentRole.Lead).Select(r => r.Code)),
            string.Join(",", rows.Where(r => r.Role == AssignmentRole.Coordinating).Select(r => r.Code)));
    }

    /// <summary>Rows that a rejected merger must leave as they were.</summary>
    public static async Task<(int Audit, int Updates, int Dissolved, int Assignments)> CountRowsAsync(ParGraphApiFactory factory)
    {
        await using var db = factory.Database.CreateContext();
        return (await db.AuditEntries.CountAsync(), await db.TaskUpdates.CountAsync(),
            await db.Agencies.CountAsync(a => a.SuccessorId != null), await db.TaskAssignments.CountAsync());
    }
}
