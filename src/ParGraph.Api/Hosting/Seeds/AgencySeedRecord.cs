using ParGraph.Api.Agencies;

namespace ParGraph.Api.Hosting.Seeds;

/// <summary>One row of <c>seeds/agencies.csv</c>: an agency or a collective group of agencies.</summary>
/// <param name="Code">Stable upper-case ASCII code, e.g. <c>SNV</c>, <c>UBND-NHATRANG</c>, <c>ALL-DISTRICTS</c>.</param>
/// <param name="Name">Vietnamese name as the documents print it.</param>
/// <param name="ShortName">Short form, e.g. <c>Sở TT&amp;TT</c>.</param>
/// <param name="Kind">DEPARTMENT, DISTRICT, … in the file; GROUP for collective assignees.</param>
/// <param name="Aliases">Other spellings used by the documents, for matching text to agencies.</param>
/// <param name="ParentCode">The agency this one is a unit of, if any.</param>
/// <param name="GroupCodes">Codes of the GROUP rows this agency belongs to.</param>
public sealed record AgencySeedRecord(
    string Code,
    string Name,
    string? ShortName,
    AgencyKind Kind,
    IReadOnlyList<string> Aliases,
    string? ParentCode,
    IReadOnlyList<string> GroupCodes);
