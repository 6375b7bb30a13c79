namespace ParGraph.Api.Tests.Seeds;

/// <summary>
/// The distinct names of bodies printed in the responsibility cells of 000 (2024 plan) and in the
/// lead and coordinating columns of 002 (plan 10562/KH-UBND), spelled as printed, qualifiers such
/// as "có liên quan" cut off. Extracted by hand from the texts; the tests check that each occurs there.
/// </summary>
internal static class ResponsibilityNames
{
    /// <summary>Names that must resolve to exactly one registry entry.</summary>
    public static readonly string[] Resolvable =
    [
        // provincial departments and department-level bodies
        "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Sở Kế hoạch và Đầu tư",
        "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Sở Tài nguyên và Môi trường",
        "Sở Giáo dục và Đào tạo", "Sở Giáo dục và đào tạo", "Văn phòng Ủy ban nhân dân tỉnh",
        "Văn phòng UBND tỉnh",
        // other province-level bodies
        "Ban quản lý Khu kinh tế Vân Phong", "Trung tâm Phục vụ hành chính công", "UBND tỉnh",
        "Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh", "HĐND tỉnh", "Hội đồng nhân dân tỉnh",
        "Đài Phát thanh-Truyền hình Khánh Hòa",
        // central agencies' provincial branches
        "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Cục Thuế tỉnh", "Bảo hiểm xã hội tỉnh",
        "Kho bạc Nhà nước tỉnh",
        // external
        "Bộ Nội vụ", "Phòng Thương mại và Công nghiệp Việt Nam (VCCI)", "VCCI Khánh Hòa", "Báo Khánh Hòa",
        // collective groups
        "Các sở, ban, ngành", "các sở, ban ngành", "Các sở, ngành", "Các cơ quan, đơn vị, địa phương",
        "Các sở, ban, ngành, địa phương", "các sở, ngành, địa phương", "Các sở, ngành, đơn vị, địa phương",
        "Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố",
        "Ủy ban nhân dân cấp huyện", "UBND cấp huyện", "UBND các xã, phường, thị trấn",
        "Các cơ quan chuyên môn về ngành, lĩnh vực thuộc UBND tỉnh",
    ];

    /// <summary>
    /// Printed phrases that name no particular body ("relevant agencies", associations, state
    /// enterprises, units named by function): kept as text by the importer, never resolved.
    /// </summary>
    public static readonly string[] Unplaceable =
    [
        "các cơ quan liên quan", "các cơ quan có liên quan", "cơ quan, đơn vị liên quan",
        "các cơ quan, đơn vị có liên quan", "các cơ quan, đơn vị liên quan", "các đơn vị liên quan",
        "đơn vị liên quan", "Các cơ quan đơn vị", "các cơ quan thành viên", "hiệp hội",
        "các Hội, Hiệp hội doanh nghiệp", "doanh nghiệp nhà nước",
        "Cơ quan được ủy quyền giao nhiệm vụ, đặt hàng, đấu thầu cung cấp sản phẩm, dịch vụ sự nghiệp công",
        "Các cơ quan quản lý các đơn vị sự nghiệp công lập", "Các cơ quan đơn vị có tài sản",
        "10 cơ quan hành chính ở 03 cấp", "Các phòng chuyên môn cấp huyện", "Bộ, ngành",
    ];
}
