using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Data;
using ParGraph.Api.Plans;
using ParGraph.Server.Batching;
using ParGraph.Server.Filtering;
using ParGraph.Server.Paging;
using ParGraph.Server.Schema;
using ParGraph.Server.Sorting;

namespace ParGraph.Api.Kpis;

public sealed class KpiType : ObjectGraphType<Kpi>
{
    private static readonly IReadOnlyList<SortKey> MeasurementOrder =
        [SortKey.Descend((KpiMeasurement m) => m.On), SortKey.Descend((KpiMeasurement m) => m.Id)];

    public KpiType()
    {
        Name = "Kpi";
        Description = "A quantitative indicator (chỉ tiêu) the plans set targets for, or a national index (PAR Index, SIPAS, PAPI, PCI, DTI).";
        this.ImplementsNode(k => k.Id);
        Field(k => k.Code).Description("Stable code, e.g. `SIPAS` or one derived from the indicator.");
        Field(k => k.Name).Description("What is measured, in Vietnamese as the plans word it.");
        Field(k => k.Description, nullable: true).Description("More about the indicator.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("indicators")
            .Description("How the plans word the indicator besides `name`: an imported target whose indicator reads so is attached to this KPI.")
            .Resolve(c => c.Source.Indicators);
        Field<NonNullGraphType<KpiUnitEnum>>("unit").Description("Unit of the values.").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<KpiDirectionEnum>>("direction").Description("Whether higher or lower is better.").Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<KpiKindEnum>>("kind").Description("Indicator or national index.").Resolve(c => c.Source.Kind);
        Field<ReformAreaEnum>("area").Description("The reform area, when the plan groups it under one.").Resolve(c => c.Source.Area);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiTargetType>>>>("targets")
            .Description("Targets by year, from the plans.").Resolve(c => c.Load(KpiLoaders.TargetsByKpiId, c.Source.Id));
        this.Connection<Kpi, KpiMeasurementType, KpiMeasurement>("measurements")
            .Filterable<Kpi, object, KpiMeasurementFilterInputType>()
            .Sortable<Kpi, object, KpiMeasurementSortInputType>()
            .Description("Measured values, newest first.")
            .Resolve(c => c.LoadChildConnection<ParGraphDbContext, Kpi, KpiMeasurement, int>(
                c.Source.Id,
                db => db.Kpis,
                k => k.Id,
                db => db.KpiMeasurements,
                m => m.KpiId,
                c.SortKeys<KpiMeasurement, KpiMeasurementSortInputType>(MeasurementOrder),
                c.FilterExpression<KpiMeasurement, KpiMeasurementFilterInputType>()));
        Field<KpiMeasurementType>("latest").Description("The newest province-wide measurement.")
            .Resolve(c => c.Load(KpiLoaders.LatestMeasurementByKpiId, c.Source.Id));
        Field<KpiAttainmentType>("attainment")
            .Description("How the KPI stands in the year against the target in force (see `KpiAttainment`); null when no target is set for that year or later.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year to judge, e.g. 2024.")
            .Resolve(c =>
            {
                var (kpi, year) = (c.Source, c.GetArgument<int>("year")); // not the context: it may be reused once the resolver returns
                var targets = c.Load(KpiLoaders.TargetsByKpiId, kpi.Id);
                var measurements = c.Load(KpiLoaders.ProvinceMeasurementsByKpiId, kpi.Id);
                return targets.Then(t => measurements.Then(m => KpiAttainmentRules.For(kpi, t ?? [], m ?? [], year)));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiYearValueType>>>>("trend")
            .Description("The province-wide value of each year that has one (the latest measurement dated in it), oldest first.")
            .Argument<IntGraphType>("from", "First year (default: the first measured).")
            .Argument<IntGraphType>("to", "Last year (default: the last measured).")
            .Resolve(c =>
            {
                var (from, to) = (c.GetArgument<int?>("from"), c.GetArgument<int?>("to"));
                return c.Load(KpiLoaders.ProvinceMeasurementsByKpiId, c.Source.Id).Then(m => KpiYearValue.Trend(m ?? [], from, to));
            });
    }
}
