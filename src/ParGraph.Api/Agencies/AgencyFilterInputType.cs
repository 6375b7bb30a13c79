using ParGraph.Server.Filtering;

namespace ParGraph.Api.Agencies;

public sealed class AgencyFilterInputType : FilterInputGraphType<Agency>
{
    public AgencyFilterInputType()
    {
        Configure("AgencyFilterInput", "Conditions on an agency.");
        Filter<StringOperationFilterInputType, string>("code", a => a.Code, "The code, e.g. `SNV`.");
        Filter<StringOperationFilterInputType, string>("name", a => a.Name, "The Vietnamese name (contains: accent-insensitive).");
        Filter<StringOperationFilterInputType, string?>("shortName", a => a.ShortName, "The short name.");
        Filter<EnumOperationFilterInputType<AgencyKindEnum>, AgencyKind>("kind", a => a.Kind, "The kind of body.");
        Filter<DateOperationFilterInputType, DateOnly?>("validTo", a => a.ValidTo, "The last day the agency exists.");
    }
}
