using ParGraph.Server.Filtering;

namespace ParGraph.Api.Plans;

public sealed class PlanSectionFilterInputType : FilterInputGraphType<PlanSection>
{
    public PlanSectionFilterInputType()
    {
        Configure("PlanSectionFilterInput", "Conditions on a section of a plan.");
        Filter<EnumOperationFilterInputType<ReformAreaEnum>, ReformArea>("area", s => s.Area, "The reform area.");
        Filter<StringOperationFilterInputType, string>("title", s => s.Title, "The title.");
    }
}
