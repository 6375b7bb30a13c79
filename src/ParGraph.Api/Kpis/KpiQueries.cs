using GraphQL.Types;
using ParGraph.Api.Data;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Kpis;

public sealed class KpiQueries : IQueryFields
{
    public static readonly IReadOnlyList<SortKey> DefaultOrder =
        [SortKey.Ascending((Kpi k) => k.Code), SortKey.Ascending((Kpi k) => k.Id)];

    public void AddFields(ObjectGraphType query)
    {
        query.EntityConnection<ParGraphDbContext, KpiType, Kpi, KpiFilterInputType, KpiSortInputType>("kpis", db => db.Kpis, DefaultOrder)
            .Description("KPIs and national indices with their targets and measurements, ordered by code.");

        query.EntityLookup<ParGraphDbContext, KpiType, Kpi>(
                "kpiByCode", "code", "KPI code, e.g. `SIPAS`.",
                (db, code) => db.Kpis.Where(k => k.Code == code.ToUpperInvariant()))
            .Description("The KPI with this code (case-insensitive), or null.");
    }
}
