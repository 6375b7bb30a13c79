using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using ParGraph.Api.Identity;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Kpis;

public sealed class KpiMutations : IMutationFields
{
    public void AddFields(ObjectGraphType mutation)
    {
        mutation.InputMutation<DefineKpiInputType, DefineKpiPayloadType>(
                "defineKpi",
                "Creates a KPI or replaces the definition of the one with the same code (SNV PAR office).",
                "The KPI's definition.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => new DefineKpiPayload(await Service(c).DefineAsync(
                c.Input<DefineKpiInput>(), c.User, c.CancellationToken)));

        mutation.InputMutation<SetKpiTargetInputType, SetKpiTargetPayloadType>(
                "setKpiTarget",
                "Sets a KPI's target for one year, replacing that year's target if there is one (SNV PAR office).",
                "The KPI, the year and the target.")
            .AuthorizeWithRoles(ParGraphRoles.ParAdmin)
            .ResolveAsync(async c => await Service(c).SetTargetAsync(
                c.Input<SetKpiTargetInput>(), c.User, c.CancellationToken));

        mutation.InputMutation<RecordKpiMeasurementInputType, RecordKpiMeasurementPayloadType>(
                "recordKpiMeasurement",
                "Records a measured value of a KPI: for an agency (its editors or the SNV PAR office) or province-wide (SNV PAR office).",
                "The KPI, the day, the value and its source.")
            .AuthorizeWithPolicy(ParGraphPolicies.AgencyEditor)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<KpiMeasurementService>().RecordAsync(
                c.Input<RecordKpiMeasurementInput>(), c.User, c.CancellationToken));
    }

    private static KpiService Service(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<KpiService>();
}
