using System.Text;

namespace FactCheck.Web;

/// <summary>A local URL made safe for a Location header: every character outside printable ASCII is percent-encoded as UTF-8.</summary>
public static class LocalUrl
{
    public static string Encode(string url)
    {
        var sb = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F) { sb.Append((char)rune.Value); continue; }
            var n = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..n]) sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }
}
