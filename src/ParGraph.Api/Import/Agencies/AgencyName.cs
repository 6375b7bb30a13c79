using ParGraph.Api.Agencies;

namespace ParGraph.Api.Import.Agencies;

/// <summary>An agency (or GROUP of agencies) as the resolver knows it: every way the documents may print it.</summary>
/// <param name="Code">Stable code the resolver answers with, e.g. <c>SNV</c>, <c>ALL-DISTRICTS</c>.</param>
/// <param name="Name">Full Vietnamese name.</param>
/// <param name="ShortName">Short form, e.g. <c>Sở TT&amp;TT</c>.</param>
/// <param name="Aliases">Other spellings printed in the documents.</param>
/// <param name="Kind">The agency's kind; department names also match without "Sở" in lists ("Các Sở: Tài chính, Nội vụ").</param>
public sealed record AgencyName(
    string Code,
    string Name,
    string? ShortName,
    IReadOnlyList<string> Aliases,
    AgencyKind Kind)
{
    /// <summary>Name, short name and aliases.</summary>
    public IEnumerable<string> Spellings =>
        new[] { Name, ShortName }.OfType<string>().Concat(Aliases).Where(s => !string.IsNullOrWhiteSpace(s));
}
