using System.Buffers.Text;
using System.Text;
using ParGraph.Server.Errors;

namespace ParGraph.Server.Schema;

/// <summary>Opaque global IDs (<c>base64url("Type:key")</c>) for <c>Node.id</c>, <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, object key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    public static bool TryDecode(string id, out string typeName, out string key)
    {
        typeName = key = string.Empty;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(id);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        (typeName, key) = (text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <summary>The integer key of a global ID of <paramref name="typeName"/> given as input, or <c>VALIDATION</c> naming <paramref name="field"/>.</summary>
    public static int DecodeInt32(string? id, string typeName, string field) =>
        id is not null && TryDecode(id.Trim(), out var type, out var key) && type == typeName
            && int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiException.Validation($"\"{id}\" is not the ID of a {typeName.ToLowerInvariant()}; use an `id` returned by this API.", field);

    /// <summary>As <see cref="DecodeInt32"/>, for an optional input: null when it is left out or blank.</summary>
    public static int? DecodeOptionalInt32(string? id, string typeName, string field) =>
        string.IsNullOrWhiteSpace(id) ? null : DecodeInt32(id, typeName, field);
}
