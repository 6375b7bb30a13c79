using ParGraph.Server.Sorting;

namespace ParGraph.Api.Plans;

public sealed class PlanSortInputType : SortInputGraphType<Plan>
{
    public PlanSortInputType()
    {
        Name = "PlanSortInput";
        Description = "Sort plans.";
        Sort("documentNumber", p => p.DocumentNumber, "By document number (text order).");
        Sort("title", p => p.Title, "By title.");
        Sort("kind", p => p.Kind, "By kind.");
        Sort("issuedOn", p => p.IssuedOn, "By the date the document was issued.");
        Sort("periodStart", p => p.PeriodStart, "By the first day of the plan's period.");
        Sort("status", p => p.Status, "By status.");
    }
}
