namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Recognizes the column header row of a task table ("Stt · Tên nhiệm vụ · Cơ quan chủ trì · …"),
/// printed once or again after each page break, so that parsers skip it instead of reading a task.
/// </summary>
public static class ColumnHeaders
{
    private static readonly HashSet<string> Labels =
    [
        "tt", "stt", "so tt", "so thu tu",
        "nhiem vu", "ten nhiem vu", "noi dung", "noi dung nhiem vu", "nhiem vu cu the",
        "san pham", "san pham dau ra", "ket qua", "ket qua thuc hien", "ket qua dau ra",
        "tien do", "tien do thuc hien", "tien do hoan thanh", "thoi gian", "thoi han",
        "thoi gian hoan thanh", "thoi han hoan thanh", "thoi gian thuc hien",
        "trach nhiem", "trach nhiem thuc hien", "co quan thuc hien", "don vi thuc hien",
        "co quan chu tri", "co quan phoi hop", "don vi chu tri", "don vi phoi hop", "chu tri", "phoi hop",
        "phan cong", "phan cong thuc hien", "ghi chu",
    ];

    /// <summary>True for a printed column label ("Sản phẩm", "Thời hạn Hoàn thành", "(3)").</summary>
    public static bool IsLabel(string cell)
    {
        var folded = VietnameseText.Fold(cell).Trim('.', ':', ' ');
        return Labels.Contains(folded)
            || (folded.Length is >= 3 and <= 4 && folded[0] == '(' && folded[^1] == ')' && folded[1..^1].All(char.IsDigit));
    }

    /// <summary>True when the row's non-empty cells are all column labels and there are at least three.</summary>
    public static bool IsHeaderRow(IReadOnlyCollection<string> cells)
    {
        var printed = cells.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        return printed.Count >= 3 && printed.All(IsLabel);
    }
}
