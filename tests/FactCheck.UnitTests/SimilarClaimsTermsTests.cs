using FactCheck.Features.Claims;
using FactCheck.Search;

namespace FactCheck.UnitTests;

public class SimilarClaimsTermsTests
{
    [Fact]
    public void Words_are_lower_cased_stemmed_and_common_words_dropped()
    {
        Assert.Equal(["russia", "forc", "prepar", "new", "offens", "belaru"],
            FactCheck.Search.Analyzer.Terms("Russian forces could be preparing a new offensive from Belarus"));
        Assert.Equal(["russia", "armi", "14", "percent"], FactCheck.Search.Analyzer.Terms("Russia’s army, they said, is 14 percent"));
        Assert.Empty(FactCheck.Search.Analyzer.Terms("It is what it is."));
    }

    [Theory]
    [InlineData("Russian", "Russia")]
    [InlineData("Ukrainian", "Ukraine")]
    [InlineData("Syrians", "Syria")]
    [InlineData("offensives", "offensive")]
    [InlineData("preparing", "prepares")]
    [InlineData("connected", "connection")]
    public void Forms_of_one_word_meet(string a, string b) => Assert.Equal(Analyzer.Word(a), Analyzer.Word(b));

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("electricity", "electr")]
    public void Porter_stems_as_the_paper_does(string word, string stem) => Assert.Equal(stem, Porter.Stem(word));

    [Fact]
    public void A_pasted_post_loses_its_links_and_signature_and_keeps_its_words()
    {
        var post = "Butterflies survive the #AustralianFires in a wombat hole pic.twitter.com/abc https://t.co/xyz — Center for Bio (@CenterBio) January 14, 2020";
        Assert.Equal("Butterflies survive the Australian Fires in a wombat hole", Analyzer.Clean(post));
        Assert.EndsWith("— Center for Bio ( Center Bio ) January 14, 2020", Analyzer.Clean(post, keepSignature: true));
    }

    [Fact]
    public void A_paraphrase_is_close_and_a_claim_sharing_words_is_not()
    {
        var claim = Embedder.Encode("Russia is preparing a new offensive against Kyiv from Belarus this winter.");
        var paraphrase = Embedder.Encode("Moscow plans another attack on the Ukrainian capital, launched from Belarusian territory, in the coming winter.");
        var sharesWords = Embedder.Encode("The Kyiv ballet is preparing a new winter season with dancers from Belarus and Russia.");
        Assert.True(Embedder.Cosine(claim, paraphrase) > FactCheck.Search.ClaimMatches.SameThreshold, $"paraphrase {Embedder.Cosine(claim, paraphrase)}");
        Assert.True(Embedder.Cosine(claim, sharesWords) < FactCheck.Search.ClaimMatches.SameThreshold, $"shared words {Embedder.Cosine(claim, sharesWords)}");
        Assert.InRange(Embedder.Dot(claim, claim), 127 * 127 * 0.98, 127 * 127 * 1.02); // unit length, quantised
    }
}
