using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Agencies;

/// <summary>
/// Passes the open tasks of dissolved agencies to their successor: each lead or coordinating row of a
/// dissolved agency becomes the successor's at the same place in the order, unless the successor
/// already holds a place on the task (it then keeps its own, a lead place winning over a coordinating one).
/// Every task changed gets its history row with the codes before and after, an audit entry and a <c>taskChanged</c> event.
/// Completed and cancelled tasks keep their agencies: history keeps who led what.
/// </summary>
public static class TaskHandover
{
    public const string Operation = "mergeAgencies";

    public static async Task<int> RunAsync(
        ParGraphDbContext db, TaskHistory history, IReadOnlyCollection<int> dissolvedIds, Agency successor, string note,
        TaskActor actor, CancellationToken ct)
    {
        var tasks = await db.Tasks
            .Where(t => t.Status != TaskStatus.Completed && t.Status != TaskStatus.Cancelled)
            .Where(t => t.Assignments.Any(a => dissolvedIds.Contains(a.AgencyId)))
            .Include(t => t.Assignments).ThenInclude(a => a.Agency)
            .OrderBy(t => t.Id)
            .ToListAsync(ct);

        foreach (var task in tasks)
        {
            await history.ChangeAsync(db, actor, Operation, task, note, t => Reassign(db, t, dissolvedIds, successor), ct);
            db.Entry(task).Property(t => t.Status).IsModified = true; // a new row version: concurrent edits of the task conflict
        }

        return tasks.Count;
    }

    private static void Reassign(ParGraphDbContext db, PlanTask task, IReadOnlyCollection<int> dissolvedIds, Agency successor)
    {
        var wanted = new List<(AssignmentRole Role, Agency Agency)>();
        foreach (var row in task.Assignments.OrderBy(a => a.Role).ThenBy(a => a.Position).ToList())
        {
            var agency = dissolvedIds.Contains(row.AgencyId) ? successor : row.Agency!;
            if (agency.Id != successor.Id || !wanted.Any(w => w.Agency.Id == successor.Id))
            {
                wanted.Add((row.Role, agency));
            }
        }

        foreach (var row in task.Assignments.ToList())
        {
            if (!wanted.Any(w => w.Role == row.Role && w.Agency.Id == row.AgencyId))
            {
                task.Assignments.Remove(row);
                db.TaskAssignments.Remove(row);
            }
        }

        foreach (var group in wanted.GroupBy(w => w.Role))
        {
            var position = 0;
            foreach (var (role, agency) in group)
            {
                position++;
                var row = task.Assignments.FirstOrDefault(a => a.Role == role && a.AgencyId == agency.Id);
                if (row is null)
                {
                    task.Assignments.Add(new TaskAssignment { TaskId = task.Id, AgencyId = agency.Id, Agency = agency, Role = role, Position = position });
                }
                else if (row.Position != position)
                {
                    row.Position = position;
                }
            }
        }
    }
}
