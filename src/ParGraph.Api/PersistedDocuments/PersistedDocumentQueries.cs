using GraphQL;
using GraphQL.Types;
using ParGraph.Api.Data;
using ParGraph.Api.Identity;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;

namespace ParGraph.Api.PersistedDocuments;

public sealed class PersistedDocumentQueries : IQueryFields
{
    /// <summary>Newest first.</summary>
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
        [SortKey.Descend((PersistedDocument d) => d.RegisteredAt), SortKey.Descend((PersistedDocument d) => d.Id)];

    public void AddFields(ObjectGraphType query) =>
        query.EntityConnection<ParGraphDbContext, PersistedDocumentType, PersistedDocument>(
                "persistedDocuments", db => db.PersistedDocuments, DefaultOrder)
            .Description("Documents registered with `registerPersistedDocument`, newest first (SNV PAR office only). Files of `schema/persisted` are not listed.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin);
}
