using System.Buffers.Text;
using System.Text.Json;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Paging;

/// <summary>
/// Opaque cursor: the row's values of every sort key (the id tiebreaker last), so the next page
/// starts after that row even when rows are inserted before it.
/// </summary>
public static class KeysetCursor
{
    /// <summary>The cursor of a row whose key values were read with it (see <see cref="KeyedRow{T}"/>).</summary>
    public static string Encode(object?[] values) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(values));

    public static object?[] Decode(IReadOnlyList<SortKey> keys, string cursor, string argument)
    {
        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = json.RootElement;
            if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != keys.Count)
            {
                throw Invalid(argument);
            }

            var values = new object?[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                values[i] = items[i].Deserialize(keys[i].ValueType);
            }

            return values;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException or InvalidOperationException)
        {
            throw Invalid(argument);
        }
    }

    private static ApiException Invalid(string argument) => ApiException.Validation(
        $"The cursor in `{argument}` is not valid for this list and order; use a cursor from the same query.", argument);
}
