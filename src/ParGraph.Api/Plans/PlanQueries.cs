using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
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
        query.Connection<PlanType, Plan>("plans")
            .Description("Programmes, annual plans, thematic plans and frameworks, newest first.")
            .ResolveAsync(async context => await context.WithDbAsync((db, _) =>
                context.ToConnectionAsync(db.Plans.AsNoTracking(), DefaultOrder)));

        query.Field<PlanType>("planByNumber")
            .Description("The plan with this document number, e.g. `3049/QĐ-UBND`, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("documentNumber", "Document number as printed (số ký hiệu).")
            .ResolveAsync(context => context.WithDbAsync(async (db, ct) =>
            {
                var number = context.GetArgument<string>("documentNumber").Trim();
                return (object?)await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.DocumentNumber == number, ct);
            }));
    }
}
