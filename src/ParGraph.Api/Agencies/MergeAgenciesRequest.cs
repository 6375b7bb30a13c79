using ParGraph.Server.Errors;

namespace ParGraph.Api.Agencies;

/// <summary>A <see cref="MergeAgenciesInput"/> checked for everything that needs no database: codes, duplicates, the day.</summary>
public sealed record MergeAgenciesRequest(IReadOnlyList<string> From, string Into, DateOnly On)
{
    public const int MaxFrom = 100;

    /// <summary>The earliest merger day accepted: the registry starts with the 2021–2030 programme; older dates are typos.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public IEnumerable<string> Codes => From.Append(Into);

    public static MergeAgenciesRequest Parse(MergeAgenciesInput input, DateOnly today)
    {
        var into = Normalize(input.Into);
        if (into.Length == 0)
        {
            throw ApiException.Validation("Give the code of the successor agency.", "input.into");
        }

        var from = (input.From ?? []).Select(Normalize).ToList();
        if (from.Count == 0 || from.Count > MaxFrom)
        {
            throw ApiException.Validation($"List between 1 and {MaxFrom} agencies to dissolve.", "input.from");
        }

        if (from.FirstOrDefault(c => c.Length == 0) is not null)
        {
            throw ApiException.Validation("An agency code in from is empty.", "input.from");
        }

        if (from.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw ApiException.Validation($"Agency {duplicate.Key} is listed more than once in from.", "input.from");
        }

        if (from.Contains(into, StringComparer.Ordinal))
        {
            throw ApiException.Validation($"Agency {into} cannot be dissolved into itself: it is both in from and into.", "input.from");
        }

        if (input.On < Earliest || input.On > today.AddYears(1))
        {
            throw ApiException.Validation(
                $"The merger day {input.On:yyyy-MM-dd} must lie between {Earliest:yyyy-MM-dd} and a year from today ({today.AddYears(1):yyyy-MM-dd}).",
                "input.on");
        }

        return new MergeAgenciesRequest(from, into, input.On);
    }

    /// <summary>The agencies of the request, read from the registry, checked against each other; throws VALIDATION.</summary>
    public (Agency Into, IReadOnlyList<Agency> From) Resolve(IReadOnlyDictionary<string, Agency> registry)
    {
        if (!registry.TryGetValue(Into, out var into))
        {
            throw ApiException.Validation($"There is no agency with code \"{Into}\" to be the successor.", "input.into");
        }

        if (into.Kind == AgencyKind.Group)
        {
            throw ApiException.Validation($"{Into} is a group of agencies; a group cannot be a successor.", "input.into");
        }

        if (into.SuccessorId is not null || into.ValidTo is not null)
        {
            throw ApiException.Validation($"{Into} is dissolved or ends on {into.ValidTo:yyyy-MM-dd}; it cannot take over other agencies.", "input.into");
        }

        if (into.ValidFrom is { } intoFrom && intoFrom > On)
        {
            throw ApiException.Validation($"{Into} exists only from {intoFrom:yyyy-MM-dd}, after the merger day {On:yyyy-MM-dd}.", "input.on");
        }

        var dissolved = new List<Agency>(From.Count);
        foreach (var code in From)
        {
            dissolved.Add(registry.TryGetValue(code, out var agency)
                ? Check(agency)
                : throw ApiException.Validation($"There is no agency with code \"{code}\" to dissolve.", "input.from"));
        }

        return (into, dissolved);
    }

    private Agency Check(Agency agency)
    {
        if (agency.Kind == AgencyKind.Group)
        {
            throw ApiException.Validation($"{agency.Code} is a group of agencies, not an agency; groups cannot be dissolved by a merger.", "input.from");
        }

        if (agency.SuccessorId is not null || agency.ValidTo is not null)
        {
            throw ApiException.Validation($"{agency.Code} is already dissolved (its last day is {agency.ValidTo:yyyy-MM-dd}).", "input.from");
        }

        if (agency.ValidFrom is { } validFrom && validFrom >= On)
        {
            throw ApiException.Validation(
                $"{agency.Code} exists only from {validFrom:yyyy-MM-dd}; a merger on {On:yyyy-MM-dd} would end it before it began.", "input.on");
        }

        return agency;
    }

    private static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();
}
