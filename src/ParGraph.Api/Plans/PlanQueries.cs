using GraphQL.Types;
using ParGraph.Api.Data;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Plans;

public sealed class PlanQueries : IQueryFields
{
    /// <summary>Newest document first.</summary>
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
        [SortKey.Descend((Plan p) => p.IssuedOn), SortKey.Descend((Plan p) => p.Id)];

    public void AddFields(ObjectGraphType query)
    {
        query.EntityConnection<ParGraphDbContext, PlanType, Plan, PlanFilterInputType, PlanSortInputType>("plans", db => db.Plans, DefaultOrder)
            .Description("Programmes, annual plans, thematic plans and frameworks, newest first.");

        query.EntityLookup<ParGraphDbContext, PlanType, Plan>(
                "planByNumber", "documentNumber", "Document number as printed (số ký hiệu).",
                (db, number) => db.Plans.Where(p => p.DocumentNumber == number))
            .Description("The plan with this document number, e.g. `3049/QĐ-UBND`, or null.");
    }
}
