using FactCheck.Extraction;

namespace FactCheck.UnitTests;

/// <summary>The contextual vectors the contextual model reads: MiniLM's last layer, one unit vector a token.</summary>
public class ContextVectorsTests
{
    const int D = ContextVectors.Dimensions;

    static (AttributionTagger.Doc Doc, float[] Vectors) Read(string text)
    {
        var d = AttributionTagger.Doc.For(text);
        return (d, ContextVectors.Of(d));
    }

    static float Cosine(float[] a, int i, float[] b, int j) => ContextVectors.Dot(a.AsSpan(i * D, D), b.AsSpan(j * D, D));

    static int IndexOf(AttributionTagger.Doc d, string word) => Array.FindIndex(d.Tokens, t => t.Text == word);

    [Fact]
    public void Every_token_has_a_unit_vector_that_depends_on_its_sentence()
    {
        var (river, rv) = Read("The river bank flooded after the storm, residents said.");
        var (money, mv) = Read("The central bank raised its interest rate, the governor said.");
        for (var t = 0; t < river.Tokens.Length; t++) Assert.Equal(1f, Cosine(rv, t, rv, t), 3);
        var again = ContextVectors.Of(AttributionTagger.Doc.For("The river bank flooded after the storm, residents said."));
        Assert.Equal(rv, again);
        // The same word in two sentences: not the same vector (a word list would give one), but still close.
        var cos = Cosine(rv, IndexOf(river, "bank"), mv, IndexOf(money, "bank"));
        Assert.InRange(cos, 0.3f, 0.97f);
        // Two different words are further apart than one word in two sentences.
        Assert.True(Cosine(rv, IndexOf(river, "flooded"), mv, IndexOf(money, "bank")) < cos);
    }

    [Fact]
    public void Words_outside_the_vocabulary_and_sentences_longer_than_the_model_reads_still_get_vectors()
    {
        // 400 words in one sentence: more word pieces than the model reads at once (256), so it is read in windows.
        var words = string.Join(" ", Enumerable.Range(0, 400).Select(i => i % 7 == 0 ? "Łódź’s" : "harbour"));
        var (d, v) = Read($"The mayor said {words} 🦜 were fine.");
        Assert.True(d.Tokens.Length > 400);
        for (var t = 0; t < d.Tokens.Length; t++) Assert.Equal(1f, Cosine(v, t, v, t), 3);
    }
}
