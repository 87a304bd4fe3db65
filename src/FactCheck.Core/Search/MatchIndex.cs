using System.Collections.Concurrent;
using FactCheck.Data;

namespace FactCheck.Search;

/// <summary>
/// The in-process index behind "has this been checked already?": every claim on the desk and every imported fact-check
/// of another organisation, searched two ways and fused. The lexical ranker is BM25 (k1 1.2, b 0.75) over the
/// <see cref="Analyzer"/>'s words of the document's text (a claim's statement, plus its published card's headline); the
/// semantic ranker is the cosine of the documents' MiniLM sentence embeddings (<see cref="Embedder"/>). The two rankings
/// are fused by reciprocal rank (k = <see cref="FusionK"/>). The documents live in <c>search_doc</c> (written in the
/// transaction that opens or edits a claim); each process keeps them in memory (about 450 bytes a document) and catches
/// up before every search by reading the rows after the last sequence number it saw, so the same code runs on SQLite,
/// PostgreSQL and SQL Server and on any number of nodes.
/// </summary>
public sealed class MatchIndex
{
    public const int FusionK = 10;
    const int Candidates = 50;
    const float K1 = 1.2f, B = 0.75f;

    /// <summary>Rows whose sequence number was taken before an earlier one committed are read again: a window behind the last.</summary>
    const long Window = 256;

    public const string ClaimKind = "claim", ExternalKind = "external";

    static readonly ConcurrentDictionary<string, MatchIndex> Indexes = new();

    /// <summary>The index of a database (one per process and connection string).</summary>
    public static MatchIndex For(DbSession db) => Indexes.GetOrAdd($"{db.Provider}|{db.Options.ConnectionString}", _ => new MatchIndex());

    sealed class Entry
    {
        public required string Kind;
        public required long RefId;
        public required long Seq;
        public required int Length;
        public required bool Published;
        public required string[] Words;
    }

    readonly List<Entry> _entries = [];
    /// <summary>Every entry's vector, one after another (entry i at i × 384): scanned in order, without a pointer per entry.</summary>
    sbyte[] _vectors = new sbyte[1024 * Embedder.Dimensions];
    /// <summary>Per entry: 1 dead (replaced), 2 an external fact-check; read by the scan without touching the entry.</summary>
    byte[] _flags = new byte[1024];
    /// <summary>Live documents per word (replaced and dead entries not counted).</summary>
    readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    readonly Dictionary<(string, long), int> _byRef = [];
    readonly Dictionary<string, List<(int Entry, int Tf)>> _postings = new(StringComparer.Ordinal);
    long _totalLength;
    int _live;
    long _seq;
    readonly ReaderWriterLockSlim _lock = new();
    readonly SemaphoreSlim _catchUp = new(1, 1);

    public int Count => _live;

    /// <summary>Entry i's embedding, in the contiguous store.</summary>
    ReadOnlySpan<sbyte> Vector(int i) => _vectors.AsSpan(i * Embedder.Dimensions, Embedder.Dimensions);

    /// <summary>Which rankings a search fuses (both, unless measuring one alone).</summary>
    public enum Ranker { Fused, Lexical, Semantic }

    /// <summary>A search result: the document, the fused score and its two rankers' evidence.</summary>
    /// <summary>
    /// A search result: the document, the fused score, its two rankers' ranks, its cosine with the query and whether it
    /// stands out: no other candidate comes within <see cref="Margin"/> of its cosine, except, for a published check,
    /// unpublished near-copies of it (cosine between them ≥ <see cref="NearCopy"/>: the same claim opened again). A match
    /// that does not stand out is one of several similar claims, or of several equal copies of one, and is not called
    /// the same claim: on CheckThat! 2020 train, most confident wrong answers were a second, near-identical fact-check
    /// of the right one.
    /// </summary>
    public sealed record Hit(string Kind, long RefId, double Fused, float Cosine, int LexicalRank, int SemanticRank, bool StandsOut);

    public const float Margin = 0.05f, NearCopy = 0.9f;

    // ── Writing ───────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// Stores a document's text and embedding (replacing what it had), in the caller's transaction. The embedding is
    /// computed here unless given.
    /// </summary>
    public static async Task Put(DbSession db, string kind, long refId, string text, CancellationToken ct, sbyte[]? vector = null, bool published = false)
    {
        vector ??= Embedder.Encode(text);
        await db.Execute("delete from search_doc where kind = @kind and ref_id = @refId", new { kind, refId }, ct);
        await db.Execute("insert into search_doc (kind, ref_id, text, embedding, published) values (@kind, @refId, @text, @embedding, @published)",
            new { kind, refId, text, embedding = Embedder.ToBytes(vector), published = published ? 1 : 0 }, ct);
    }

    /// <summary>The text a claim is found by: its statement and, once published, its card's headline.</summary>
    public static string ClaimText(string statement, string? headline) =>
        string.IsNullOrWhiteSpace(headline) || headline == statement ? statement : statement + "\n" + headline;

    sealed class Row
    {
        public long Seq { get; init; }
        public string Kind { get; init; } = "";
        public long RefId { get; init; }
        public string Text { get; init; } = "";
        public byte[] Embedding { get; init; } = [];
        public int Published { get; init; }
    }

    /// <summary>Reads the documents written since the last catch-up (all of them the first time).</summary>
    public async Task CatchUp(DbSession db, CancellationToken ct, IProgress<int>? progress = null)
    {
        await _catchUp.WaitAsync(ct);
        try
        {
            var max = await db.Scalar<long?>("select max(seq) from search_doc", null, ct) ?? 0;
            if (max < _seq) Reset(); // the database was emptied or replaced under us
            if (max == _seq && _seq > 0) return;
            var after = Math.Max(0, _seq - Window);
            while (true)
            {
                var rows = (await db.Query<Row>(db.Dialect.Page("select seq, kind, ref_id, text, embedding, published from search_doc where seq > @after order by seq"),
                    new { after, Take = 5000, Skip = 0 }, ct)).ToList();
                if (rows.Count == 0) break;
                var analysed = rows.Select(r => Analyzer.Words(r.Text, 512)).ToList();
                _lock.EnterWriteLock();
                try
                {
                    for (var i = 0; i < rows.Count; i++) Apply(rows[i], analysed[i]);
                }
                finally { _lock.ExitWriteLock(); }
                after = rows[^1].Seq;
                progress?.Report(_live);
                if (rows.Count < 5000) break;
            }
        }
        finally { _catchUp.Release(); }
    }

    void Reset()
    {
        _lock.EnterWriteLock();
        try
        {
            _entries.Clear(); _byRef.Clear(); _postings.Clear(); _df.Clear();
            _totalLength = 0; _live = 0; _seq = 0;
        }
        finally { _lock.ExitWriteLock(); }
    }

    void Apply(Row row, List<string> words)
    {
        if (_byRef.TryGetValue((row.Kind, row.RefId), out var old))
        {
            var o = _entries[old];
            if (o.Seq >= row.Seq) return;
            _flags[old] |= 1; // dead: replaced
            _totalLength -= o.Length;
            _live--;
            foreach (var w in o.Words) _df[w]--;
        }
        var index = _entries.Count;
        var distinct = words.Distinct(StringComparer.Ordinal).ToArray();
        var vector = Embedder.FromBytes(row.Embedding);
        _entries.Add(new Entry { Kind = row.Kind, RefId = row.RefId, Seq = row.Seq, Length = words.Count, Published = row.Published != 0, Words = distinct });
        if (_vectors.Length < (index + 1) * Embedder.Dimensions) Array.Resize(ref _vectors, _vectors.Length * 2);
        if (_flags.Length < index + 1) Array.Resize(ref _flags, _flags.Length * 2);
        _flags[index] = (byte)(row.Kind == ExternalKind ? 2 : 0);
        vector.AsSpan(0, Math.Min(vector.Length, Embedder.Dimensions)).CopyTo(_vectors.AsSpan(index * Embedder.Dimensions));
        foreach (var w in distinct) _df[w] = _df.GetValueOrDefault(w) + 1;
        _byRef[(row.Kind, row.RefId)] = index;
        _totalLength += words.Count;
        _live++;
        foreach (var g in words.GroupBy(w => w, StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(g.Key, out var list)) _postings[g.Key] = list = [];
            list.Add((index, g.Count()));
        }
        if (row.Seq > _seq) _seq = row.Seq;
    }

    /// <summary>The stored embedding of a document, if it is indexed.</summary>
    public sbyte[]? VectorOf(string kind, long refId)
    {
        _lock.EnterReadLock();
        try { return _byRef.TryGetValue((kind, refId), out var i) ? Vector(i).ToArray() : null; }
        finally { _lock.ExitReadLock(); }
    }

    // ── Searching ─────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// The documents most like a text, best first by fused rank; <paramref name="except"/> leaves one document out.
    /// </summary>
    public List<Hit> Search(string text, sbyte[] vector, int limit, (string Kind, long RefId)? except = null, string? kind = null, Ranker ranker = Ranker.Fused)
    {
        var terms = Analyzer.Terms(text, 64);
        _lock.EnterReadLock();
        try
        {
            var n = _entries.Count;
            if (_live == 0) return [];
            var skip = except is { } e && _byRef.TryGetValue(e, out var x) ? x : -1;
            var flags = _flags;
            byte reject = (byte)(1 | (kind == ClaimKind ? 2 : 0));
            bool Wanted(int i) => i != skip && (flags[i] & reject) == 0 && (kind != ExternalKind || (flags[i] & 2) != 0);

            // Lexical: BM25 over the analysed words, scores in an array, the best 50 by a heap.
            var scores = System.Buffers.ArrayPool<float>.Shared.Rent(n);
            Array.Clear(scores, 0, n);
            var touched = new List<int>();
            var avg = (float)_totalLength / Math.Max(1, _live);
            try
            {
                foreach (var t in terms)
                {
                    if (!_postings.TryGetValue(t, out var list) || _df.GetValueOrDefault(t) is var df && df == 0) continue;
                    var idf = MathF.Log(1 + (_live - df + 0.5f) / (df + 0.5f));
                    foreach (var (i, tf) in list)
                    {
                        if (!Wanted(i)) continue;
                        var norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * _entries[i].Length / avg));
                        if (scores[i] == 0) { touched.Add(i); scores[i] = idf * norm; }
                        else scores[i] += idf * norm;
                    }
                }
                var best = new PriorityQueue<int, (float, int)>(Candidates + 1);
                foreach (var i in touched)
                {
                    var key = (scores[i], i);
                    if (best.Count < Candidates) best.Enqueue(i, key);
                    else if (best.TryPeek(out _, out var least) && key.CompareTo(least) > 0) { best.Dequeue(); best.Enqueue(i, key); }
                }
                var lexicalTop = new List<int>(best.Count);
                while (best.TryDequeue(out var i, out _)) lexicalTop.Add(i);
                lexicalTop.Reverse();

                // Semantic: cosine of the embeddings over the contiguous vectors, the best 50 kept in a min-heap.
                var heap = new PriorityQueue<int, int>(Candidates + 1);
                var dots = new Dictionary<int, int>();
                var all = _vectors.AsSpan();
                for (var i = 0; i < n; i++)
                {
                    if (!Wanted(i)) continue;
                    var d = Embedder.Dot(vector, all.Slice(i * Embedder.Dimensions, Embedder.Dimensions));
                    if (heap.Count < Candidates) { heap.Enqueue(i, d); dots[i] = d; }
                    else if (heap.TryPeek(out _, out var least) && d > least)
                    {
                        dots.Remove(heap.Dequeue());
                        heap.Enqueue(i, d);
                        dots[i] = d;
                    }
                }
                var semanticTop = dots.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key).Select(p => p.Key).ToList();
                return Fuse(vector, limit, lexicalTop, semanticTop, dots, ranker);
            }
            finally { System.Buffers.ArrayPool<float>.Shared.Return(scores, clearArray: false); }
        }
        finally { _lock.ExitReadLock(); }
    }

    List<Hit> Fuse(sbyte[] vector, int limit, List<int> lexicalTop, List<int> semanticTop, Dictionary<int, int> dots, Ranker ranker)
    {
        // Reciprocal rank fusion.
        {
            var fused = new Dictionary<int, (double Score, int Lex, int Sem)>();
            if (ranker == Ranker.Semantic) lexicalTop.Clear();
            if (ranker == Ranker.Lexical) semanticTop.Clear();
            for (var r = 0; r < lexicalTop.Count; r++) fused[lexicalTop[r]] = (1.0 / (FusionK + r + 1), r + 1, 0);
            for (var r = 0; r < semanticTop.Count; r++)
            {
                var (s, l, _) = fused.GetValueOrDefault(semanticTop[r]);
                fused[semanticTop[r]] = (s + 1.0 / (FusionK + r + 1), l, r + 1);
            }
            // Ties (one document first in one ranking, another first in the other) go to the semantic ranking.
            return [.. fused.OrderByDescending(p => p.Value.Score).ThenBy(p => p.Value.Sem == 0 ? int.MaxValue : p.Value.Sem).ThenByDescending(p => p.Key).Take(limit).Select(p =>
            {
                var en = _entries[p.Key];
                var cos = Embedder.Cosine(vector, Vector(p.Key));
                var standsOut = true;
                foreach (var (other, dot) in dots)
                {
                    if (other == p.Key || dot / (127f * 127f) < cos - Margin) continue;
                    // A published check stands out from an unpublished near-copy of itself (the same claim opened again).
                    var o = _entries[other];
                    if (en.Published && !o.Published && Embedder.Cosine(Vector(p.Key), Vector(other)) >= NearCopy) continue;
                    standsOut = false;
                    break;
                }
                return new Hit(en.Kind, en.RefId, p.Value.Score, cos, p.Value.Lex, p.Value.Sem, standsOut);
            })];
        }
    }
}
