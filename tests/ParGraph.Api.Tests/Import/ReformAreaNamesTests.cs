using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Tests.Import;

public class ReformAreaNamesTests
{
    [Theory]
    [InlineData("CẢI CÁCH THỂ CHẾ", ReformArea.Institutions)]
    [InlineData("1. Cải cách thể chế", ReformArea.Institutions)]
    [InlineData("CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)", ReformArea.Procedures)]
    [InlineData("Về cải cách thủ tục hành chính, cắt giảm quy định liên quan đến hoạt động kinh doanh", ReformArea.Procedures)]
    [InlineData("Về nâng cao hiệu quả thực thi thủ tục hành chính phục vụ người dân, doanh nghiệp", ReformArea.Procedures)]
    [InlineData("CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG", ReformArea.Procedures)]
    [InlineData("CẢI CÁCH TỔ CHỨC BỘ MÁY", ReformArea.Apparatus)]
    [InlineData("3. Cải cách tổ chức bộ máy hành chính nhà nước", ReformArea.Apparatus)]
    [InlineData("CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", ReformArea.CivilService)]
    [InlineData("XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC", ReformArea.CivilService)]
    [InlineData("CẢI CÁCH TÀI CHÍNH CÔNG", ReformArea.PublicFinance)]
    [InlineData("XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", ReformArea.DigitalGovernment)]
    [InlineData("6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", ReformArea.DigitalGovernment)]
    [InlineData("HIỆN ĐẠI HÓA HÀNH CHÍNH", ReformArea.DigitalGovernment)]
    [InlineData("Hiện đại hoá hành chính", ReformArea.DigitalGovernment)]
    [InlineData("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", ReformArea.Direction)]
    [InlineData("Hiện đại hóa phương thức chỉ đạo, điều hành phục vụ người dân, doanh nghiệp", ReformArea.Direction)]
    [InlineData("Các nhiệm vụ khác", ReformArea.Other)]
    [InlineData("Tham gia của người dân ở cấp cơ sở", ReformArea.Other)]
    [InlineData("Dịch vụ công", ReformArea.Other)]
    [InlineData("", ReformArea.Other)]
    public void FromHeading_NamesTheArea(string heading, ReformArea area) =>
        Assert.Equal(area, ReformAreaNames.FromHeading(heading));
}
