using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Server.Batching;

namespace ParGraph.Api.Tasks;

public static class TaskLoaders
{
    public static readonly BatchLoaderDefinition<int, PlanTask> TaskById =
        DbBatchLoader<ParGraphDbContext>.ByKey<int, PlanTask>(
            nameof(TaskById), (db, ids) => db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)), t => t.Id) with { SharedByEvent = true };

    /// <summary>Lead and coordinating agencies of each task, in printed order.</summary>
    public static readonly BatchLoaderDefinition<int, IReadOnlyList<TaskAssignment>> AssignmentsByTaskId =
        DbBatchLoader<ParGraphDbContext>.GroupedBy<int, TaskAssignment, TaskAssignment>(
            nameof(AssignmentsByTaskId),
            (db, ids) => db.TaskAssignments.AsNoTracking().Include(a => a.Agency)
                .Where(a => ids.Contains(a.TaskId)).OrderBy(a => a.Position),
            a => a.TaskId,
            a => a) with { SharedByEvent = true };

    public static readonly BatchLoaderDefinition<int, IReadOnlyList<PlanTask>> TasksBySectionId =
        DbBatchLoader<ParGraphDbContext>.GroupedBy<int, PlanTask, PlanTask>(
            nameof(TasksBySectionId),
            (db, ids) => db.Tasks.AsNoTracking()
                .Where(t => t.SectionId != null && ids.Contains(t.SectionId.Value)).OrderBy(t => t.Position).ThenBy(t => t.Id),
            t => t.SectionId!.Value,
            t => t) with { SharedByEvent = true };
}
