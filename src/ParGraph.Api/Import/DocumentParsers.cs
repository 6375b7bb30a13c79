using ParGraph.Api.Import.Parsing;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Import;

/// <summary>The parsers of every layout; picks the one that recognises a text.</summary>
public sealed class DocumentParsers(IEnumerable<IDocumentParser> parsers)
{
    private readonly IReadOnlyList<IDocumentParser> all = [.. parsers];

    public ParsedDocument Parse(string fileName, string text)
    {
        var matching = all.Where(p => p.Recognizes(text)).ToList();
        return matching.Count switch
        {
            1 => matching[0].Parse(text),
            0 => throw ApiException.Validation(
                $"{fileName} does not look like any document ParGraph can read (annual plan table, thematic plan table, PAPI framework, programme, progress report).",
                "input.text"),
            _ => throw ApiException.Validation(
                $"{fileName} looks like several layouts ({string.Join(", ", matching.Select(p => p.Layout))}); it cannot be read safely.",
                "input.text"),
        };
    }
}
