using System.IO.Compression;

namespace FactCheck.Extraction;

/// <summary>
/// A learned token tagger for attribution roles, stacked on the rules: an averaged structured perceptron with B/I/O
/// labels per role and Viterbi decoding per sentence. Two passes: the cue tagger runs first and the source and content
/// taggers see where its cues are; then all three run again, also seeing the first pass's sources and contents.
/// Features are hashed into a fixed table (no vocabulary, no text in the model), and the weights ship inside the
/// assembly (attribution.model, trained by `factcheck train attribution`). Pure C#, no download. Thread-safe: a
/// model is read-only once loaded.
/// A model may also read each token's contextual vector (<see cref="ContextVectors"/>: MiniLM's last layer, a linear
/// weight per label): the second shipped model, attribution-context.model, chosen with
/// FACTCHECK_ATTRIBUTION_MODEL=context. It finds more sources and cues and tags about 60 times slower.
/// </summary>
public sealed class AttributionTagger
{
    public const int Bits = 18;
    public const int Size = 1 << Bits;
    const uint Mask = Size - 1;
    public const int Labels = 3; // O, B, I
    public const int O = 0, B = 1, I = 2;
    public static readonly string[] Roles = ["Cue", "Source", "Content"];
    public const int CueRole = 0, SourceRole = 1, ContentRole = 2;

    /// <summary>
    /// Tables: 0–2 the first pass (cue, source, content), 3–5 the second pass. Emission weights per table:
    /// [feature * 3 + label]; transitions: [previous * 3 + label], previous 3 being the start of the sentence.
    /// </summary>
    public const int Tables = 6;
    public readonly float[][] Weights;

    /// <summary>
    /// A loaded model keeps its weights as the 16-bit values of the file with a scale per table: 9.4 MB in memory
    /// instead of 19 MB, and the same labels (the dev scores did not move).
    /// </summary>
    short[][]? _quantised;
    readonly float[] _scale = new float[Tables];

    /// <summary>A model to train (float weights, all zero).</summary>
    public AttributionTagger() : this(training: true) { }

    AttributionTagger(bool training) =>
        Weights = [.. Enumerable.Range(0, Tables).Select(_ => training ? new float[Size * Labels] : [])];
    public readonly float[][] Transitions = [.. Enumerable.Range(0, Tables).Select(_ => new float[4 * Labels])];

    /// <summary>
    /// Weights of the contextual vectors per table, [(label * DenseWindow + position) * Dimensions + k]; null for a model
    /// without them.
    /// </summary>
    public float[][]? Dense;

    /// <summary>How many tokens' vectors each token reads (1: its own; 3: also its neighbours').</summary>
    public int DenseWindow = 1;

    /// <summary>Per table, how much the decoder favours B and I over O: trades precision for recall.</summary>
    public readonly float[] Bias = new float[Tables];

    public const string ModelVariable = "FACTCHECK_ATTRIBUTION_MODEL";

    static readonly Lazy<AttributionTagger?> Embedded = new(LoadEmbedded);

    /// <summary>The value of FACTCHECK_ATTRIBUTION_MODEL that chooses the shipped model reading contextual vectors.</summary>
    public const string ContextModel = "context";

    /// <summary>
    /// The model named by the FACTCHECK_ATTRIBUTION_MODEL environment variable ("context" for the shipped contextual
    /// model, else the path of one trained with `factcheck train attribution`, on a desk's own annotations, say), else the
    /// model shipped with the assembly.
    /// </summary>
    public static AttributionTagger? Default => Embedded.Value;

    static readonly Lazy<AttributionTagger?> ShippedContextual = new(() => Shipped("FactCheck.Extraction.attribution-context.model"));

    /// <summary>The shipped model that also reads contextual vectors (what FACTCHECK_ATTRIBUTION_MODEL=context chooses).</summary>
    public static AttributionTagger? Contextual => ShippedContextual.Value;

    static AttributionTagger? Shipped(string resource)
    {
        using var s = typeof(AttributionTagger).Assembly.GetManifestResourceStream(resource);
        return s is null ? null : Load(s);
    }

    static AttributionTagger? LoadEmbedded()
    {
        var variable = Environment.GetEnvironmentVariable(ModelVariable);
        if (string.Equals(variable, ContextModel, StringComparison.OrdinalIgnoreCase))
            return Contextual ?? throw new InvalidOperationException($"{ModelVariable}={variable}: this build ships no contextual model");
        if (variable is { Length: > 0 } path)
        {
            try
            {
                using var f = File.OpenRead(path);
                return Load(f);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException)
            {
                throw new InvalidOperationException($"{ModelVariable}={path}: {ex.Message} (a model written by 'factcheck train attribution', or unset it for the shipped one)", ex);
            }
        }
        return Shipped("FactCheck.Extraction.attribution.model");
    }

    // ── Tagging ───────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Labels per token for every role, the cue pass first.</summary>
    public byte[][] Tag(Doc d)
    {
        if (Dense is not null && d.Context is null) d.Context = ContextVectors.Of(d);
        var cue1 = TagRole(d, CueRole, null);
        var (source1, content1) = TagBoth(d, SourceRole, ContentRole, cue1, null, null);
        var result = new byte[Roles.Length][];
        result[CueRole] = TagRole(d, 3 + CueRole, cue1, source1, content1);
        (result[SourceRole], result[ContentRole]) = TagBoth(d, 3 + SourceRole, 3 + ContentRole, result[CueRole], source1, content1);
        return result;
    }

    /// <summary>Two tables that read the same features (source and content of a pass): the features are built once.</summary>
    (byte[], byte[]) TagBoth(Doc d, int tableA, int tableB, byte[]? cues, byte[]? sources, byte[]? contents)
    {
        var a = new byte[d.Tokens.Length];
        var b = new byte[d.Tokens.Length];
        var feats = new Features();
        foreach (var (start, end) in d.Sentences)
        {
            feats.Build(d, start, end, cues, sources, contents);
            Decode(tableA, feats, a.AsSpan(start, end - start));
            Decode(tableB, feats, b.AsSpan(start, end - start));
        }
        return (a, b);
    }

    /// <summary>Labels from one table; <paramref name="table"/> is the role, plus 3 for the second pass.</summary>
    public byte[] TagRole(Doc d, int table, byte[]? cues, byte[]? sources = null, byte[]? contents = null)
    {
        var labels = new byte[d.Tokens.Length];
        var feats = new Features();
        for (var s = 0; s < d.Sentences.Length; s++)
        {
            var (start, end) = d.Sentences[s];
            feats.Build(d, start, end, cues, sources, contents);
            Decode(table, feats, labels.AsSpan(start, end - start));
        }
        return labels;
    }

    /// <summary>Viterbi over O/B/I with I never after O or at the start.</summary>
    public void Decode(int table, Features f, Span<byte> output)
    {
        var n = f.Count;
        if (n == 0) return;
        var w = Weights[table];
        var q = _quantised?[table];
        var scale = _scale[table];
        var tr = Transitions[table];
        Span<float> score = n * Labels <= 4096 ? stackalloc float[n * Labels] : new float[n * Labels];
        Span<byte> back = n * Labels <= 4096 ? stackalloc byte[n * Labels] : new byte[n * Labels];
        for (var i = 0; i < n; i++)
        {
            float eo = 0, eb = 0, ei = 0;
            if (q is not null)
            {
                int so = 0, sb = 0, si = 0;
                foreach (var id in f.Of(i))
                {
                    var k = id * Labels;
                    so += q[k]; sb += q[k + 1]; si += q[k + 2];
                }
                (eo, eb, ei) = (so * scale, sb * scale, si * scale);
            }
            else
                foreach (var id in f.Of(i))
                {
                    var k = id * Labels;
                    eo += w[k]; eb += w[k + 1]; ei += w[k + 2];
                }
            if (Dense is not null && f.Vectors is not null)
            {
                const int D = ContextVectors.Dimensions;
                var dw = Dense[table].AsSpan();
                var half = DenseWindow / 2;
                for (var pos = 0; pos < DenseWindow; pos++)
                {
                    var j = i + pos - half;
                    if (j < 0 || j >= n) continue;
                    var v = f.Vectors.AsSpan((f.VectorStart + j) * D, D);
                    eo += ContextVectors.Dot(v, dw.Slice((0 * DenseWindow + pos) * D, D));
                    eb += ContextVectors.Dot(v, dw.Slice((1 * DenseWindow + pos) * D, D));
                    ei += ContextVectors.Dot(v, dw.Slice((2 * DenseWindow + pos) * D, D));
                }
            }
            eo -= Bias[table];
            if (i == 0)
            {
                score[0] = eo + tr[3 * Labels + O];
                score[1] = eb + tr[3 * Labels + B];
                score[2] = float.NegativeInfinity;
                continue;
            }
            var p = (i - 1) * Labels;
            for (var y = 0; y < Labels; y++)
            {
                var best = float.NegativeInfinity;
                byte arg = 0;
                for (var x = 0; x < Labels; x++)
                {
                    if (y == I && x == O) continue;
                    var v = score[p + x] + tr[x * Labels + y];
                    if (v > best) { best = v; arg = (byte)x; }
                }
                score[i * Labels + y] = best + (y == O ? eo : y == B ? eb : ei);
                back[i * Labels + y] = arg;
            }
        }
        var last = (n - 1) * Labels;
        byte label = 0;
        for (byte y = 1; y < Labels; y++) if (score[last + y] > score[last + label]) label = y;
        for (var i = n - 1; i >= 0; i--)
        {
            output[i] = label;
            label = back[i * Labels + label];
        }
    }

    /// <summary>Spans of consecutive B/I labels as token index ranges [first, last].</summary>
    public static List<(int First, int Last)> Spans(byte[] labels)
    {
        var list = new List<(int, int)>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == O) continue;
            var j = i;
            while (j + 1 < labels.Length && labels[j + 1] == I) j++;
            list.Add((i, j));
            i = j;
        }
        return list;
    }

    // ── The document as the tagger sees it ─────────────────────────────────────────────────────────────

    /// <summary>Tokens of the whole text with what the features need, precomputed once.</summary>
    public sealed class Doc
    {
        public required Token[] Tokens;
        public required (int Start, int End)[] Sentences; // token index ranges
        public required uint[] Word, Suffix, Shape, Lex;
        public required bool[] InQuote;
        public required byte[] Rule; // bit 1 source, 2 cue, 4 content: what the rules found
        public required int[] SentenceOf, Paragraph;

        /// <summary>Contextual vectors of the tokens (<see cref="ContextVectors"/>), made when a model that reads them tags the document.</summary>
        public float[]? Context;

        /// <summary>
        /// The pass-independent feature ids of each token (<see cref="Features.BaseCount"/> a token), hashed by the first
        /// pass and read by the other three; for documents of up to <see cref="CacheTokens"/> tokens (about 24 MB).
        /// </summary>
        internal BaseCache? Base;

        /// <summary>The ids and which sentences hold them, made once (training reads one document from two threads).</summary>
        internal sealed class BaseCache(int tokens, int sentences)
        {
            public readonly int[] Ids = new int[tokens * Features.BaseCount];
            public readonly bool[] Done = new bool[sentences];
        }
        public const int CacheTokens = 200_000;

        /// <summary>The document of a text's sentences (those of up to 5,000 characters) and what the rules found in it.</summary>
        /// <summary>The document the tagger reads for a text, built as extraction builds it (for training).</summary>
        public static Doc For(string text) => AttributionExtractor.Read(text).Doc;

        internal static Doc Build(string text, List<List<Token>> tokenized, IReadOnlyList<Attribution> rules)
        {
            var tokens = new List<Token>(tokenized.Sum(t => t.Count));
            var sentences = new List<(int, int)>(tokenized.Count);
            foreach (var sentence in tokenized)
            {
                sentences.Add((tokens.Count, tokens.Count + sentence.Count));
                tokens.AddRange(sentence);
            }
            var n = tokens.Count;
            var d = new Doc
            {
                Tokens = [.. tokens], Sentences = [.. sentences], Word = new uint[n], Suffix = new uint[n], Shape = new uint[n],
                Lex = new uint[n], InQuote = new bool[n], Rule = new byte[n], SentenceOf = new int[n], Paragraph = new int[n],
            };
            var open = false;
            var lastEnd = 0;
            var paragraph = 0;
            for (var si = 0; si < sentences.Count; si++)
            {
                var (a, b) = sentences[si];
                if (text.AsSpan(lastEnd, Math.Max(0, d.Tokens[a].Start - lastEnd)).Contains('\n')) { open = false; paragraph++; }
                for (var i = a; i < b; i++)
                {
                    var t = d.Tokens[i];
                    d.SentenceOf[i] = si;
                    d.Paragraph[i] = paragraph;
                    d.Word[i] = LowerHash(t.Text);
                    d.Suffix[i] = t.Text.Length > 3 ? LowerHash(t.Text.AsSpan(t.Text.Length - 3)) : d.Word[i];
                    d.Shape[i] = ShapeOf(t.Text);
                    d.Lex[i] = LexByHash.GetValueOrDefault(d.Word[i]);
                    if (t.Text == "“") { open = true; d.InQuote[i] = true; }
                    else if (t.Text == "”") { d.InQuote[i] = open; open = false; }
                    else if (t.Text is "\"" or "''") { d.InQuote[i] = true; open = !open; }
                    else d.InQuote[i] = open;
                }
                lastEnd = d.Tokens[b - 1].End;
            }
            Mark(d, rules.Select(r => r.Source), 1);
            Mark(d, rules.Select(r => r.Cue), 2);
            Mark(d, rules.Select(r => r.Content), 4);
            return d;
        }

        static void Mark(Doc d, IEnumerable<TextSpan> spans, byte bit)
        {
            foreach (var s in spans)
            {
                var i = LowerBound(d.Tokens, s.Start);
                for (; i < d.Tokens.Length && d.Tokens[i].End <= s.End; i++) d.Rule[i] |= bit;
            }
        }

        public static int LowerBound(Token[] tokens, int offset)
        {
            int lo = 0, hi = tokens.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        static uint ShapeOf(string t)
        {
            var c = t[0];
            uint kind = char.IsUpper(c) ? (t.Length > 1 && char.IsUpper(t[^1]) ? 1u : 2u) : char.IsLower(c) ? 3u : char.IsDigit(c) ? 4u : 5u + (uint)Math.Min((int)c, 0xFFFF);
            return kind * 4 + (uint)Math.Min(t.Length / 3, 3);
        }

        /// <summary>The lexicon class of a word by the hash of its lower case, so that no token allocates a string.</summary>
        static readonly Dictionary<uint, uint> LexByHash = BuildLex();

        static Dictionary<uint, uint> BuildLex()
        {
            var map = new Dictionary<uint, uint>();
            foreach (var (words, kind) in new (IEnumerable<string>, uint)[] { (Lexicon.VerbCues, 1), (Lexicon.NominalCues, 2), (Lexicon.Pronouns, 3), (Lexicon.Between, 4) })
                foreach (var w in words) map.TryAdd(Hash(w), kind);
            foreach (var w in new[] { "according", "that", "to", "of", "by", "in", "from" }) map.TryAdd(Hash(w), 5 + Hash(w) % 64);
            return map;
        }

        static uint LowerHash(ReadOnlySpan<char> s)
        {
            var h = 2166136261u;
            foreach (var c in s) h = (h ^ char.ToLowerInvariant(c)) * 16777619u;
            return h;
        }
    }

    // ── Features ──────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Hashed feature ids for each token of one sentence.</summary>
    public sealed class Features
    {
        /// <summary>Templates 1–30 read only the document, not an earlier pass: the same in all four passes.</summary>
        public const int BaseCount = 30;
        int[] _ids = new int[4096];
        int[] _offsets = new int[257];
        public int Count { get; private set; }
        public float[]? Vectors;
        public int VectorStart;

        public ReadOnlySpan<int> Of(int i) => _ids.AsSpan(_offsets[i], _offsets[i + 1] - _offsets[i]);

        int _n;
        void Add(uint template, uint a, uint b = 0, uint c = 0)
        {
            var h = template * 0x9E3779B1u;
            h = (h ^ a) * 0x85EBCA77u; h ^= h >> 13;
            h = (h ^ b) * 0xC2B2AE3Du; h ^= h >> 16;
            h = (h ^ c) * 0x27D4EB2Fu; h ^= h >> 15;
            if (_n == _ids.Length) Array.Resize(ref _ids, _n * 2);
            _ids[_n++] = (int)(h & Mask);
        }

        static uint Bucket(int d) => d switch { <= 0 => 0, <= 3 => (uint)d, <= 5 => 4, <= 8 => 5, <= 15 => 6, <= 30 => 7, _ => 8 };

        const uint Bos = 0x12345u, Eos = 0x54321u;

        public void Build(Doc d, int start, int end, byte[]? cues, byte[]? sources = null, byte[]? contents = null)
        {
            var n = end - start;
            Count = n;
            Vectors = d.Context;
            VectorStart = start;
            if (_offsets.Length < n + 1) _offsets = new int[n * 2 + 1];
            _n = 0;
            uint W(int k) => k < start ? Bos : k >= end ? Eos : d.Word[k];
            uint S(int k) => k < start ? Bos : k >= end ? Eos : d.Shape[k];
            uint L(int k) => k < start ? 99 : k >= end ? 98 : d.Lex[k];
            uint R(int k) => k < start ? 8u : k >= end ? 9u : d.Rule[k];
            var si = d.SentenceOf[start];
            if (d.Base is null && d.Tokens.Length <= Doc.CacheTokens)
                Interlocked.CompareExchange(ref d.Base, new Doc.BaseCache(d.Tokens.Length, d.Sentences.Length), null);
            var baseCache = d.Base;
            var cache = baseCache?.Ids;
            var cached = baseCache is not null && baseCache.Done[si];
            // Nearest reporting verb (lexicon) left and right.
            Span<int> leftVerb = n <= 1024 ? stackalloc int[n] : new int[n];
            Span<int> rightVerb = n <= 1024 ? stackalloc int[n] : new int[n];
            Span<int> leftCue = n <= 1024 ? stackalloc int[n] : new int[n];
            Span<int> rightCue = n <= 1024 ? stackalloc int[n] : new int[n];
            int lv = -1, lc = -1;
            for (var i = start; i < end; i++)
            {
                leftVerb[i - start] = lv; leftCue[i - start] = lc;
                if (d.Lex[i] == 1) lv = i;
                if (cues is not null && cues[i] != O) lc = i;
            }
            Span<int> leftSource = n <= 1024 ? stackalloc int[n] : new int[n];
            Span<int> rightSource = n <= 1024 ? stackalloc int[n] : new int[n];
            Span<int> leftContent = n <= 1024 ? stackalloc int[n] : new int[n];
            Span<int> rightContent = n <= 1024 ? stackalloc int[n] : new int[n];
            if (sources is not null && contents is not null)
            {
                int ls = -1, lt = -1;
                for (var i = start; i < end; i++)
                {
                    leftSource[i - start] = ls; leftContent[i - start] = lt;
                    if (sources[i] != O) ls = i;
                    if (contents[i] != O) lt = i;
                }
                int rs = -1, rt = -1;
                for (var i = end - 1; i >= start; i--)
                {
                    rightSource[i - start] = rs; rightContent[i - start] = rt;
                    if (sources[i] != O) rs = i;
                    if (contents[i] != O) rt = i;
                }
            }
            // Runs of capitalised words around each token: names and organisations.
            Span<int> capsLeft = n <= 1024 ? stackalloc int[n] : new int[n];
            Span<int> capsRight = n <= 1024 ? stackalloc int[n] : new int[n];
            for (var i = start; i < end; i++) capsLeft[i - start] = i > start && IsCap(d, i - 1) ? capsLeft[i - start - 1] + 1 : 0;
            for (var i = end - 1; i >= start; i--) capsRight[i - start] = i < end - 1 && IsCap(d, i + 1) ? capsRight[i - start + 1] + 1 : 0;
            int rv = -1, rc = -1;
            for (var i = end - 1; i >= start; i--)
            {
                rightVerb[i - start] = rv; rightCue[i - start] = rc;
                if (d.Lex[i] == 1) rv = i;
                if (cues is not null && cues[i] != O) rc = i;
            }
            // Punctuation tokens before each token of the sentence (a prefix count), for "how many commas between".
            Span<int> punctCount = n + 1 <= 1024 ? stackalloc int[n + 1] : new int[n + 1];
            for (var i = start; i < end; i++) punctCount[i - start + 1] = punctCount[i - start] + (d.Tokens[i].IsWord ? 0 : 1);
            var prevHasCue = cues is not null && si > 0 && HasCue(d, cues, si - 1);
            var nextHasCue = cues is not null && si + 1 < d.Sentences.Length && HasCue(d, cues, si + 1);
            var hereHasCue = cues is not null && HasCue(d, cues, si);
            for (var i = start; i < end; i++)
            {
                var x = i - start;
                _offsets[x] = _n;
                var w0 = d.Word[i];
                var q = d.InQuote[i] ? 1u : 0u;
                if (cached)
                {
                    if (_n + BaseCount > _ids.Length) Array.Resize(ref _ids, Math.Max(_ids.Length * 2, _n + BaseCount));
                    Array.Copy(cache!, i * BaseCount, _ids, _n, BaseCount);
                    _n += BaseCount;
                }
                else
                {
                    Add(1, 0);
                    Add(2, w0);
                    Add(3, W(i - 1));
                    Add(4, W(i + 1));
                    Add(5, W(i - 2));
                    Add(6, W(i + 2));
                    Add(7, W(i - 1), w0);
                    Add(8, w0, W(i + 1));
                    Add(9, d.Suffix[i]);
                    Add(10, d.Shape[i]);
                    Add(11, S(i - 1), d.Shape[i], S(i + 1));
                    Add(12, L(i));
                    Add(13, L(i - 1), L(i));
                    Add(14, L(i), L(i + 1));
                    Add(15, q, d.Shape[i]);
                    Add(16, q, w0);
                    Add(17, R(i));
                    Add(18, R(i - 1), R(i), R(i + 1));
                    Add(19, R(i), L(i));
                    Add(20, R(i), q);
                    Add(21, x == 0 ? 1u : x == n - 1 ? 2u : 0u, Bucket(x), Bucket(n - 1 - x));
                    Add(22, Bucket(leftVerb[x] < 0 ? 0 : i - leftVerb[x]), Bucket(rightVerb[x] < 0 ? 0 : rightVerb[x] - i));
                    Add(23, Bucket(leftVerb[x] < 0 ? 0 : i - leftVerb[x]), q);
                    Add(24, Bucket(rightVerb[x] < 0 ? 0 : rightVerb[x] - i), q);
                    Add(25, W(i - 1), d.Shape[i]);
                    Add(26, d.Shape[i], W(i + 1));
                    Add(27, d.Suffix[i], L(i + 1));
                    Add(28, W(i - 2), W(i - 1));
                    Add(29, W(i + 1), W(i + 2));
                    Add(30, Bucket(capsLeft[x]), Bucket(capsRight[x]), d.Shape[i]);
                    if (cache is not null) Array.Copy(_ids, _n - BaseCount, cache, i * BaseCount, BaseCount);
                }
                if (cues is not null)
                {
                    var c = cues[i];
                    var dl = leftCue[x] < 0 ? 0 : i - leftCue[x];
                    var dr = rightCue[x] < 0 ? 0 : rightCue[x] - i;
                    Add(40, c);
                    Add(41, c, Bucket(dl), Bucket(dr));
                    Add(42, Bucket(dl), q);
                    Add(43, Bucket(dr), q);
                    Add(44, leftCue[x] < 0 ? Bos : W(leftCue[x] + 1), Bucket(dl) > 3 ? 1u : 0u); // "said that", "said:"
                    Add(45, rightCue[x] < 0 ? Eos : W(rightCue[x] - 1), Bucket(dr) > 3 ? 1u : 0u);
                    Add(46, prevHasCue ? 1u : 0u, nextHasCue ? 1u : 0u, hereHasCue ? 1u : 0u);
                    Add(47, prevHasCue ? 1u : 0u, nextHasCue ? 1u : 0u, q);
                    Add(48, c, w0);
                    Add(49, Bucket(dl), Bucket(dr), d.Shape[i]);
                    Add(50, Bucket(dl), w0);
                    Add(51, Bucket(dr), w0);
                    Add(52, R(i), Bucket(dl), Bucket(dr));
                    Add(53, hereHasCue ? 1u : 0u, q, R(i));
                    Add(54, rightCue[x] < 0 ? Eos : d.Word[rightCue[x]], Bucket(dr));
                    Add(55, leftCue[x] < 0 ? Bos : d.Word[leftCue[x]], Bucket(dl));
                    // Punctuation between the token and its cues: "X, a spokesman for Y, said" against "…, and X said".
                    Add(56, rightCue[x] < 0 ? 9u : (uint)Math.Min(3, punctCount[rightCue[x] - start] - punctCount[i - start + 1]), Bucket(dr), d.Shape[i]);
                    Add(57, leftCue[x] < 0 ? 9u : (uint)Math.Min(3, punctCount[i - start] - punctCount[leftCue[x] - start + 1]), Bucket(dl), q);
                }
                if (sources is not null && contents is not null)
                {
                    uint P(byte[] a, int k) => k < start ? 7u : k >= end ? 6u : a[k];
                    var sl = leftSource[x] < 0 ? 0 : i - leftSource[x];
                    var cr = rightContent[x] < 0 ? 0 : rightContent[x] - i;
                    var sr = rightSource[x] < 0 ? 0 : rightSource[x] - i;
                    var cl = leftContent[x] < 0 ? 0 : i - leftContent[x];
                    Add(60, P(sources, i), P(contents, i));
                    Add(61, P(sources, i - 1), P(sources, i), P(sources, i + 1));
                    Add(62, P(contents, i - 1), P(contents, i), P(contents, i + 1));
                    Add(63, Bucket(sl), Bucket(cr));
                    Add(64, Bucket(sr), Bucket(cl));
                    Add(65, Bucket(sl), Bucket(cr), L(i));
                    Add(66, Bucket(sr), Bucket(cl), L(i));
                    Add(67, P(sources, i - 1), P(contents, i + 1), w0);
                    Add(68, Bucket(sl), w0);
                    Add(69, Bucket(cr), w0);
                    Add(70, Bucket(cl), Bucket(sr), w0);
                    Add(71, P(sources, i), P(contents, i), cues is null ? 5u : cues[i]);
                }
            }
            _offsets[n] = _n;
            if (baseCache is not null) baseCache.Done[si] = true;
        }

        static bool IsCap(Doc d, int i) => char.IsUpper(d.Tokens[i].Text[0]);

        static bool HasCue(Doc d, byte[] cues, int sentence)
        {
            var (a, b) = d.Sentences[sentence];
            for (var i = a; i < b; i++) if (cues[i] != O) return true;
            return false;
        }
    }

    public static uint Hash(ReadOnlySpan<char> s)
    {
        var h = 2166136261u;
        foreach (var c in s) h = (h ^ c) * 16777619u;
        return h;
    }

    // ── Storage: sparse, quantised, gzip ─────────────────────────────────────────────────────────────

    public void Save(Stream output)
    {
        if (_quantised is not null) throw new InvalidOperationException("a loaded model is not saved again; train one to write it");
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(0x46434154); // "FCAT"
        w.Write(Tables);
        w.Write(Bits);
        for (var r = 0; r < Tables; r++)
        {
            w.Write(Bias[r]);
            foreach (var t in Transitions[r]) w.Write(t);
            var weights = Weights[r];
            var max = weights.Max(Math.Abs);
            var scale = max == 0 ? 1f : max / 32767f;
            w.Write(scale);
            // Weights under 1 % of the table's largest are left out: 30 % of them, and no change on PolNeAR dev (±0.002 F1).
            short Quantised(float v) => Math.Abs(v) < max / 100 ? (short)0 : (short)MathF.Round(v / scale);
            var count = weights.Count(v => Quantised(v) != 0);
            w.Write(count);
            var previous = -1;
            for (var k = 0; k < weights.Length; k++)
            {
                var q = Quantised(weights[k]);
                if (q == 0) continue;
                w.Write7BitEncodedInt(k - previous);
                w.Write(q);
                previous = k;
            }
        }
        w.Write(Dense is null ? 0 : DenseWindow);
        if (Dense is not null)
            foreach (var table in Dense)
                foreach (var v in table) w.Write(v);
    }

    public static AttributionTagger Load(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress);
        using var r = new BinaryReader(gz);
        int magic;
        try { magic = r.ReadInt32(); }
        catch (InvalidDataException) { throw new InvalidDataException("not an attribution model (not gzip data)"); }
        if (magic != 0x46434154) throw new InvalidDataException("not an attribution model");
        if (r.ReadInt32() != Tables || r.ReadInt32() != Bits) throw new InvalidDataException("an attribution model of another version (table count or feature bits differ); train it again");
        var m = new AttributionTagger(training: false) { _quantised = [.. Enumerable.Range(0, Tables).Select(_ => new short[Size * Labels])] };
        for (var role = 0; role < Tables; role++)
        {
            m.Bias[role] = r.ReadSingle();
            for (var t = 0; t < m.Transitions[role].Length; t++) m.Transitions[role][t] = r.ReadSingle();
            var scale = m._scale[role] = r.ReadSingle();
            var count = r.ReadInt32();
            var k = -1;
            for (var j = 0; j < count; j++)
            {
                k += r.Read7BitEncodedInt();
                m._quantised![role][k] = r.ReadInt16();
            }
        }
        int dense;
        try { dense = r.ReadInt32(); }
        catch (EndOfStreamException) { dense = 0; } // a model without contextual weights ends after its tables
        if (dense is not (0 or 1 or 3 or 5)) throw new InvalidDataException($"an attribution model whose contextual window is {dense} (1, 3 or 5); train it again");
        if (dense > 0)
        {
            m.DenseWindow = dense;
            m.Dense = new float[Tables][];
            for (var t = 0; t < Tables; t++)
            {
                m.Dense[t] = new float[Labels * dense * ContextVectors.Dimensions];
                for (var k = 0; k < m.Dense[t].Length; k++) m.Dense[t][k] = r.ReadSingle();
            }
        }
        return m;
    }
}
