using System.Globalization;
using System.Text.Json;
using CsvHelper;
using ParGraph.Api.Agencies;

namespace ParGraph.Api.Hosting.Seeds;

/// <summary>Reads the agency registry (<c>seeds/agencies.csv</c>, RFC 4180, UTF-8, header row).</summary>
public static class AgencySeedReader
{
    /// <summary>Separates the values of the multi-valued columns <c>aliases</c> and <c>groups</c>.</summary>
    public const char ListSeparator = '|';

    public static readonly IReadOnlyList<string> Columns =
        ["code", "name", "short_name", "kind", "aliases", "parent", "groups"];

    private static readonly Dictionary<string, AgencyKind> Kinds = Enum.GetValues<AgencyKind>()
        .ToDictionary(kind => JsonNamingPolicy.SnakeCaseUpper.ConvertName(kind.ToString()), StringComparer.Ordinal);

    private static readonly CsvReaderOptions CsvOptions = CsvReaderOptions.Default with
    {
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
        TrackLineNumbers = true,
    };

    public static IReadOnlyList<AgencySeedRecord> Read(TextReader reader)
    {
        using var csv = CsvReader.Create(reader, CsvOptions, leaveOpen: true);
        var missing = Columns.Except(csv.Headers).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException("agencies.csv lacks the column(s) " + string.Join(", ", missing) + ".");
        }

        var records = new List<AgencySeedRecord>();
        while (csv.Read())
        {
            records.Add(ReadRecord(csv));
        }

        return records;
    }

    /// <summary>Parses a kind as written in the file (SCREAMING_CASE, e.g. <c>PROVINCE_BODY</c>).</summary>
    public static AgencyKind ParseKind(string text) =>
        Kinds.TryGetValue(text, out var kind)
            ? kind
            : throw new FormatException($"Unknown agency kind '{text}'; expected one of {string.Join(", ", Kinds.Keys)}.");

    private static AgencySeedRecord ReadRecord(CsvReader csv)
    {
        var line = csv.LineNumber;
        string? Optional(string column)
        {
            var value = csv.GetString(column).Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        string Required(string column) =>
            Optional(column) ?? throw new FormatException($"agencies.csv line {line}: '{column}' is empty.");

        try
        {
            return new AgencySeedRecord(
                Required("code"),
                Required("name"),
                Optional("short_name"),
                ParseKind(Required("kind")),
                SplitList(Optional("aliases")),
                Optional("parent"),
                SplitList(Optional("groups")));
        }
        catch (FormatException error) when (!error.Message.StartsWith("agencies.csv", StringComparison.Ordinal))
        {
            throw new FormatException($"agencies.csv line {line}: {error.Message}", error);
        }
    }

    private static IReadOnlyList<string> SplitList(string? value) =>
        value is null
            ? []
            : value.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
