using System.ComponentModel;

namespace ParGraph.Api.Agencies;

public enum AgencyKind
{
    [Description("Provincial department or department-level body (sở, ban, ngành).")]
    Department,

    [Description("District-level People's Committee (UBND cấp huyện: city, town or district).")]
    District,

    [Description("Commune-level People's Committee (UBND cấp xã: commune, ward or township).")]
    Commune,

    [Description("Provincial branch of a central agency (ngành dọc), e.g. provincial police, social insurance.")]
    Vertical,

    [Description("Other province-level body, e.g. the People's Committee office (Văn phòng UBND tỉnh).")]
    ProvinceBody,

    [Description("Body outside the provincial administration: ministries, mass organisations, enterprises.")]
    External,

    [Description("A collective assignee the documents name, e.g. \"Các sở, ban, ngành\" (all departments).")]
    Group,
}
