using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Server.Batching;

namespace ParGraph.Api.DeadlineAlerts;

public static class DeadlineAlertLoaders
{
    public static readonly BatchLoaderDefinition<long, DeadlineAlert> AlertById =
        DbBatchLoader<ParGraphDbContext>.ByKey<long, DeadlineAlert>(
            nameof(AlertById), (db, ids) => db.DeadlineAlerts.AsNoTracking().Where(a => ids.Contains(a.Id)), a => a.Id) with { SharedByEvent = true };

    /// <summary>A task's alerts, newest first.</summary>
    public static readonly BatchLoaderDefinition<int, IReadOnlyList<DeadlineAlert>> AlertsByTaskId =
        DbBatchLoader<ParGraphDbContext>.GroupedBy<int, DeadlineAlert, DeadlineAlert>(
            nameof(AlertsByTaskId),
            (db, ids) => db.DeadlineAlerts.AsNoTracking().Where(a => ids.Contains(a.TaskId)).OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id),
            a => a.TaskId,
            a => a) with { SharedByEvent = true };
}
