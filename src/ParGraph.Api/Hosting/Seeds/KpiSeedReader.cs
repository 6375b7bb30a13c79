using System.Globalization;
using System.Text.Json;
using CsvHelper;
using ParGraph.Api.Kpis;
using ParGraph.Api.Plans;

namespace ParGraph.Api.Hosting.Seeds;

/// <summary>
/// Reads the KPI catalogue (<c>seeds/kpis.csv</c>: code, name, kind, unit, direction, area, indicators
/// separated by '|', description) and the published results (<c>seeds/kpi-measurements.csv</c>: kpi, year,
/// value, rank, rank_out_of, source, note). RFC 4180, UTF-8, header row; enums as in the schema (<c>HIGHER_IS_BETTER</c>).
/// </summary>
public static class KpiSeedReader
{
    public static readonly IReadOnlyList<string> KpiColumns =
        ["code", "name", "kind", "unit", "direction", "area", "indicators", "description"];

    public static readonly IReadOnlyList<string> MeasurementColumns =
        ["kpi", "year", "value", "rank", "rank_out_of", "source", "note"];

    private static readonly CsvReaderOptions CsvOptions = CsvReaderOptions.Default with
    {
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
        TrackLineNumbers = true,
    };

    public static IReadOnlyList<KpiSeedRecord> ReadKpis(TextReader reader) =>
        Read(reader, "kpis.csv", KpiColumns, row => new KpiSeedRecord(
            row.Required("code").ToUpperInvariant(),
            row.Required("name"),
            ParseEnum<KpiKind>(row.Required("kind")),
            ParseEnum<KpiUnit>(row.Required("unit")),
            ParseEnum<KpiDirection>(row.Required("direction")),
            row.Optional("area") is { } area ? ParseEnum<ReformArea>(area) : null,
            row.Optional("indicators")?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [],
            row.Optional("description")));

    public static IReadOnlyList<KpiMeasurementSeedRecord> ReadMeasurements(TextReader reader) =>
        Read(reader, "kpi-measurements.csv", MeasurementColumns, row => new KpiMeasurementSeedRecord(
            row.Required("kpi").ToUpperInvariant(),
            int.Parse(row.Required("year"), CultureInfo.InvariantCulture),
            double.Parse(row.Required("value"), CultureInfo.InvariantCulture),
            row.Optional("rank") is { } rank ? int.Parse(rank, CultureInfo.InvariantCulture) : null,
            row.Optional("rank_out_of") is { } outOf ? int.Parse(outOf, CultureInfo.InvariantCulture) : null,
            row.Required("source"),
            row.Optional("note")));

    /// <summary>Parses an enum value as the schema spells it (SCREAMING_CASE).</summary>
    public static T ParseEnum<T>(string text)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString()) == text)
            {
                return value;
            }
        }

        throw new FormatException($"Unknown {typeof(T).Name} '{text}'.");
    }

    private static IReadOnlyList<T> Read<T>(TextReader reader, string file, IReadOnlyList<string> columns, Func<Row, T> read)
    {
        using var csv = CsvReader.Create(reader, CsvOptions, leaveOpen: true);
        var missing = columns.Except(csv.Headers).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"{file} lacks the column(s) {string.Join(", ", missing)}.");
        }

        var records = new List<T>();
        while (csv.Read())
        {
            var row = new Row(csv, file);
            try
            {
                records.Add(read(row));
            }
            catch (FormatException error) when (!error.Message.StartsWith(file, StringComparison.Ordinal))
            {
                throw new FormatException($"{file} line {row.Line}: {error.Message}", error);
            }
        }

        return records;
    }

    private sealed class Row(CsvReader csv, string file)
    {
        public long Line { get; } = csv.LineNumber;

        public string? Optional(string column) =>
            csv.GetString(column).Trim() is { Length: > 0 } value ? value : null;

        public string Required(string column) =>
            Optional(column) ?? throw new FormatException($"{file} line {Line}: '{column}' is empty.");
    }
}
