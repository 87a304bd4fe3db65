using Microsoft.Playwright;

namespace FactCheck.EndToEndTests;

/// <summary>
/// Who said it, as the desk sees it: a checker pastes an article where two people share a surname, a name carries a party
/// label and a spokesman is named through "his"; the preview names each speaker (with the role beside the name), and the
/// claim opened from the spokesman's remark is his, marked a person; a former president named by her title and a
/// spokesperson for a minister are named as a careful editor would, and where someone spoke is no claim; a spokesperson
/// named after "Maria Kowalski's spokesperson" is that spokesperson, not the mayor; "told the court" is the channel, and a
/// widow opening her sentence is who speaks.
/// </summary>
public sealed class SpeakersJourneyTests : BrowserTest
{
    const string Article =
        "Jan Piotr Kowalski founded the city bus company in 1990 and ran it for twenty years.\n\n" +
        "Mayor Maria Kowalski opened the new depot on Monday. Maria Kowalski has run the city since 2019 and wants a second term. " +
        "Kowalski said that the depot had cost 40 million euros.\n\n" +
        "Democrat Lena Brandt said that the depot would have cost half as much in 2015.\n\n" +
        "Paul Ortiz, the opposition leader, toured the depot on Tuesday. His spokesman said that the new buses would run empty for a year.\n\n" +
        "Former President Ewa Nowak spoke in Gdansk at a rally for her husband, Adam Nowak.\n\n" +
        "The former president said that the port had lost 300 jobs since 2020.\n\n" +
        "A spokesperson for Health Minister Ana Silva said in an email that the depot had no fire exit.\n\n" +
        "Maria Kowalski's spokesperson, Ola Wrona, said the depot's 80 buses had been bought in 2023.\n\n" +
        "The depot will open to riders on May 1, Transport Minister Omar Haddad said Monday.\n\n" +
        "The family of Tomas Reyes said the depot had cut their street's bus service by half.\n\n" +
        "Crown attorney Lee Park told the court the depot's contractor had forged 12 safety reports.\n\n" +
        "The widow of a driver who died in the depot fire is asking the city to rename the depot after him by 2027.\n";

    [Fact]
    public async Task The_preview_names_the_right_person_for_a_shared_surname_a_party_label_and_a_spokesman()
    {
        var page = await SignInAs("checker");
        await page.GotoAsync("/desk/ingest");
        await page.GetByLabel("Article text").FillAsync(Article);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the claims" }).ClickAsync();
        // Where the former president spoke is no claim; what she said is hers (not her husband's, named last), and the
        // spokesperson's words are the spokesperson's, not the minister's.
        await Assertions.Expect(page.GetByText("10 attributed claim(s) found")).ToBeVisibleAsync();
        var nowak = page.Locator("tr", new() { HasText = "300 jobs" });
        await Assertions.Expect(nowak.GetByTestId("preview-speaker")).ToHaveTextAsync("Ewa Nowak");
        await Assertions.Expect(nowak.GetByText(", former president")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "fire exit" }).GetByTestId("preview-speaker")).ToHaveTextAsync("Ana Silva’s spokesperson");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "rally" })).ToHaveCountAsync(0);
        // The mayor's spokesperson named after the description is who spoke, not the mayor the description names.
        var wrona = page.Locator("tr", new() { HasText = "80 buses" });
        await Assertions.Expect(wrona.GetByTestId("preview-speaker")).ToHaveTextAsync("Ola Wrona");
        await Assertions.Expect(wrona.GetByText(", Maria Kowalski's spokesperson")).ToBeVisibleAsync();
        // "Kowalski said" just after Maria Kowalski is Maria, not the longest Kowalski the article names.
        await Assertions.Expect(page.Locator("tr", new() { HasText = "40 million" }).GetByTestId("preview-speaker")).ToHaveTextAsync("Maria Kowalski");
        var brandt = page.Locator("tr", new() { HasText = "half as much" });
        await Assertions.Expect(brandt.GetByTestId("preview-speaker")).ToHaveTextAsync("Lena Brandt");
        await Assertions.Expect(brandt.GetByText(", Democrat")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "run empty" }).GetByTestId("preview-speaker")).ToHaveTextAsync("Paul Ortiz’s spokesman");
        // A remark dated after its verb is a claim; a family speaks for itself, not as the person it is named after.
        var haddad = page.Locator("tr", new() { HasText = "May 1" });
        await Assertions.Expect(haddad.GetByTestId("preview-speaker")).ToHaveTextAsync("Omar Haddad");
        await Assertions.Expect(haddad.GetByText(", transport minister")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "bus service" }).GetByTestId("preview-speaker")).ToHaveTextAsync("Tomas Reyes’s family");
        // Whom a remark was told to is how it reached the article, not its words; a widow opening her sentence speaks, not the
        // prosecutor of the paragraph before.
        var park = page.Locator("tr", new() { HasText = "safety reports" });
        await Assertions.Expect(park.GetByTestId("preview-speaker")).ToHaveTextAsync("Lee Park");
        await Assertions.Expect(park.GetByText("via the court")).ToBeVisibleAsync();
        await Assertions.Expect(park.GetByText(", Crown attorney")).ToBeVisibleAsync();
        await Assertions.Expect(park).ToContainTextAsync("told — “…the depot's contractor had forged 12 safety reports…”");
        await Assertions.Expect(park).Not.ToContainTextAsync("court the depot");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "rename the depot" }).GetByTestId("preview-speaker")).ToHaveTextAsync("widow of a driver");
        await Shot(page, "speakers-1-preview");

        foreach (var box in await page.GetByRole(AriaRole.Checkbox, new() { Name = "Open claim" }).AllAsync()) await box.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the ticked claims" }).ClickAsync();
        await Assertions.Expect(page.GetByText("10 claim(s) opened.")).ToBeVisibleAsync();
        await page.GotoAsync("/desk?q=empty");
        await page.Locator("a[href^='/desk/claims/']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("Paul Ortiz’s spokesman");
        await Assertions.Expect(page.GetByText("(a person)")).ToBeVisibleAsync();
        await Shot(page, "speakers-2-claim");

        await page.GotoAsync("/desk?q=fire exit");
        await page.Locator("a[href^='/desk/claims/']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("Ana Silva’s spokesperson");
        await Assertions.Expect(page.GetByText("(a person)")).ToBeVisibleAsync();
        await Shot(page, "speakers-3-spokesperson");

        await page.GotoAsync("/desk?q=80 buses");
        await page.Locator("a[href^='/desk/claims/']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("Ola Wrona");
        await Assertions.Expect(page.GetByText("(a person)")).ToBeVisibleAsync();
        await Shot(page, "speakers-4-named-spokesperson");
    }

    const string WireCopy =
        "Water advisory enters ninth year\n\n" +
        "WINNIPEG — A northern First Nation is asking Ottawa for a firm date after its boil-water advisory entered a ninth year.\n\n" +
        "“Our kids have never had clean water from the tap,” said Chief Sheila North of Kistigan Lake First Nation. “That is a shame for a country like Canada.”\n\n" +
        "“Nobody in Winnipeg would wait nine years for a plant.”\n\n" +
        "The new plant is expected to be finished in 2027, the department said in a news release.\n\n" +
        "Codiac RCMP Cpl. Julie Rogers said officers found a man, 61, at the plant shortly after 10 p.m.\n\n" +
        "The band office did not answer questions on Friday.\n\n" +
        "“This is the third promise this year.”\n";

    /// <summary>
    /// Wire copy as a careful editor reads it: a chief "of" her First Nation is the chief (and "North" is her surname); a
    /// quotation interrupted by "said Chief …" is claimed in her words alone, and the quotation paragraph after it is hers too
    /// (the preview says it has no cue of its own); "…, the department said in a news release" is the department's claim
    /// through the release; an age set off by commas and "p.m." stay in the words; an office that did not answer owns no
    /// quotation, and the unattributed one after it is no claim.
    /// </summary>
    [Fact]
    public async Task Wire_copy_is_attributed_as_an_editor_would_in_the_preview_and_on_the_claim()
    {
        var page = await SignInAs("checker");
        await page.GotoAsync("/desk/ingest");
        await page.GetByLabel("Article text").FillAsync(WireCopy);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the claims" }).ClickAsync();
        var chief = page.Locator("tr", new() { HasText = "clean water from the tap" });
        await Assertions.Expect(chief.GetByTestId("preview-speaker")).ToHaveTextAsync("Sheila North");
        await Assertions.Expect(chief.GetByText(", chief")).ToBeVisibleAsync();
        await Assertions.Expect(chief.Locator("label")).ToHaveTextAsync("Our kids have never had clean water from the tap. That is a shame for a country like Canada");
        var continued = page.Locator("tr", new() { HasText = "nine years for a plant" });
        await Assertions.Expect(continued.GetByTestId("preview-speaker")).ToHaveTextAsync("Sheila North");
        await Assertions.Expect(continued).ToContainTextAsync("no cue: a quotation paragraph continuing the speaker's quotation before it");
        await Assertions.Expect(continued).ToContainTextAsync("continues the speaker's quotation in the paragraph before");
        await Assertions.Expect(continued).Not.ToContainTextAsync("does not say who said it");
        var department = page.Locator("tr", new() { HasText = "finished in 2027" });
        await Assertions.Expect(department.GetByTestId("preview-speaker")).ToHaveTextAsync("department");
        await Assertions.Expect(department.GetByText("via a news release")).ToBeVisibleAsync();
        await Assertions.Expect(department.Locator("label")).ToHaveTextAsync("The new plant is expected to be finished in 2027");
        var police = page.Locator("tr", new() { HasText = "shortly after 10 p.m." });
        await Assertions.Expect(police.GetByTestId("preview-speaker")).ToHaveTextAsync("Julie Rogers");
        await Assertions.Expect(police.GetByText(", Codiac RCMP corporal")).ToBeVisibleAsync();
        await Assertions.Expect(police.Locator("label")).ToHaveTextAsync("Officers found a man, 61, at the plant shortly after 10 p.m.");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "third promise" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tr", new() { HasText = "did not answer" })).ToHaveCountAsync(0);
        await Shot(page, "wire-1-preview");

        foreach (var box in await page.GetByRole(AriaRole.Checkbox, new() { Name = "Open claim" }).AllAsync()) await box.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the ticked claims" }).ClickAsync();
        await page.GotoAsync("/desk?q=clean water");
        await page.Locator("a[href^='/desk/claims/']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("Sheila North");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Our kids have never had clean water from the tap. That is a shame for a country like Canada");
        await Shot(page, "wire-2-claim");
    }

    const string Feature =
        "A tailor shop and a first winter in Medicine Hat\n\n" +
        "MEDICINE HAT, Alta. — When Leila Nasser opened her tailor shop on 2nd Street last spring, she had no customers at all.\n\n" +
        "Nasser and her husband, Karim, arrived in Canada in 2016 with their three children.\n\n" +
        "Karim said the night shifts at the meat plant paid for the first sewing machine in 2019.\n\n" +
        "Their youngest son, Sami, 17, wants to study engineering. He said his parents worked 70 hours a week for five years.\n\n" +
        "Emergency Management Minister Nadia Brell said the province would fund 40 settlement workers next year.\n\n" +
        "“Newcomers start one business in seven here,” Brell told reporters.\n\n" +
        "Court heard last week that a former employer had withheld $12,000 in wages from the couple.\n";

    /// <summary>
    /// A feature as an editor reads it: the husband and the son named by given name carry the family's surname, "he said"
    /// after the son is the son; the minister's role is lower case in every word and is on her second remark too (named by
    /// surname alone); "Court heard that …" is the court's remark, and the intention ("wants to study") is no claim.
    /// </summary>
    [Fact]
    public async Task A_feature_names_each_family_member_and_the_ministers_role_on_every_remark()
    {
        var page = await SignInAs("checker");
        await page.GotoAsync("/desk/ingest");
        await page.GetByLabel("Article text").FillAsync(Feature);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the claims" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "first sewing machine" }).GetByTestId("preview-speaker")).ToHaveTextAsync("Karim Nasser");
        var son = page.Locator("tr", new() { HasText = "70 hours a week" });
        await Assertions.Expect(son.GetByTestId("preview-speaker")).ToHaveTextAsync("Sami Nasser");
        await Assertions.Expect(son.Locator("label")).ToHaveTextAsync("Sami Nasser’s parents worked 70 hours a week for five years");
        var second = page.Locator("tr", new() { HasText = "one business in seven" });
        await Assertions.Expect(second.GetByTestId("preview-speaker")).ToHaveTextAsync("Nadia Brell");
        await Assertions.Expect(second.GetByText(", emergency management minister")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "withheld $12,000" }).GetByTestId("preview-speaker")).ToHaveTextAsync("Court");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "study engineering" })).ToHaveCountAsync(0);
        await Shot(page, "feature-1-preview");

        foreach (var box in await page.GetByRole(AriaRole.Checkbox, new() { Name = "Open claim" }).AllAsync()) await box.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the ticked claims" }).ClickAsync();
        await page.GotoAsync("/desk?q=one business in seven");
        await page.Locator("a[href^='/desk/claims/']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("Nadia Brell");
        await Assertions.Expect(page.GetByTestId("speaker-role")).ToHaveTextAsync("emergency management minister");
        await Shot(page, "feature-2-claim");
    }

    const string Clinic =
        "Families wait years for therapy as clinic lists grow\n\n" +
        "SASKATOON — When Nadia Fortin's son was diagnosed with autism at age three, she was told he would wait two years for therapy.\n\n" +
        "The union that represents Fortin's therapists and their colleagues says it warned the health authority about the lists in 2022.\n\n" +
        "Its president, Tomas Lindqvist, did not mince words. \"The province has known about this for three years.\"\n\n" +
        "Health Minister Carla Dube spoke about the lists in an interview with CBC's The Morning Edition on Thursday.\n\n" +
        "\"I won't pretend the system is working,\" she told host Paul Ng. \"It isn't, yet.\"\n";

    /// <summary>
    /// What a reader takes from copy without a verb of saying, the desk takes too, and says so: the quotation after "Its
    /// president, Tomas Lindqvist, did not mince words." is his, with the reason shown; the union speaks, not the people its
    /// relative clause names; "she was told" is no claim; the minister's remark reached the article through the programme,
    /// which is no person "she" could mean.
    /// </summary>
    [Fact]
    public async Task Copy_without_a_verb_of_saying_names_the_speaker_and_says_why()
    {
        var page = await SignInAs("checker");
        await page.GotoAsync("/desk/ingest");
        await page.GetByLabel("Article text").FillAsync(Clinic);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the claims" }).ClickAsync();
        var framed = page.Locator("tr", new() { HasText = "known about this for three years" });
        await Assertions.Expect(framed.GetByTestId("preview-speaker")).ToHaveTextAsync("Tomas Lindqvist");
        await Assertions.Expect(framed.GetByText("framed by the sentence naming the speaker")).ToBeVisibleAsync();
        await Assertions.Expect(framed.GetByText("no cue: a quotation framed by the sentence that names the speaker", new() { Exact = false })).ToBeVisibleAsync();
        var union = page.Locator("tr", new() { HasText = "warned the health authority" });
        await Assertions.Expect(union.GetByTestId("preview-speaker")).ToHaveTextAsync("union");
        await Assertions.Expect(union.Locator("label")).ToHaveTextAsync("The union warned the health authority about the lists in 2022");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "wait two years" })).ToHaveCountAsync(0);
        var minister = page.Locator("tr", new() { HasText = "pretend the system is working" });
        await Assertions.Expect(minister.GetByTestId("preview-speaker")).ToHaveTextAsync("Carla Dube");
        await Assertions.Expect(minister.GetByText("via CBC's The Morning Edition")).ToBeVisibleAsync();
        await Shot(page, "framed-1-preview");

        foreach (var box in await page.GetByRole(AriaRole.Checkbox, new() { Name = "Open claim" }).AllAsync()) await box.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the ticked claims" }).ClickAsync();
        await page.GotoAsync("/desk?q=known about this for three years");
        await page.Locator("a[href^='/desk/claims/']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("Tomas Lindqvist");
        await Assertions.Expect(page.GetByTestId("speaker-role")).ToHaveTextAsync("president");
        await Shot(page, "framed-2-claim");
    }

    const string Court =
        "Former treasurer sentenced to four years for fraud\n\n" +
        "SASKATOON — A former church treasurer who took more than $300,000 from a building fund has been sentenced to four years in prison.\n\n" +
        "Crown prosecutor Alan Reyes had asked for six years. Defence lawyer Peter Wong said his client had repaid a third of the money.\n\n" +
        "The man, who cannot be named under a court order protecting a witness, stood to address the court. \"I lied to people who loved me,\" he said.\n\n" +
        "The sister of one of the donors said outside court that members were still struggling.\n\n" +
        "\"Some of our seniors gave their savings. We will be paying for this for years,\" she said.\n\n" +
        "Grace, a member of the congregation who asked that her last name not be used, said the sentence was fair.\n\n" +
        "\"Four years is not nothing,\" she said.\n";

    /// <summary>
    /// Court copy, where the people who speak last are described and not named: the accused's apology is "the man"'s, not
    /// the defence lawyer's (named last); the donor's sister's quotation is hers, not the prosecutor's; a woman named by
    /// given name alone keeps her next quotation; asking not to be named is no claim; and the claim page marks such a
    /// speaker a person.
    /// </summary>
    [Fact]
    public async Task People_described_and_not_named_keep_their_own_words()
    {
        var page = await SignInAs("checker");
        await page.GotoAsync("/desk/ingest");
        await page.GetByLabel("Article text").FillAsync(Court);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the claims" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "lied to people" }).GetByTestId("preview-speaker")).ToHaveTextAsync("man");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "gave their savings" }).GetByTestId("preview-speaker")).ToHaveTextAsync("sister of one of the donors");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "not nothing" }).GetByTestId("preview-speaker")).ToHaveTextAsync("Grace");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "last name not be used" })).ToHaveCountAsync(0);
        await Shot(page, "described-1-preview");

        foreach (var box in await page.GetByRole(AriaRole.Checkbox, new() { Name = "Open claim" }).AllAsync()) await box.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the ticked claims" }).ClickAsync();
        await page.GotoAsync("/desk?q=gave their savings");
        await page.Locator("a[href^='/desk/claims/']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("sister of one of the donors");
        await Assertions.Expect(page.GetByText("(a person)")).ToBeVisibleAsync();
        await Shot(page, "described-2-claim");
    }

    /// <summary>
    /// A remark signed "she" where the article names only a man is left as "she" (never given to him); the desk will not send its
    /// verdict up until the checker names who said it, and then it goes.
    /// </summary>
    [Fact]
    public async Task A_pronoun_the_article_never_named_is_named_on_the_desk_before_the_verdict_goes_up()
    {
        var page = await SignInAs("checker");
        await page.GotoAsync("/desk/ingest");
        await page.GetByLabel("Article text").FillAsync("Shelter opens\n\nCity manager Paul Grant said the shelter would open in May.\n\n"
                                                        + "“The shelter will have 40 beds on a typical night,” she said.\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the claims" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "open in May" }).GetByTestId("preview-speaker")).ToHaveTextAsync("Paul Grant");
        var beds = page.Locator("tr", new() { HasText = "40 beds" });
        await Assertions.Expect(beds.GetByTestId("preview-speaker")).ToHaveTextAsync("she");
        await page.GetByLabel("Open claim 1").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the ticked claims" }).ClickAsync();
        await page.GotoAsync("/desk?q=40 beds");
        await page.Locator("a[href^='/desk/claims/']").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("she");
        await Assertions.Expect(page.GetByText("(a person)")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start source lookup" }).ClickAsync();
        await page.GetByLabel("URL", new() { Exact = true }).FillAsync("https://example.org/city/shelter-plan");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Shelter plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start review" }).ClickAsync();
        await page.GetByLabel("Rating").SelectOptionAsync("true");
        await page.GetByLabel("Summary").FillAsync("The plan lists 40 beds.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit this verdict" }).ClickAsync();
        // The refusal says why, and so does the list of what is blocked before anyone tries.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("the claim's speaker is “she”, a pronoun the article never tied to a name");
        await Assertions.Expect(page.Locator("p.blocked", new() { HasText = "Submit verdict for approval blocked" })).ToContainTextAsync("a pronoun");
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("Review");
        await Shot(page, "speakers-pronoun-1-refused");

        await page.Locator("summary", new() { HasText = "Edit the claim as checked" }).ClickAsync();
        await page.GetByLabel("Speaker (who made the claim").FillAsync("Mira Sandhu");
        await page.GetByLabel("The speaker is").SelectOptionAsync("person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("speaker")).ToHaveTextAsync("Mira Sandhu");
        await page.GetByLabel("Rating").SelectOptionAsync("true");
        await page.GetByLabel("Summary").FillAsync("The plan lists 40 beds.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit this verdict" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("state")).ToHaveTextAsync("Editor approval");
        await Assertions.Expect(page.GetByText("Verdict submitted; the claim is now in Editor approval.")).ToBeVisibleAsync();
        await Shot(page, "speakers-pronoun-2-submitted");
    }
}
