using ParGraph.Api.Import.Agencies;
using ParGraph.Api.Tests.Seeds;

namespace ParGraph.Api.Tests.Import;

/// <summary>
/// Responsibility cells as printed in the seed documents, with the agencies an independent reading gives.
/// Expected codes are comma-separated, unresolved names '|'-separated, in printed order.
/// </summary>
public sealed class AgencyResolverTests
{
    internal static readonly Lazy<AgencyResolver> Resolver =
        new(() => new AgencyResolver(AgencyDirectory.FromSeeds(TestSeeds.Agencies)));

    [Theory]
    // 000 (2024 plan): one cell, lead and coordinating together
    [InlineData("Sở Tư pháp chủ trì hướng dẫn; các cơ quan, đơn vị liên quan phối hợp", "STP", "", "")]
    [InlineData("Ban quản lý Khu kinh tế Vân Phong chủ trì, phối hợp các cơ quan liên quan tham mưu", "BQLKKTVP", "", "")]
    [InlineData("Sở Nội vụ chủ trì tham mưu", "SNV", "", "")]
    [InlineData("Sở Khoa học và Công nghệ chủ trì; các sở, ngành, địa phương phối hợp", "SKHCN", "ALL-AGENCIES", "")]
    [InlineData("- Sở Y tế chủ trì xây dựng\n- Các sở, ban, ngành và các cơ quan liên quan phối hợp thực hiện", "SYT", "ALL-DEPARTMENTS", "")]
    [InlineData("- Sở Y tế chủ trì xây dựng - Các sở, ban, ngành và các cơ quan liên quan phối hợp thực hiện", "SYT", "ALL-DEPARTMENTS", "")]
    [InlineData("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành, địa phương và các đơn vị liên quan tham mưu UBND tỉnh xây dựng Chương trình hành động", "SKHDT", "ALL-AGENCIES", "")]
    [InlineData("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành, hiệp hội có liên quan và Phòng Thương mại và Công nghiệp Việt Nam (VCCI) tham mưu Ủy ban nhân dân tỉnh tổ chức", "SKHDT", "ALL-DEPARTMENTS,VCCI", "hiệp hội")]
    [InlineData("Sở Kế hoạch và Đầu tư chủ trì phối hợp các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố; các Hội, Hiệp hội doanh nghiệp; VCCI Khánh Hòa", "SKHDT", "ALL-DEPARTMENTS,ALL-DISTRICTS,VCCI", "các Hội, Hiệp hội doanh nghiệp")]
    [InlineData("Sở Tài chính chủ trì, phối hợp các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố", "STC", "ALL-DEPARTMENTS,ALL-DISTRICTS", "")]
    [InlineData("- Các cơ quan, đơn vị, địa phương chủ động rà soát, đề xuất tái cấu trúc các thủ tục hành chính, dịch vụ công của tỉnh - Văn phòng Ủy ban nhân dân tỉnh tổng hợp, trình cấp có thẩm quyền xem xét, quyết định", "ALL-AGENCIES,VPUBND", "", "")]
    [InlineData("- Các sở, ban, ngành, Ủy ban nhân dân cấp huyện - Văn phòng Ủy ban nhân dân tỉnh thẩm tra, trình Chủ tịch UBND tỉnh xem xét, quyết định", "ALL-DEPARTMENTS,ALL-DISTRICTS,VPUBND", "", "")]
    [InlineData("- Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Sở Thông tin và Truyền thông, Sở Nội vụ và các cơ quan liên quan hướng dẫn - Các sở, ban, ngành và các cơ quan liên quan thực hiện", "VPUBND", "STTTT,SNV,ALL-DEPARTMENTS", "")]
    [InlineData("- Các cơ quan đơn vị rà soát, xây dựng Đề án thu phí gửi Sở Tài chính thẩm định - Sở Tài chính thẩm định trình UBND tỉnh phê duyệt đề án và thực hiện trình tự thủ tục tham mưu UBND tỉnh trình HĐND tỉnh ban hành Nghị quyết", "STC", "", "Các cơ quan đơn vị")]
    [InlineData("Các sở, ban, ngành phối hợp với Ủy ban nhân dân cấp huyện trên cơ sở hướng dẫn của Bộ, ngành rà soát, hoàn thiện quy định gửi Sở Nội vụ thẩm định, trình Ủy ban nhân dân tỉnh ban hành", "ALL-DEPARTMENTS", "ALL-DISTRICTS", "")]
    [InlineData("- Các cơ quan, đơn vị, địa phương xây dựng Đề án, gửi Sở Nội vụ thẩm định, trình Ủy ban nhân dân tỉnh - Các phòng chuyên môn cấp huyện trình UBND cấp huyện đối với các đơn vị sự nghiệp thuộc thẩm quyền quyết định của UBND cấp huyện.", "ALL-AGENCIES", "", "Các phòng chuyên môn cấp huyện")]
    [InlineData("- Các sở, ngành chủ trì triển khai xây dựng, tham mưu theo từng ngành, lĩnh vực hoạt động - Các cơ quan, đơn vị, địa phương phối hợp tham gia ý kiến, đề xuất nội dung", "ALL-DEPARTMENTS", "ALL-AGENCIES", "")]
    [InlineData("- Sở Nội vụ chủ trì, tổng hợp hồ sơ Đề án của các địa phương, tham mưu Ủy ban nhân dân tỉnh xây dựng Đề án trình Hội đồng nhân dân tỉnh thông qua chủ trương theo quy định của pháp luật. - Sau khi Hội đồng nhân dân tỉnh thông qua chủ trương, Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh hoàn thiện hồ sơ Đề án trình Bộ Nội vụ theo quy định", "SNV", "", "")]
    [InlineData("Sở Nội vụ, Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành tham mưu", "SNV,STC", "ALL-DEPARTMENTS", "")]
    [InlineData("- Các cơ quan quản lý các đơn vị sự nghiệp công lập chủ trì - Sở Tài chính thẩm định phương án", "", "STC", "Các cơ quan quản lý các đơn vị sự nghiệp công lập")]
    [InlineData("Sở Tài chính chủ trì, phối hợp các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố, doanh nghiệp nhà nước", "STC", "ALL-DEPARTMENTS,ALL-DISTRICTS", "doanh nghiệp nhà nước")]
    [InlineData("Sở Thông tin và Truyền thông chủ trì phối hợp với các sở, ban ngành liên quan", "STTTT", "ALL-DEPARTMENTS", "")]
    [InlineData("Sở Nội vụ chủ trì phối hợp với Sở Thông tin và Truyền thông, các sở, ngành, địa phương liên quan tham gia triển khai nhiệm vụ đề án", "SNV", "STTTT,ALL-AGENCIES", "")]
    [InlineData("- Sở Khoa học và Công nghệ chủ trì, phối hợp: Sở Thông tin và Truyền thông và Văn phòng UBND tỉnh - 10 cơ quan hành chính ở 03 cấp áp dụng thử nghiệm", "SKHCN", "STTTT,VPUBND", "10 cơ quan hành chính ở 03 cấp")]
    [InlineData("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Tài chính, Kho bạc Nhà nước tỉnh thực hiện", "SKHDT", "VPUBND,STC,KBNN", "")]
    [InlineData("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Nội vụ, Sở Thông tin và Truyền thông, Trung tâm Phục vụ hành chính công thực hiện", "SKHDT", "VPUBND,SNV,STTTT,TTPVHCC", "")]
    [InlineData("Sở Nội vụ chủ trì, phối hợp với Sở Y tế, Sở Giáo dục và Đào tạo, Văn phòng UBND tỉnh, UBND các huyện, thị xã, thành phố và các sở, ban, ngành liên quan", "SNV", "SYT,SGDDT,VPUBND,ALL-DISTRICTS,ALL-DEPARTMENTS", "")]
    [InlineData("Sở Nội vụ chủ trì; các cơ quan thành viên chuẩn bị theo lĩnh vực phân công", "SNV", "", "")]
    // 004 (2020 progress report): assignment column, joined across its wrapped lines
    [InlineData("- Các Sở Giáo dục và Đào tạo, Y tế, Lao động, Thương binh và Xã hội, Văn hóa và Thể thao xây dựng và trình UBND tỉnh Đề án - Sở Kế hoạch và Đầu tư tổng hợp, đôn đốc - Các Sở: Tài chính, Nội vụ phối hợp với Sở Kế hoạch và Đầu tư thẩm định", "SGDDT,SYT,SLDTBXH,SVHTT,SKHDT", "STC,SNV", "")]
    [InlineData("Sở Nội vụ chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy, Sở Kế hoạch và Đầu tư, Sở Lao động - Thương binh và Xã hội", "SNV", "BTCTU,SKHDT,SLDTBXH", "")]
    [InlineData("Sở Lao động, Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị có liên quan thực hiện", "SLDTBXH", "", "")]
    [InlineData("Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các ngành, cơ quan liên quan tham mưu UBND tỉnh", "SNNPTNT", "", "")]
    [InlineData("Thanh tra tỉnh chủ trì phối hợp với Sở Thông tin và Truyền thông thực hiện", "TTT", "STTTT", "")]
    [InlineData("- Các Sở: Tài chính, Kế hoạch và Đầu tư, Nội vụ thẩm định", "STC,SKHDT,SNV", "", "")]
    [InlineData("Sở Nội vụ chủ trì, phối hợp với các sở: Tài chính, Khoa học và Công nghệ", "SNV", "STC,SKHCN", "")]
    [InlineData("- Sở Khoa học và Công nghệ chủ trì tham mưu - Các sở, ngành, địa phương phối hợp tổ chức thực hiện", "SKHCN", "ALL-AGENCIES", "")]
    [InlineData("Các sở có đơn vị sự nghiệp kinh tế, sự nghiệp kinh tế khác trực thuộc chủ trì phối hợp với Sở Tài chính tham mưu UBND tỉnh", "", "STC", "Các sở có đơn vị sự nghiệp kinh tế, sự nghiệp kinh tế khác trực thuộc")]
    [InlineData("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính và các sở có liên quan", "SKHDT", "STC", "các sở")]
    [InlineData("Các sở thường trực chương trình tham mưu UBND tỉnh", "", "", "Các sở thường trực chương trình")]
    [InlineData("Sở Nội vụ chủ trì, phối hợp với các sở: Tài chính, Khoa học và Công nghệ, Lao động - Thương binh và Xã hội, các cơ quan, tổ chức có liên quan", "SNV", "STC,SKHCN,SLDTBXH", "")]
    [InlineData("- Cục Thuế tỉnh, Cục Hải quan tỉnh, Kho bạc Nhà nước, Bảo hiểm xã hội tỉnh tham mưu tổ chức - Sở Kế hoạch và Đầu tư chủ trì tham mưu tổ chức", "SKHDT", "CUCTHUE,CUCHAIQUAN,KBNN,BHXH", "")]
    public void Cell_ResolvesAsPrinted(string cell, string lead, string coordinating, string unresolved) =>
        AssertResolved(Resolver.Value.Resolve(cell), lead, coordinating, unresolved);

    [Theory]
    // 002 (plan 10562/KH-UBND): lead and coordinating columns
    [InlineData("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn", "Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông và các cơ quan có liên quan", "ALL-DEPARTMENTS,ALL-DISTRICTS,ALL-COMMUNES", "VPUBND,STTTT", "")]
    [InlineData("Các sở, ban, ngành và các cơ quan liên quan.", "Văn phòng UBND tỉnh, Sở Tư pháp, Sở Nội vụ và các cơ quan liên quan", "ALL-DEPARTMENTS", "VPUBND,STP,SNV", "")]
    [InlineData("Các cơ quan chuyên môn về ngành, lĩnh vực thuộc UBND tỉnh", "Văn phòng UBND tỉnh", "ALL-DEPARTMENTS", "VPUBND", "")]
    [InlineData("Sở Thông tin và Truyền thông, Công an tỉnh", "Các cơ quan, đơn vị có liên quan", "STTTT,CAT", "", "")]
    [InlineData("Văn phòng UBND tỉnh", "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Cục Thuế tỉnh, Bảo hiểm xã hội tỉnh và các cơ quan có liên quan.", "VPUBND", "CAT,BCHQS,CUCTHUE,BHXH", "")]
    [InlineData("Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông, các cơ quan, đơn vị, địa phương có liên quan.", "SKHDT", "STTTT,ALL-AGENCIES", "")]
    [InlineData("Sở Thông tin và Truyền thông", "Đài Phát thanh-Truyền hình Khánh Hòa, Báo Khánh Hòa, Văn phòng UBND tỉnh và các cơ quan, đơn vị có liên quan", "STTTT", "DAIPTTH,BAOKH,VPUBND", "")]
    [InlineData("Các sở, ban, ngành", "Trên cơ sở dự toán kinh phí của các cơ quan, đơn vị được giao nhiệm vụ và ý kiến của các cơ quan có chức năng liên quan, Sở Tài chính cân đối, tham mưu cấp có thẩm quyền bố trí kinh phí theo đúng quy định của pháp luật.", "ALL-DEPARTMENTS", "STC", "")]
    // 001 (PAPI framework): implementing agency as lead, guiding/inspecting agency as coordinating
    [InlineData("- UBND cấp xã;\n- Trưởng thôn/Tổ trưởng Tổ dân phố (gọi chung là Trưởng thôn).", "UBND cấp huyện", "ALL-COMMUNES", "ALL-DISTRICTS", "Trưởng thôn/Tổ trưởng Tổ dân phố")]
    [InlineData("- UBND cấp huyện; - UBND cấp xã; - Ban Tiếp công dân cấp huyện.", "- Thanh tra tỉnh; - UBND cấp huyện.", "ALL-DISTRICTS,ALL-COMMUNES", "TTT", "Ban Tiếp công dân cấp huyện")]
    [InlineData("- Bảo hiểm xã hội tỉnh, cấp huyện; - Sở Y tế và các cơ sở y tế; - Công an tỉnh, công an cấp huyện, cấp xã; - UBND cấp xã.", "Bảo hiểm xã hội tỉnh", "BHXH,SYT,CAT,ALL-COMMUNES", "", "Bảo hiểm xã hội cấp huyện|các cơ sở y tế|công an cấp huyện, cấp xã")]
    [InlineData("- Sở Xây dựng; - UBND cấp huyện, cấp xã.", "Sở Xây dựng", "SXD,ALL-DISTRICTS,ALL-COMMUNES", "", "")]
    [InlineData("- Sở Tài nguyên và Môi trường, Văn phòng Đăng ký đất đai tỉnh và các chi nhánh (gọi chung là Văn phòng Đăng ký đất đai); - UBND cấp huyện; - UBND cấp xã; - Trung tâm Công báo Khánh Hòa.", "Sở Tài nguyên và Môi trường", "STNMT,VPDKDD,ALL-DISTRICTS,ALL-COMMUNES,TTCB", "", "")]
    [InlineData("Các cơ quan chuyên môn thuộc UBND tỉnh và Ban Quản lý Khu kinh tế Vân Phong", "Văn phòng UBND tỉnh", "ALL-DEPARTMENTS", "VPUBND", "")]
    [InlineData("- Các doanh nghiệp viễn thông; - UBND cấp huyện.", "Sở Thông tin và Truyền thông", "ALL-DISTRICTS", "STTTT", "Các doanh nghiệp viễn thông")]
    [InlineData("Công ty Cổ phần điện lực Khánh Hòa", "Sở Công Thương", "DIENLUC-KH", "SCT", "")]
    [InlineData("Ban Thanh tra Nhân dân, Ban Giám sát cộng đồng", "UBND cấp huyện", "", "ALL-DISTRICTS", "Ban Thanh tra Nhân dân, Ban Giám sát cộng đồng")]
    public void Columns_ResolveAsPrinted(string lead, string coordinating, string leadCodes, string coordinatingCodes, string unresolved) =>
        AssertResolved(Resolver.Value.Resolve(lead, coordinating), leadCodes, coordinatingCodes, unresolved);

    [Theory]
    [InlineData("Các Sở: Tài chính, Kế hoạch và Đầu tư, Nội vụ", "STC,SKHDT,SNV", "")]
    [InlineData("Các Sở: Tài chính, Lao động, Thương binh và Xã hội, Nội vụ", "STC,SLDTBXH,SNV", "")]
    [InlineData("Sở Nội vụ, Sở Tư pháp và Văn phòng UBND tỉnh", "SNV,STP,VPUBND", "")]
    [InlineData("Sở GD&ĐT, Sở LĐTB&XH, Sở NN&PTNT, Sở TN&MT", "SGDDT,SLDTBXH,SNNPTNT,STNMT", "")]
    [InlineData("UBND TP. Nha Trang, UBND thị xã Ninh Hoà", "UBND-NHATRANG,UBND-NINHHOA", "")]
    [InlineData("UBND các huyện, thị xã, thành phố", "ALL-DISTRICTS", "")]
    [InlineData("Sở TT&TT chủ trì, phối hợp với Sở KH&ĐT và VP UBND tỉnh", "STTTT", "SKHDT,VPUBND")]
    [InlineData("Sở Tài chính phối hợp", "", "STC")]
    [InlineData("Sở Nội vụ chủ trì, phối hợp với Sở Nội vụ và Sở Tư pháp", "SNV", "STP")]
    public void ListsAndRoles_Resolve(string cell, string lead, string coordinating) =>
        AssertResolved(Resolver.Value.Resolve(cell), lead, coordinating, "");

    [Theory]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch chủ trì", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("Sở Nội vụ chủ trì, phối hợp với Hội Luật gia tỉnh", "Hội Luật gia tỉnh")]
    [InlineData("Chi cục Thuế khu vực chủ trì", "Chi cục Thuế khu vực")]
    public void UnknownName_IsReported_NeverDroppedOrInvented(string cell, string unknown)
    {
        var resolved = Resolver.Value.Resolve(cell);
        Assert.Equal([unknown], resolved.Unresolved);
        Assert.True(resolved.NeedsReview);
        Assert.DoesNotContain("CUCTHUE", resolved.LeadCodes);
    }

    [Theory]
    [InlineData("Các cơ quan, đơn vị liên quan xây dựng danh mục dịch vụ nhà nước đặt hàng gửi Sở Tài chính phối hợp tham mưu UBND tỉnh")]
    [InlineData("Sở Tài chính phối hợp")]
    [InlineData("hợp với các cơ quan liên quan tham mưu UBND tỉnh ban hành")] // 004: the lead was lost with the PDF column
    public void CellWithoutLead_NeedsReview(string cell)
    {
        var resolved = Resolver.Value.Resolve(cell);
        Assert.Empty(resolved.LeadCodes);
        Assert.Empty(resolved.Unresolved);
        Assert.True(resolved.NeedsReview);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Nothing_ResolvesToNothing(string? cell)
    {
        AssertResolved(Resolver.Value.Resolve(cell), "", "", "");
        AssertResolved(Resolver.Value.Resolve(cell, cell), "", "", "");
        Assert.False(Resolver.Value.Resolve(cell).NeedsReview);
    }

    internal static void AssertResolved(ResolvedAssignment actual, string lead, string coordinating, string unresolved)
    {
        Assert.Equal(Codes(lead), actual.LeadCodes);
        Assert.Equal(Codes(coordinating), actual.CoordinatingCodes);
        Assert.Equal(unresolved.Length == 0 ? [] : unresolved.Split('|'), actual.Unresolved);
    }

    private static string[] Codes(string codes) => codes.Length == 0 ? [] : codes.Split(',');
}
