namespace ParGraph.Api.Import.Parsing;

/// <summary>Reads one layout of the province's documents.</summary>
public interface IDocumentParser
{
    DocumentLayout Layout { get; }

    /// <summary>True when <paramref name="text"/> looks like this layout (header rows, headings).</summary>
    bool Recognizes(string text);

    ParsedDocument Parse(string text);
}
