using GraphQL;
using GraphQL.Types;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Audit;

public sealed class AuditQueries : IQueryFields
{
    /// <summary>Newest first.</summary>
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
        [SortKey.Descend((AuditEntry e) => e.At), SortKey.Descend((AuditEntry e) => e.Id)];

    public void AddFields(ObjectGraphType query) =>
        query.EntityConnection<ParGraphDbContext, AuditEntryType, AuditEntry>("auditLog", db => db.AuditEntries, DefaultOrder)
            .Description("Every recorded change, newest first (SNV PAR office only).")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin);
}
