using ParGraph.Server.Filtering;

namespace ParGraph.Api.Plans;

public sealed class PlanFilterInputType : FilterInputGraphType<Plan>
{
    public PlanFilterInputType()
    {
        Configure("PlanFilterInput", "Conditions on a plan.");
        Filter<StringOperationFilterInputType, string?>("documentNumber", p => p.DocumentNumber, "The document number, e.g. `3049/QĐ-UBND`.");
        Filter<StringOperationFilterInputType, string>("title", p => p.Title, "The title (contains: accent-insensitive).");
        Filter<EnumOperationFilterInputType<PlanKindEnum>, PlanKind>("kind", p => p.Kind, "The kind of document.");
        Filter<EnumOperationFilterInputType<PlanStatusEnum>, PlanStatus>("status", p => p.Status, "Whether the plan is in force.");
        Filter<DateOperationFilterInputType, DateOnly?>("issuedOn", p => p.IssuedOn, "The date it was issued.");
    }
}
