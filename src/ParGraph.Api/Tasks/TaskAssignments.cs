using ParGraph.Api.Data;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tasks;

/// <summary>Sets who leads and who coordinates a task, keeping the rows that stay so their keys are not re-added.</summary>
internal static class TaskAssignments
{
    public static async Task ReplaceAsync(
        ParGraphDbContext db, PlanTask task, IReadOnlyList<string> lead, IReadOnlyList<string>? coordinating, DateOnly today, CancellationToken ct)
    {
        if (lead.Count == 0)
        {
            throw ApiException.Validation("Name at least one lead agency.", "input.lead");
        }

        var leads = await TaskInputRules.AgenciesAsync(db, lead, "input.lead", today, ct);
        var coordinators = await TaskInputRules.AgenciesAsync(db, coordinating ?? [], "input.coordinating", today, ct);
        if (coordinators.FirstOrDefault(c => leads.Any(l => l.Id == c.Id)) is { } both)
        {
            throw ApiException.Validation($"{both.Code} cannot both lead and coordinate the task.", "input.coordinating");
        }

        var wanted = leads.Select((a, i) => (Agency: a, Role: AssignmentRole.Lead, Position: i))
            .Concat(coordinators.Select((a, i) => (Agency: a, Role: AssignmentRole.Coordinating, Position: i)))
            .ToList();
        task.Assignments.RemoveAll(existing => !wanted.Any(w => w.Agency.Id == existing.AgencyId && w.Role == existing.Role));
        foreach (var (agency, role, position) in wanted)
        {
            var row = task.Assignments.FirstOrDefault(a => a.AgencyId == agency.Id && a.Role == role);
            if (row is null)
            {
                task.Assignments.Add(new TaskAssignment { Task = task, Agency = agency, AgencyId = agency.Id, Role = role, Position = position });
            }
            else
            {
                row.Position = position;
            }
        }
    }
}
