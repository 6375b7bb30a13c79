using System.ComponentModel;

namespace ParGraph.Api.Plans;

public enum ReformArea
{
    [Description("Institutional reform (cải cách thể chế).")]
    Institutions,

    [Description("Administrative procedure reform (cải cách thủ tục hành chính).")]
    Procedures,

    [Description("Reform of the administrative apparatus (cải cách tổ chức bộ máy).")]
    Apparatus,

    [Description("Civil service reform (cải cách chế độ công vụ).")]
    CivilService,

    [Description("Public finance reform (cải cách tài chính công).")]
    PublicFinance,

    [Description("E-government and digital government (xây dựng chính quyền điện tử, chính quyền số).")]
    DigitalGovernment,

    [Description("Direction and management of reform (công tác chỉ đạo, điều hành).")]
    Direction,

    [Description("Anything else, e.g. a PAPI dimension (see the section title).")]
    Other,
}
