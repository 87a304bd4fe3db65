using FactCheck.Features.Claims;

namespace FactCheck.UnitTests;

public class SimilarClaimsTermsTests
{
    static double Dice(string a, string b)
    {
        var x = SimilarClaims.Terms(a);
        var y = SimilarClaims.Terms(b);
        return 2.0 * x.Intersect(y).Count() / (x.Count + y.Count);
    }

    [Fact]
    public void Words_are_lower_cased_stemmed_and_common_words_dropped()
    {
        Assert.Equal(["russian", "forc", "prepar", "new", "offensiv", "belaru"],
            SimilarClaims.Terms("Russian forces could be preparing a new offensive from Belarus"));
        Assert.Equal(["russia", "army", "14", "percent"], SimilarClaims.Terms("Russia’s army, they said, is 14 percent"));
        Assert.Empty(SimilarClaims.Terms("It is what it is."));
    }

    [Fact]
    public void The_same_claim_in_other_words_matches_and_another_claim_does_not()
    {
        Assert.True(Dice("Russian forces could be preparing a new offensive from Belarus",
            "Russian force may prepare new offensives from Belarus") >= SimilarClaims.Threshold);
        Assert.True(Dice("Cargo traffic at the port rose 14 percent last year",
            "Cargo traffic at the port rose by 14 percent in the last year") >= SimilarClaims.Threshold);
        Assert.True(Dice("Cargo traffic at the port rose 14 percent last year",
            "Unemployment fell to a record low in March") < SimilarClaims.Threshold);
        Assert.True(Dice("Cargo traffic at the port rose 14 percent last year",
            "Passenger traffic at the airport fell 3 percent this year") < SimilarClaims.Threshold);
    }
}
