using ParGraph.Api.Plans;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>The small Vietnamese vocabulary demo titles are composed from (so accent-insensitive search finds them).</summary>
internal static class DemoVocabulary
{
    public static readonly string[] Verbs =
    [
        "Triển khai", "Rà soát", "Xây dựng", "Nâng cấp", "Tổ chức", "Kiểm tra", "Đẩy mạnh",
        "Hoàn thiện", "Đánh giá", "Tuyên truyền về", "Số hóa", "Chuẩn hóa",
    ];

    public static readonly string[] Objects =
    [
        "hồ sơ thủ tục hành chính", "dịch vụ công trực tuyến toàn trình", "cơ sở dữ liệu cán bộ, công chức",
        "hệ thống quản lý văn bản và điều hành", "Cổng dịch vụ công của tỉnh", "bộ phận Một cửa các cấp",
        "văn bản quy phạm pháp luật", "vị trí việc làm trong cơ quan hành chính", "chữ ký số chuyên dùng",
        "thanh toán trực tuyến phí, lệ phí", "chỉ số hài lòng của người dân (SIPAS)", "Trung tâm giám sát điều hành thông minh (IOC)",
        "cơ chế tự chủ tài chính của đơn vị sự nghiệp", "kỷ luật, kỷ cương hành chính", "đào tạo, bồi dưỡng công chức",
    ];

    public static readonly string[] Qualifiers =
    [
        "", "", "trên địa bàn tỉnh Khánh Hòa", "tại các sở, ban, ngành", "ở cấp huyện và cấp xã",
        "theo Đề án 06", "giai đoạn 2021–2030", "gắn với chuyển đổi số",
    ];

    public static readonly string[] Products =
    [
        "Kế hoạch", "Báo cáo kết quả", "Quyết định phê duyệt", "Văn bản hướng dẫn", "Hệ thống phần mềm",
        "Cơ sở dữ liệu", "Hội nghị", "Kết luận kiểm tra",
    ];

    public static string SectionTitle(ReformArea area) => area switch
    {
        ReformArea.Institutions => "Cải cách thể chế",
        ReformArea.Procedures => "Cải cách thủ tục hành chính",
        ReformArea.Apparatus => "Cải cách tổ chức bộ máy hành chính nhà nước",
        ReformArea.CivilService => "Cải cách chế độ công vụ",
        ReformArea.PublicFinance => "Cải cách tài chính công",
        ReformArea.DigitalGovernment => "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
        ReformArea.Direction => "Công tác chỉ đạo, điều hành",
        _ => "Nhiệm vụ khác",
    };

    public static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
}
