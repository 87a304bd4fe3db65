using System.Net;
using FactCheck.Data;
using FactCheck.Features.Articles;
using FactCheck.Features.Claims;

namespace FactCheck.IntegrationTests;

/// <summary>Claims already on the desk or already checked are found again when the same claim comes in from another article.</summary>
public class SimilarClaimsTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    const string Repeat = "The harbour authority said on Tuesday that cargo traffic at the port rose by 14 percent in the last year.";

    [Theory, MemberData(nameof(Providers))]
    public async Task A_claim_already_checked_is_found_with_its_rating_and_card(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var (checkedId, slug) = await Seed.PublishedClaim(app, "Cargo traffic at the port rose 14 percent last year", "Port authority", rating: "mostly-true");
        var other = (await app.Send(new AddClaim.Command("Unemployment fell to a record low in March", "Ministry"))).Id;

        var ingested = await app.Send(new IngestArticle.Command(Repeat, All: true));
        var newId = Assert.Single(ingested.Items, i => i.ClaimId is not null).ClaimId!.Value;

        var similar = await app.Send(new SimilarClaims.Query(newId));
        var match = Assert.Single(similar);
        Assert.Equal((checkedId, slug, "mostly-true", "published", FactCheck.Search.ClaimMatches.Same), (match.ClaimId, match.Slug, match.Rating, match.State, match.Label));
        Assert.InRange(match.Score, FactCheck.Search.ClaimMatches.SameThreshold, 1.0);
        // And the other way round: the published claim sees the new one, which has no card yet.
        var back = Assert.Single(await app.Send(new SimilarClaims.Query(checkedId)));
        Assert.Equal((newId, null, "intake", FactCheck.Search.ClaimMatches.Same), (back.ClaimId, back.Slug, back.State, back.Label));
        Assert.Empty(await app.Send(new SimilarClaims.Query(other)));

        // Both copies match a third wording: the published check is the same claim, its unpublished copy only related.
        var forText = await app.Send(new SimilarClaims.ForText("Cargo traffic at the port rose 14 percent last year, it said", Limit: 5));
        Assert.Equal([(checkedId, FactCheck.Search.ClaimMatches.Same), (newId, FactCheck.Search.ClaimMatches.Related)], forText.Select(m => (m.ClaimId, m.Label)));
        // Two unpublished copies: neither stands out from the other, so neither is called the same claim.
        var third = (await app.Send(new AddClaim.Command("Unemployment fell to a record low of 3 percent in March", "Ministry"))).Id;
        var fourth = (await app.Send(new AddClaim.Command("Unemployment fell to a record low of 3 percent in March.", "Ministry"))).Id;
        var copies = await app.Send(new SimilarClaims.ForText("In March unemployment dropped to a record low of 3 percent", Limit: 5));
        Assert.Equal([third, fourth], copies.Where(m => m.ClaimId >= third).Select(m => m.ClaimId).Order());
        Assert.All(copies, m => Assert.Equal(FactCheck.Search.ClaimMatches.Related, m.Label));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Claims_from_before_the_upgrade_are_indexed_by_the_migration(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var old = (await app.Send(new AddClaim.Command("Cargo traffic at the port rose 14 percent last year", "Port authority"))).Id;
        // Back to the schema before 0011, with the claim in it and its words as 0007 stored them, then upgrade again.
        await app.Execute("drop table search_doc");
        await app.Execute("drop table external_check");
        await app.Execute("delete from claim_term");
        await app.Execute("insert into claim_term (claim_id, term) values (@old, 'cargo')", new { old });
        await app.Execute("delete from schemaversions where scriptname like '%0011_search.sql'");
        Assert.Equal(["0011_search.sql"], Migrator.Migrate(app.Db.Options));
        Assert.Equal(1, await app.Count("search_doc", "ref_id = @old and kind = 'claim'", new { old }));
        Assert.True(await app.Count("claim_term", "claim_id = @old", new { old }) >= 5);
        var found = await app.Send(new SimilarClaims.ForText("Cargo traffic at the port rose by 14 percent in the last year"));
        var match = Assert.Single(found);
        Assert.Equal((old, FactCheck.Search.ClaimMatches.Same), (match.ClaimId, match.Label));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_paraphrase_is_the_same_claim_and_a_claim_sharing_its_words_is_not(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var offensive = (await app.Send(new AddClaim.Command("Russia is preparing a new offensive against Kyiv from Belarus this winter.", "Ukraine"))).Id;
        var ballet = (await app.Send(new AddClaim.Command("The Kyiv ballet is preparing a new winter season with dancers from Belarus and Russia.", "Kyiv Opera"))).Id;
        await app.Send(new AddClaim.Command("Cargo traffic at the port rose 14 percent last year", "Port authority"));

        var paraphrase = await app.Send(new SimilarClaims.ForText("Moscow plans another attack on the Ukrainian capital, launched from Belarusian territory, in the coming winter.", 5));
        var first = paraphrase[0];
        Assert.Equal((offensive, FactCheck.Search.ClaimMatches.Same), (first.ClaimId, first.Label));
        Assert.DoesNotContain(paraphrase, m => m.ClaimId == ballet && m.IsSame);

        // Many words in common, another claim: never "the same".
        var sharesWords = await app.Send(new SimilarClaims.ForText("Dancers from Russia and Belarus join the Kyiv ballet for a new winter season of offensive comedy.", 5));
        Assert.DoesNotContain(sharesWords, m => m.ClaimId == offensive && m.IsSame);
        // The claim page's own query leaves the claim itself out.
        Assert.DoesNotContain(await app.Send(new SimilarClaims.Query(offensive)), m => m.ClaimId == offensive);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_queue_finds_claims_by_their_words(string provider)
    {
        await using var app = await TestApp.Start(provider);
        var offensive = (await app.Send(new AddClaim.Command("Russian forces could be preparing a new offensive from Belarus", "Ukraine"))).Id;
        var talks = (await app.Send(new AddClaim.Command("Belarus will host the talks in Minsk", "Lukashenko"))).Id;
        await app.Send(new AddClaim.Command("Cargo traffic rose 14 percent", "Port authority"));

        async Task<long[]> Find(string words) => [.. (await app.Send(new ListClaims.Query(Words: words))).Items.Select(i => i.Id).Order()];
        Assert.Equal([offensive], await Find("offensives BELARUS"));
        Assert.Equal([offensive], await Find("russia")); // "Russian" in the claim: one word, stemmed the same way
        Assert.Equal([offensive], await Find("Russians prepared"));
        Assert.Equal([offensive, talks], await Find("belarus"));
        Assert.Empty(await Find("belarus cargo"));
        var nothing = await Assert.ThrowsAsync<InputException>(() => app.Send(new ListClaims.Query(Words: "the said")));
        Assert.Equal("Words", Assert.Single(nothing.Errors).Field);
    }

    [Fact]
    public async Task The_desk_shows_it_on_the_claim_page_and_before_ingest()
    {
        await using var app = await TestApp.Start("sqlite");
        await Seed.DeskUsers(app);
        var (checkedId, slug) = await Seed.PublishedClaim(app, "Cargo traffic at the port rose 14 percent last year", "Port authority", rating: "false");
        var ingested = await app.Send(new IngestArticle.Command(Repeat, All: true));
        var newId = ingested.Items.Single(i => i.ClaimId is not null).ClaimId;
        await using var web = await WebProcess.Start(app.Db.Options);
        using var checker = await web.Client("checker");

        var page = await checker.GetStringAsync($"/desk/claims/{newId}");
        Assert.Contains("<h2 id=\"similar\">Similar claims</h2>", page);
        Assert.Contains($"<strong>Already checked (rated False):</strong>", page);
        Assert.Contains($"<a href=\"/desk/claims/{checkedId}\">claim {checkedId}</a>, <a href=\"/claims/{slug}\">published card</a>", page);

        // The new claim is a duplicate: archived from the similar claim's entry, with the note saying of which.
        Assert.Contains($"Archive as a duplicate of claim {checkedId}", page);
        Assert.DoesNotContain("Archive as a duplicate", await checker.GetStringAsync($"/desk/claims/{checkedId}")); // published: nothing to archive
        // Taking a claim off the desk needs an explicit "I am sure".
        var unsure = await WebProcess.PostForm(checker, $"/desk/claims/{newId}", $"/desk/claims/{newId}?handler=Fire",
            new() { ["trigger"] = "archive", ["version"] = "0", ["note"] = $"Duplicate of claim {checkedId}." });
        Assert.Equal(HttpStatusCode.BadRequest, unsure.StatusCode);
        Assert.Contains("I am sure", await unsure.Content.ReadAsStringAsync());
        var archive = await WebProcess.PostForm(checker, $"/desk/claims/{newId}", $"/desk/claims/{newId}?handler=Fire",
            new() { ["trigger"] = "archive", ["version"] = "0", ["note"] = $"Duplicate of claim {checkedId}.", ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, archive.StatusCode);
        Assert.Equal("archived", await app.Scalar<string>("select state from claim where id = @newId", new { newId }));
        Assert.Equal($"Duplicate of claim {checkedId}.", await app.Scalar<string>("select note from journal where instance_id = @newId and trigger_name = 'archive'", new { newId }));

        var preview = await WebProcess.PostForm(checker, "/desk/ingest", "/desk/ingest?handler=Preview",
            new() { ["text"] = "The port said that cargo traffic at the port rose 14 percent last year." });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("Already checked (rated False):", html); // before the newer claim on the desk that matches as well
        Assert.Contains($"<a href=\"/claims/{slug}\">published card</a>", html);
        Assert.DoesNotContain("id=\"pick-1\" checked", html); // already checked: left unticked

        var search = await checker.GetStringAsync("/desk?q=cargo+port");
        Assert.Contains($"<a href=\"/desk/claims/{newId}\">", search);
        Assert.Contains($"<a href=\"/desk/claims/{checkedId}\">", search);
        Assert.Contains("value=\"cargo port\"", search);
        Assert.DoesNotContain("/desk/claims/", await checker.GetStringAsync("/desk?q=unemployment"));
        var bad = await checker.GetAsync("/desk?q=the");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("has no word to search for", await bad.Content.ReadAsStringAsync());
    }
}
