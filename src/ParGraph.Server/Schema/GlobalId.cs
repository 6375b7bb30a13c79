using System.Buffers.Text;
using System.Text;

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
}
