namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// Where each column of a thematic plan table is (0-based field indexes), read from its header row;
/// -1 for a column the header does not print. Needs at least the number, task, lead and coordinating columns.
/// </summary>
internal sealed record ThematicColumns(int Title, int Lead, int Coordinating, int Deadline, int Product)
{
    public static ThematicColumns? FromHeader(string line)
    {
        var fields = line.Split('\t');
        if (!ColumnHeaders.IsHeaderRow(fields))
        {
            return null;
        }

        var folded = fields.Select(VietnameseText.Fold).ToList();
        int Find(params string[] words) => folded.FindIndex(f => words.Any(f.Contains));
        var number = folded.FindIndex(f => f is "stt" or "tt" or "so tt");
        var columns = new ThematicColumns(
            Find("nhiem vu", "noi dung"), Find("chu tri"), Find("phoi hop"),
            Find("thoi han", "thoi gian", "tien do"), Find("san pham", "ket qua"));
        return number == 0 && columns.Title > 0 && columns.Lead > 0 && columns.Coordinating > 0 ? columns : null;
    }
}
