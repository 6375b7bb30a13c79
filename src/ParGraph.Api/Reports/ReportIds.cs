using ParGraph.Server.Schema;

namespace ParGraph.Api.Reports;

/// <summary>Reads the global IDs the report mutations take; a malformed one is a VALIDATION error on its field.</summary>
internal static class ReportIds
{
    public static int Decode(string? id, string typeName, string field) => GlobalId.DecodeInt32(id, typeName, field);

    public static int? DecodeOptional(string? id, string typeName, string field) =>
        string.IsNullOrWhiteSpace(id) ? null : Decode(id, typeName, field);
}
