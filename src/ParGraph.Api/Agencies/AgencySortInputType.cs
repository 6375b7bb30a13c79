using ParGraph.Server.Sorting;

namespace ParGraph.Api.Agencies;

public sealed class AgencySortInputType : SortInputGraphType<Agency>
{
    public AgencySortInputType()
    {
        Name = "AgencySortInput";
        Description = "Sort agencies.";
        Sort("code", a => a.Code, "By code.");
        Sort("name", a => a.Name, "By name.");
        Sort("kind", a => a.Kind, "By kind.");
        Sort("validFrom", a => a.ValidFrom, "By the first day the agency exists.");
        Sort("validTo", a => a.ValidTo, "By the last day the agency exists.");
    }
}
