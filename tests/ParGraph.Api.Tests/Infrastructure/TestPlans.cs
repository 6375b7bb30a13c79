using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Data;
using ParGraph.Api.Plans;
using ParGraph.Api.Tasks;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Tests.Infrastructure;

/// <summary>Builds plans, sections and tasks directly in a test class's database.</summary>
public static class TestPlans
{
    /// <summary>A plan with a document number no other test uses, so <c>planByNumber</c> finds only it.</summary>
    public static Plan NewPlan(string title = "Test plan") => new()
    {
        Title = title,
        DocumentNumber = $"{Random.Shared.Next(100_000, 999_999)}/KH-TEST-{Guid.NewGuid().ToString("N")[..8]}",
        Kind = PlanKind.ThematicPlan,
        Status = PlanStatus.Active,
    };

    public static PlanSection Section(Plan plan, int position, ReformArea area, string title)
    {
        var section = new PlanSection { Plan = plan, Position = position, Area = area, Title = title, Code = position.ToString() };
        plan.Sections.Add(section);
        return section;
    }

    /// <summary>A new task of <paramref name="plan"/>; add it to the context yourself.</summary>
    public static PlanTask Task(Plan plan, PlanSection? section, int position, string title)
    {
        return new PlanTask { Plan = plan, Section = section, Position = position, Number = position.ToString(), Title = title };
    }

    /// <summary>Adds lead and coordinating agencies, in the order given, as the document prints them.</summary>
    public static void Assign(PlanTask task, IReadOnlyList<Agency> lead, IReadOnlyList<Agency> coordinating)
    {
        for (var i = 0; i < lead.Count; i++)
        {
            task.Assignments.Add(new TaskAssignment { Agency = lead[i], Role = AssignmentRole.Lead, Position = i + 1 });
        }

        for (var i = 0; i < coordinating.Count; i++)
        {
            task.Assignments.Add(new TaskAssignment { Agency = coordinating[i], Role = AssignmentRole.Coordinating, Position = i + 1 });
        }
    }

    public static async Task<Dictionary<string, Agency>> AgenciesAsync(ParGraphDbContext db, params string[] codes) =>
        await db.Agencies.Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code);

    /// <summary>The global ID the API gives a task.</summary>
    public static string TaskId(PlanTask task) => GlobalId.Encode("Task", task.Id);

    /// <summary>Every visible task's global ID in document order (plan, position, id), read straight from the database.</summary>
    public static async Task<List<string>> TaskIdsInDocumentOrderAsync(PostgresDatabase database)
    {
        await using var db = database.CreateContext();
        var ids = await db.Tasks.OrderBy(t => t.PlanId).ThenBy(t => t.Position).ThenBy(t => t.Id).Select(t => t.Id).ToListAsync();
        return [.. ids.Select(id => GlobalId.Encode("Task", id))];
    }
}
