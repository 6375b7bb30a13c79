using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;
using ParGraph.Server.Sorting;

namespace ParGraph.Api.Audit;

public sealed class AuditQueries : IQueryFields
{
    /// <summary>Newest first.</summary>
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
        [SortKey.Descend((AuditEntry e) => e.At), SortKey.Descend((AuditEntry e) => e.Id)];

    public void AddFields(ObjectGraphType query) =>
        query.EntityConnection<ParGraphDbContext, AuditEntryType, AuditEntry, AuditEntryFilterInputType, AuditEntrySortInputType>(
                "auditLog", (db, context) => Entries(db, context.GetArgument<bool>("archived")), DefaultOrder)
            .Argument<NonNullGraphType<BooleanGraphType>>("archived", a =>
            {
                a.DefaultValue = false;
                a.Description = "Read the archive (entries the retention job moved out of the live log) instead of the live log.";
            })
            .Description("Every recorded change, newest first (SNV PAR office only).")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin);

    /// <summary>The live log, or the archive read as audit entries (same ids, same fields), untracked.</summary>
    private static IQueryable<AuditEntry> Entries(ParGraphDbContext db, bool archived) =>
        !archived ? db.AuditEntries.AsNoTracking() : db.AuditArchive.AsNoTracking().Select(a => new AuditEntry
        {
            Id = a.Id, At = a.At, Subject = a.Subject, Username = a.Username, AgencyCode = a.AgencyCode,
            Operation = a.Operation, EntityType = a.EntityType, EntityId = a.EntityId,
            Before = a.Before, After = a.After, RequestId = a.RequestId,
        });
}
