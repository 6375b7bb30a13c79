using GraphQL.Types;

namespace ParGraph.Api.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One recorded change: who made it, when, through which operation, and the entity before and after.";
        Field(e => e.At).Description("When the change was committed.");
        Field(e => e.Username, nullable: true).Description("Username of the person or client that made the change; null for the system (e.g. seeding).");
        Field(e => e.Subject, nullable: true).Description("Keycloak subject (user id) of the caller.");
        Field(e => e.AgencyCode, nullable: true).Description("The agency the change was made for, when there is one.");
        Field(e => e.Operation).Description("The mutation or job, e.g. `upsertAgency`, `seed`.");
        Field(e => e.EntityType).Description("The kind of entity changed, e.g. `Agency`.");
        Field(e => e.EntityId, nullable: true).Description("Key of the entity changed, e.g. an agency code.");
        Field(e => e.Before, nullable: true).Description("The entity before the change, as JSON; null when it was created.");
        Field(e => e.After, nullable: true).Description("The entity after the change, as JSON; null when it was deleted.");
        Field(e => e.RequestId, nullable: true).Description("The request that made the change, as returned in its `X-Request-Id` response header; null for jobs.");
    }
}
