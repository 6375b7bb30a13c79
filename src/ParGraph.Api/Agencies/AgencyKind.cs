namespace ParGraph.Api.Agencies;

public enum AgencyKind
{
    Department,
    District,
    Commune,
    Vertical,
    ProvinceBody,
    External,
    Group,
}
