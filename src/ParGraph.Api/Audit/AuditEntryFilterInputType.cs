using ParGraph.Server.Filtering;

namespace ParGraph.Api.Audit;

public sealed class AuditEntryFilterInputType : FilterInputGraphType<AuditEntry>
{
    public AuditEntryFilterInputType()
    {
        Configure("AuditEntryFilterInput", "Conditions on an audit entry.");
        Filter<StringOperationFilterInputType, string>("operation", e => e.Operation, "The mutation or job, e.g. `mergeAgencies`.");
        Filter<StringOperationFilterInputType, string>("entityType", e => e.EntityType, "The kind of entity, e.g. `Agency`, `Task`.");
        Filter<StringOperationFilterInputType, string?>("entityId", e => e.EntityId, "The key of the entity, e.g. an agency code.");
        Filter<StringOperationFilterInputType, string?>("username", e => e.Username, "Who made the change.");
        Filter<StringOperationFilterInputType, string?>("agencyCode", e => e.AgencyCode, "The agency the change was made for.");
        Filter<DateTimeOperationFilterInputType, DateTimeOffset>("at", e => e.At, "When the change was committed.");
        Filter<StringOperationFilterInputType, string?>("requestId", e => e.RequestId, "The request that made the change (`X-Request-Id`).");
    }
}
