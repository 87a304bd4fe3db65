using System.Security.Cryptography;
using System.Text;
using FactCheck.Extraction;

namespace FactCheck.Features.Articles;

/// <summary>
/// The attributions of the articles this node extracted last, by the SHA-256 of their text: the desk's ingest page
/// previews an article and then opens its claims, and the text is extracted once, not twice. The server keeps them (it
/// never takes attributions back from the browser); a text it has not seen, or has forgotten, is extracted again.
/// The extractor is deterministic, so a remembered result is the result. At most <see cref="Capacity"/> texts, each
/// shorter than <see cref="LongestRemembered"/> characters (an article; a pasted book is extracted each time rather than
/// kept in memory).
/// </summary>
public sealed class ArticleExtractions
{
    public const int Capacity = 64;
    public const int LongestRemembered = 1_000_000;
    readonly Lock _lock = new();
    readonly Dictionary<string, IReadOnlyList<Attribution>> _byHash = new(StringComparer.Ordinal);
    readonly Queue<string> _order = new();

    /// <summary>How many extractions were answered from memory (for tests and the log).</summary>
    public int Reused { get; private set; }

    public IReadOnlyList<Attribution> For(string text)
    {
        if (text.Length >= LongestRemembered) return AttributionExtractor.Extract(text);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        lock (_lock)
            if (_byHash.TryGetValue(key, out var known))
            {
                Reused++;
                return known;
            }
        var found = AttributionExtractor.Extract(text);
        lock (_lock)
        {
            if (_byHash.TryAdd(key, found))
            {
                _order.Enqueue(key);
                while (_order.Count > Capacity) _byHash.Remove(_order.Dequeue());
            }
        }
        return found;
    }
}
