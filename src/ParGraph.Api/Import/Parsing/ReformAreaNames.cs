using System.Text.RegularExpressions;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Import.Parsing;

/// <summary>
/// The reform area a section heading names, e.g. "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)" →
/// <see cref="ReformArea.Procedures"/>. Matching ignores case, accents and spacing; the first
/// phrase found in this order wins; a heading that names none is <see cref="ReformArea.Other"/>.
/// </summary>
public static class ReformAreaNames
{
    private static readonly (Regex Phrase, ReformArea Area)[] Phrases =
    [
        (Phrase("the che"), ReformArea.Institutions),
        (Phrase("thu tuc hanh chinh"), ReformArea.Procedures),
        (Phrase("tthc"), ReformArea.Procedures),
        (Phrase("mot cua"), ReformArea.Procedures),
        (Phrase("bo may"), ReformArea.Apparatus),
        (Phrase("cong vu"), ReformArea.CivilService),
        (Phrase("can bo, cong chuc"), ReformArea.CivilService),
        (Phrase("tai chinh cong"), ReformArea.PublicFinance),
        (Phrase("chinh quyen dien tu"), ReformArea.DigitalGovernment),
        (Phrase("chinh quyen so"), ReformArea.DigitalGovernment),
        (Phrase("chinh phu dien tu"), ReformArea.DigitalGovernment),
        (Phrase("chinh phu so"), ReformArea.DigitalGovernment),
        (Phrase("hien dai hoa hanh chinh"), ReformArea.DigitalGovernment),
        (Phrase("chi dao"), ReformArea.Direction),
    ];

    /// <summary>The area a heading names; false (and OTHER) when it names none.</summary>
    public static bool TryFromHeading(string heading, out ReformArea area)
    {
        area = FromHeading(heading);
        return area != ReformArea.Other;
    }

    public static ReformArea FromHeading(string heading)
    {
        var folded = VietnameseText.Fold(heading);
        foreach (var (phrase, area) in Phrases)
        {
            if (phrase.IsMatch(folded))
            {
                return area;
            }
        }

        return ReformArea.Other;
    }

    private static Regex Phrase(string folded) =>
        new($@"\b{Regex.Escape(folded)}\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
