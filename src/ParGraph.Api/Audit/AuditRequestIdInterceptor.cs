using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParGraph.Api.Audit;

/// <summary>
/// Stamps every audit entry about to be inserted with the id of the HTTP request that made it
/// (<see cref="HttpContext.TraceIdentifier"/>, which <c>RequestIds</c> sets from <c>X-Request-Id</c>), so
/// <see cref="AuditLog.Record"/> and its callers need not know about requests. Outside a request it leaves null.
/// </summary>
public sealed class AuditRequestIdInterceptor(IHttpContextAccessor http) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? db)
    {
        if (db is null || http.HttpContext?.TraceIdentifier is not { Length: > 0 } requestId)
        {
            return;
        }

        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State == EntityState.Added && entry.Entity.RequestId is null)
            {
                entry.Entity.RequestId = requestId;
            }
        }
    }
}
