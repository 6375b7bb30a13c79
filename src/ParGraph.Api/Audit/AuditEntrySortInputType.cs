using ParGraph.Server.Sorting;

namespace ParGraph.Api.Audit;

public sealed class AuditEntrySortInputType : SortInputGraphType<AuditEntry>
{
    public AuditEntrySortInputType()
    {
        Name = "AuditEntrySortInput";
        Description = "Sort audit entries.";
        Sort("at", e => e.At, "By time.");
        Sort("operation", e => e.Operation, "By operation.");
        Sort("entityType", e => e.EntityType, "By kind of entity.");
        Sort("entityId", e => e.EntityId, "By entity key.");
        Sort("username", e => e.Username, "By who made the change.");
        Sort("agencyCode", e => e.AgencyCode, "By agency.");
        Sort("requestId", e => e.RequestId, "By request.");
    }
}
