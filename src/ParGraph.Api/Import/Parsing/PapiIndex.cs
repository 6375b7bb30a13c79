using System.Globalization;
using System.Text;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// The dimensions and sub-dimensions of the national PAPI survey (UNDP/CECODES, eight dimensions since
/// 2018). The framework table prints them in merged cells that the extraction cuts at page breaks, moves
/// between columns and splices together; matching against the index tells a dimension from a
/// sub-dimension and repairs cut names. Names not in the index are still read, with a warning.
/// </summary>
internal static class PapiIndex
{
    public sealed record Entry(string Dimension, string? SubDimension)
    {
        public string Name => SubDimension ?? Dimension;
    }

    public sealed record Match(Entry Entry, double Score);

    private static readonly (string Dimension, string[] Subs)[] Dimensions =
    [
        ("Tham gia của người dân ở cấp cơ sở",
            ["Tri thức công dân", "Cơ hội tham gia", "Chất lượng bầu cử", "Đóng góp tự nguyện"]),
        ("Công khai, minh bạch trong việc ra quyết định",
            ["Tiếp cận thông tin", "Công khai, minh bạch danh sách hộ nghèo", "Công khai, minh bạch ngân sách cấp xã",
             "Công khai, minh bạch kế hoạch sử dụng đất và khung giá đất"]),
        ("Trách nhiệm giải trình với người dân",
            ["Mức độ và hiệu quả tương tác với chính quyền địa phương",
             "Giải đáp khiếu nại, tố cáo, phản ánh của người dân", "Tiếp cận dịch vụ tư pháp"]),
        ("Kiểm soát tham nhũng trong khu vực công",
            ["Kiểm soát tham nhũng trong chính quyền địa phương", "Kiểm soát tham nhũng trong cung ứng dịch vụ công",
             "Công bằng trong tuyển dụng nhân lực vào khu vực công", "Quyết tâm chống tham nhũng"]),
        ("Thủ tục hành chính công",
            ["Dịch vụ chứng thực, xác nhận", "Thủ tục cấp giấy phép xây dựng",
             "Thủ tục cấp giấy chứng nhận quyền sử dụng đất", "Thủ tục hành chính cấp xã"]),
        ("Cung ứng dịch vụ công",
            ["Y tế công lập", "Giáo dục tiểu học công lập", "Cơ sở hạ tầng căn bản",
             "An ninh, trật tự tại địa bàn khu dân cư"]),
        ("Quản trị môi trường",
            ["Nghiêm túc trong bảo vệ môi trường", "Chất lượng không khí", "Chất lượng nước"]),
        ("Quản trị điện tử",
            ["Sử dụng cổng thông tin điện tử của chính quyền địa phương",
             "Tiếp cận và sử dụng Internet tại địa phương", "Phúc đáp của chính quyền qua cổng thông tin điện tử"]),
    ];

    private static readonly (Entry Entry, string[] Words)[] Entries =
        Dimensions.SelectMany(d => d.Subs.Select(s => new Entry(d.Dimension, s)).Prepend(new Entry(d.Dimension, null)))
            .Select(e => (e, Words(e.Name)))
            .ToArray();

    /// <summary>Minimum word-overlap score (Dice over the longest common word subsequence) to accept a match.</summary>
    public const double Threshold = 0.6;

    /// <summary>The index entry the printed label names best, or null when none reaches <see cref="Threshold"/>.</summary>
    public static Match? Find(string label)
    {
        var words = Words(label);
        Match? best = null;
        foreach (var (entry, entryWords) in Entries)
        {
            var score = 2.0 * CommonSubsequence(words, entryWords) / (words.Length + entryWords.Length);
            if (score >= Threshold && (best is null || score > best.Score))
            {
                best = new Match(entry, score);
            }
        }

        return best;
    }

    public static string[] Words(string text) =>
        text.ToLower(CultureInfo.GetCultureInfo("vi-VN")).Normalize(NormalizationForm.FormC)
            .Split([' ', ',', '.', ';', ':', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static int CommonSubsequence(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1]
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
