using System.Globalization;
using ParGraph.Server.Errors;
using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

/// <summary>Reads the global IDs the report mutations take; a malformed one is a VALIDATION error on its field.</summary>
internal static class ReportIds
{
    public static int Decode(string? id, string typeName, string field) =>
        GlobalId.TryDecode((id ?? "").Trim(), out var type, out var key)
        && type == typeName
        && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiException.Validation($"\"{id}\" is not the ID of a {typeName.ToLowerInvariant()}; use an `id` returned by this API.", field);

    public static int? DecodeOptional(string? id, string typeName, string field) =>
        string.IsNullOrWhiteSpace(id) ? null : Decode(id, typeName, field);
}
