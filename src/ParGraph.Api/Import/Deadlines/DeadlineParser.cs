using System.Text;
using System.Text.RegularExpressions;
using ParGraph.Api.Import.Parsing;
using ParGraph.Api.Tasks;

namespace ParGraph.Api.Import.Deadlines;

/// <summary>
/// Reads a Vietnamese deadline phrase as printed in a plan ("Quý III/2024", "Trước ngày 15/12/2022.",
/// "Thường xuyên", "Theo tiến độ của Trung ương") into a <see cref="Deadline"/> (README, Importing documents). Pure.
/// <list type="bullet">
/// <item>Ongoing or repeated phrases ("Thường xuyên", "Hằng năm", "Định kỳ", "Mỗi năm …") are RECURRING, due null.</item>
/// <item>A phrase that opens with a condition ("Theo …", "Sau khi …", "Khi …", "Trên cơ sở …") is
/// CONTINGENT, even when it cites a dated document ("Theo Quyết định số … ngày 19/5/2023").</item>
/// <item>Otherwise every period named is read (day, month, quarter, half-year, year, span of years);
/// the deadline is due at the latest one and starts at the earliest, with the kind of the latest:
/// "Tháng 11/2022, chậm nhất tháng 03/2023." is MONTH, 2022-11-01 … 2023-03-31. A lone day is
/// DATE with no start ("Trước ngày 15/12/2022" is due that day). Two separate years make a RANGE.</item>
/// <item>A month, quarter or half-year without a year takes <c>planYear</c>; without one it is not read.</item>
/// <item>Anything else is UNSPECIFIED (CONTINGENT if it speaks of progress or guidance to come), text kept.</item>
/// </list>
/// </summary>
public static partial class DeadlineParser
{
    public static Deadline Parse(string? text, int? planYear = null)
    {
        var printed = Printed(text);
        if (printed is null)
        {
            return new Deadline();
        }

        var deadline = new Deadline { Text = printed };
        var folded = VietnameseText.Fold(printed);
        if (Recurring().IsMatch(folded))
        {
            deadline.Kind = DeadlineKind.Recurring;
            return deadline;
        }

        if (ContingentOpening().IsMatch(folded.TrimStart('-', '+', '*', '•', ' ')))
        {
            deadline.Kind = DeadlineKind.Contingent;
            return deadline;
        }

        var periods = DeadlinePeriods.Find(folded, planYear);
        if (periods.Count == 0)
        {
            deadline.Kind = ContingentPhrase().IsMatch(folded) ? DeadlineKind.Contingent : DeadlineKind.Unspecified;
            return deadline;
        }

        var latest = periods.MaxBy(p => p.Due)!;
        deadline.Due = latest.Due;
        deadline.Start = periods.Count == 1 ? latest.Start : periods.Min(p => p.Start ?? p.Due);
        deadline.Kind = periods.Count > 1 && periods.All(p => p.Kind == DeadlineKind.Year)
            ? DeadlineKind.Range
            : latest.Kind;
        return deadline;
    }

    /// <summary>The text as printed: markup removed, each line single-spaced and trimmed, blank lines dropped.</summary>
    private static string? Printed(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = Markup().Replace(text.Normalize(NormalizationForm.FormC), " ")
            .Split('\n')
            .Select(VietnameseText.SingleSpace)
            .Where(line => line.Length > 0)
            .ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    [GeneratedRegex(@"\b(thuong xuyen|hang nam|hang quy|hang thang|hang tuan|hang ngay|dinh ky|moi nam|moi quy|moi thang|lien tuc)\b")]
    private static partial Regex Recurring();

    [GeneratedRegex(@"^(theo|sau khi|sau|khi|tuy theo|tuy thuoc|tren co so|can cu|cho den khi|phu thuoc)\b")]
    private static partial Regex ContingentOpening();

    [GeneratedRegex(@"\b(theo tien do|sau khi|khi co|theo huong dan|theo chi dao|theo ke hoach|theo quy dinh)\b")]
    private static partial Regex ContingentPhrase();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();
}
