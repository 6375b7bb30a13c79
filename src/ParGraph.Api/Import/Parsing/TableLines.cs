using System.Text;

namespace ParGraph.Api.Import.Parsing;

/// <summary>Splits a document into lines (index i is line i + 1), NFC-normalized, without carriage returns.</summary>
internal static class TableLines
{
    public static IReadOnlyList<string> Split(string text) =>
        text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
}
