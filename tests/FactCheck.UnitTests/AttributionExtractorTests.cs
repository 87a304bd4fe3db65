using System.Text;
using FactCheck.Extraction;
using FactCheck.Features.Articles;

namespace FactCheck.UnitTests;

/// <summary>Sentences written for these tests, in the shapes newsroom copy uses.</summary>
public class AttributionExtractorTests
{
    const string Article = """
        President Aleksandar M. Vucic of Serbia hosts a rare visit by the Hungarian prime minister, Viktor Orban, on Monday.
        As prices have climbed, Vucic has allowed Budapest to use his pipelines. In remarks reported by the state news agency Tanjug, the Serbian strongman insisted that his meeting with Orban would focus on energy prices, particularly the price of gas.
        But he conceded that “of course, we will not avoid” border issues and “we will talk about the security of our state”.
        The talks follow repeated warnings from Croatia in recent days that troops could be massing near the border, only 40km from the capital.
        But many economists believe that inflation will fall below 3 percent next year.
        The Center for Coastal Studies, a Boston-based research group, said in a report published on Tuesday that a new storm surge was unlikely as “there are still no signs that the sea wall is failing”.
        “We will cut taxes by a third,” said Mayor John Smith. “Every one of them.”
        Prices rose 4 percent last year, according to the statistics office.
        """;

    static readonly IReadOnlyList<Attribution> Found = AttributionExtractor.Extract(Article);

    static Attribution By(string cue) => Assert.Single(Found, a => a.Cue.Text.EndsWith(cue, StringComparison.Ordinal));

    [Theory]
    [InlineData("In remarks reported by the regional broadcaster Harbour FM, the port's director, Anna B. Kask, insisted that the new pier would be finished by May.", "Anna B. Kask", "Harbour FM")]
    [InlineData("In remarks reported by the public broadcaster Nordvision, the trade minister, Kenji Sato, insisted that exports would recover by the summer.", "Kenji Sato", "Nordvision")]
    [InlineData("The mayor, Tomas Berg, opened the new bridge on Monday. The senator, Maria Lopes, said that the budget would be cut by a third.", "Maria Lopes", null)]
    [InlineData("Maria Lopes, the senator, said that the budget would be cut by a third.", "Maria Lopes", null)]
    public void The_speaker_is_the_person_an_apposition_names_not_the_outlet_or_the_person_before(string text, string speaker, string? channel)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text), x => x.Content.Text.Contains("would"));
        Assert.Equal((speaker, channel), (a.Speaker, a.Channel));
    }

    /// <summary>An interview, a news release, a study: how the words came (the channel); who is behind them is the speaker.</summary>
    [Theory]
    [InlineData("In an interview with The Harbour Times, Fisheries Minister Olga Brandt said quotas would be cut next spring.", "Olga Brandt", "The Harbour Times")]
    [InlineData("The coast guard said in a news release that the ferry would resume sailing on Monday.", "coast guard", "a news release")]
    [InlineData("The study, released Tuesday by the Lakeshore Institute, a think tank, found that rents would rise 9 per cent.", "Lakeshore Institute", "a study")]
    [InlineData("An analysis published last week by Nordstat concluded that exports would fall.", "Nordstat", "an analysis")]
    [InlineData("Economist Rita Moss told The Harbour Herald and Mail that wages had not kept pace with rents.", "Rita Moss", "The Harbour Herald and Mail")]
    [InlineData("Finance Minister Jon Ek told CTV's Question Period on Sunday that the deal was close.", "Jon Ek", "CTV's Question Period")]
    [InlineData("\"It's a disaster for the port,\" Karen Holt, the member for Riverside, said in a phone interview.", "Karen Holt", "a phone interview")]
    [InlineData("Speaking on Coast Radio's The Bridge, Defence Minister Bill Ames said the navy would buy 12 ships by 2032.", "Bill Ames", "Coast Radio's The Bridge")]
    public void A_document_or_interview_is_the_channel_and_whoever_issued_it_the_speaker(string text, string speaker, string channel)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal((speaker, channel), (a.Speaker, a.Channel));
    }

    [Fact]
    public void An_agency_quoting_someone_as_saying_is_the_person_speaking_through_the_agency()
    {
        var found = AttributionExtractor.Extract("The agency Ukrinform quoted the commander, Ivan Hrytsenko, as saying that the bridge had been destroyed.");
        var a = Assert.Single(found);
        Assert.Equal(("Ivan Hrytsenko", "Ukrinform", "that the bridge had been destroyed"), (a.Speaker, a.Channel, a.Content.Text));
    }

    [Fact]
    public void According_to_a_statement_from_someone_is_them_speaking_in_a_statement()
    {
        var a = Assert.Single(AttributionExtractor.Extract("According to a statement from the Interior Ministry, 40 people were arrested overnight."));
        Assert.Equal(("Interior Ministry", "a statement"), (a.Speaker, a.Channel));
    }

    [Theory]
    [InlineData("The minister has in recent weeks sought to project a more hands-on image.")]
    [InlineData("The governor plans to visit the flooded towns on Friday and tried to reassure residents.")]
    public void Narration_is_never_worth_opening_as_a_claim(string text) =>
        Assert.All(AttributionExtractor.Extract(text), a => Assert.Equal(0, a.CheckWorthiness));

    [Fact]
    public void Telling_a_newspaper_is_the_channel()
    {
        var a = Assert.Single(AttributionExtractor.Extract("The senator, Maria Lopes, told the daily Folha that the budget would be cut by a third."));
        Assert.Equal(("Maria Lopes", "Folha"), (a.Speaker, a.Channel));
    }

    [Fact]
    public void Finds_each_remark_once_with_its_speaker()
    {
        (string Speaker, string Content)[] expected =
        [
            ("Aleksandar M. Vucic", "that his meeting with Orban"), ("Aleksandar M. Vucic", "that “of course, we will not avoid”"),
            ("Croatia", "that troops could be massing"), ("many economists", "that inflation will fall"),
            ("Center for Coastal Studies", "that a new storm surge"), ("John Smith", "“We will cut taxes"), ("statistics office", "Prices rose 4 percent"),
        ];
        foreach (var (speaker, content) in expected)
            Assert.Single(Found, a => a.Speaker == speaker && a.Content.Text.StartsWith(content, StringComparison.Ordinal));
        Assert.Equal(Found.Count, Found.Select(a => (a.Content.Start, a.Content.End)).Distinct().Count());
        // Whatever else is found is not worth opening: below the default threshold of 0.4.
        Assert.All(Found.Where(a => !expected.Any(e => a.Speaker == e.Speaker && a.Content.Text.StartsWith(e.Content, StringComparison.Ordinal))),
            a => Assert.True(a.CheckWorthiness < 0.4, $"{a.Cue.Text}: {a.Content.Text}"));
    }

    [Fact]
    public void Offsets_are_string_indices_into_the_input()
    {
        foreach (var a in Found)
            foreach (var s in new[] { a.Source, a.Cue, a.Content }.Concat(a.Quotes))
                Assert.Equal(s.Text, Article[s.Start..s.End]);
    }

    [Fact]
    public void Resolves_a_description_to_the_named_person_and_takes_the_agency_as_channel()
    {
        var a = By("insisted");
        Assert.Equal(("the Serbian strongman", "Aleksandar M. Vucic", "Tanjug"), (a.Source.Text, a.Speaker, a.Channel));
        Assert.StartsWith("that his meeting with Orban would focus on energy prices", a.Content.Text);
        Assert.EndsWith("the price of gas", a.Content.Text);
    }

    [Fact]
    public void Resolves_he_and_keeps_the_channel_of_his_previous_remark()
    {
        var a = By("conceded");
        Assert.Equal(("he", "Aleksandar M. Vucic", "Tanjug"), (a.Source.Text, a.Speaker, a.Channel));
        Assert.Equal(["of course, we will not avoid", "we will talk about the security of our state"], a.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Reads_a_nominal_cue()
    {
        var a = By("warnings");
        Assert.Equal(("Croatia", "Croatia"), (a.Source.Text, a.Speaker));
        Assert.Equal("that troops could be massing near the border, only 40km from the capital", a.Content.Text);
        Assert.Contains("contains a number", a.Reasons);
    }

    [Fact]
    public void Reads_a_belief_and_rates_it_below_a_statement_of_fact()
    {
        var a = By("believe");
        Assert.Equal("many economists", a.Source.Text);
        Assert.Contains("an opinion or expectation rather than a statement of fact", a.Reasons);
        Assert.True(a.CheckWorthiness < By("warnings").CheckWorthiness);
    }

    [Fact]
    public void Skips_an_appositive_and_finds_the_report_and_the_quote()
    {
        var a = Found.Single(x => x.Source.Text.StartsWith("The Center", StringComparison.Ordinal));
        Assert.Equal(("The Center for Coastal Studies, a Boston-based research group", "Center for Coastal Studies", "a report"), (a.Source.Text, a.Speaker, a.Channel));
        Assert.StartsWith("that a new storm surge was unlikely", a.Content.Text);
        Assert.Equal("there are still no signs that the sea wall is failing", Assert.Single(a.Quotes).Text);
    }

    [Fact]
    public void Reads_a_quote_before_an_inverted_cue_and_according_to()
    {
        var quoted = Found.Single(x => x.Speaker.Contains("Smith", StringComparison.Ordinal));
        Assert.Equal(("Mayor John Smith", "“We will cut taxes by a third,” said Mayor John Smith. “Every one of them.”"), (quoted.Source.Text, quoted.Content.Text));
        // The claim is the quotation without the reporter's "said Mayor John Smith" in the middle of it.
        Assert.Equal("We will cut taxes by a third. Every one of them", IngestArticle.ClaimText(quoted));
        var according = By("according to");
        Assert.Equal(("the statistics office", "Prices rose 4 percent last year"), (according.Source.Text, according.Content.Text));
    }

    /// <summary>A quotation the reporter interrupted to say who spoke is one claim in the speaker's words alone.</summary>
    [Theory]
    [InlineData("“We have nurses working 16-hour shifts,” Ariss said. “That is not safe for patients.”", "We have nurses working 16-hour shifts. That is not safe for patients")]
    [InlineData("“We made a hard choice,” Mayor Dana Kerr said, “and the court has said it was a lawful one.”", "We made a hard choice and the court has said it was a lawful one")]
    [InlineData("“Clinics don't run on press releases,” she said. “They run on nurses.”", "Clinics don't run on press releases. They run on nurses")]
    [InlineData("“Our kids have never had clean water from the tap,” said Chief Sheila North of Kistigan Lake First Nation. “That is a shame for a country like Canada.”", "Our kids have never had clean water from the tap. That is a shame for a country like Canada")]
    [InlineData("The van sped west on Main Street, police said, and struck two parked cars near the bridge.", "The van sped west on Main Street and struck two parked cars near the bridge")]
    [InlineData("Officers tried to stop a stolen truck. The driver fled north on the highway, RCMP said, and hit two vehicles near the Red Lake exit.", "The driver fled north on the highway and hit two vehicles near the Red Lake exit")]
    public void An_interrupted_quotation_is_claimed_in_the_speakers_words(string text, string claim)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(claim, IngestArticle.ClaimText(a));
    }

    /// <summary>"It" in the words of a body the article describes rather than names reads "the union …", not "Union …".</summary>
    [Fact]
    public void A_described_body_opens_its_claim_with_the()
    {
        var a = Assert.Single(AttributionExtractor.Extract("Nurse Ilse Brandt kept the ward open.\n\nThe union that represents Brandt and her co-workers says it warned the hospital about the wiring in 2022."));
        Assert.Equal("The union warned the hospital about the wiring in 2022", IngestArticle.ClaimText(a));
    }

    [Fact]
    public void Reads_a_transcript_line_as_its_speakers_words()
    {
        const string transcript = "Partial transcript:\n\nMAYOR SMITH: We cut the budget by 4 percent. Nobody noticed.\nThe meeting ended.";
        var a = Assert.Single(AttributionExtractor.Extract(transcript));
        Assert.Equal(("MAYOR SMITH", ":", "We cut the budget by 4 percent. Nobody noticed"), (a.Source.Text, a.Cue.Text, a.Content.Text));
    }

    [Fact]
    public void Reads_a_possessive_nominal_cue()
    {
        var a = Assert.Single(AttributionExtractor.Extract("Croatia's warnings that troops are massing near the border grew louder on Monday.\n"));
        Assert.Equal(("Croatia", "warnings", "that troops are massing near the border grew louder on Monday"), (a.Source.Text, a.Cue.Text, a.Content.Text));
    }

    [Fact]
    public void Reads_a_signed_quotation()
    {
        const string comments = "Readers wrote in.\n“The port was busier than ever. I saw it myself.” ― Anna Berg\n";
        var a = Assert.Single(AttributionExtractor.Extract(comments));
        Assert.Equal(("Anna Berg", "―", "“The port was busier than ever. I saw it myself.”"), (a.Source.Text, a.Cue.Text, a.Content.Text));
    }

    /// <summary>Readers' comments as magazines print them: the dash glued to the quotation, initials in the name, a wrong opening mark.</summary>
    [Fact]
    public void Reads_signed_quotations_as_they_are_printed()
    {
        const string comments = "Readers wrote in.\n"
                                + "“The port was busier than ever. I saw it myself.”― Anna Berg\u00a0\n"
                                + "”The ferry fares doubled in May. Nobody asked us.” ― Jan K. Nowak\n"
                                + "“The quay is still closed.” ― Maria A. Lopes Duarte\n";
        var found = AttributionExtractor.Extract(comments);
        Assert.Equal(
            [("Anna Berg", "“The port was busier than ever. I saw it myself.”"), ("Jan K. Nowak", "”The ferry fares doubled in May. Nobody asked us.”"),
             ("Maria A. Lopes Duarte", "“The quay is still closed.”")],
            found.Select(a => (a.Speaker, a.Content.Text)));
    }

    /// <summary>Two remarks in two sentences stay two when the second is read through "according to" (it swallowed the first), and the second is one claim.</summary>
    [Fact]
    public void A_remark_before_an_according_to_sentence_is_kept()
    {
        const string text = "Police said a 51-year-old woman had been charged with arson. Detectives believe she acted alone, according to a police spokesperson.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Contains(found, a => a.Speaker == "Police" && a.Content.Text == "a 51-year-old woman had been charged with arson");
        // The belief is one claim, the detectives' through the spokesperson, without "according to …" in its words.
        var belief = Assert.Single(found, a => a.Content.Text.Contains("acted alone", StringComparison.Ordinal));
        Assert.Equal(("Detectives", "a police spokesperson", "she acted alone"), (belief.Speaker, belief.Channel, belief.Content.Text));
    }

    /// <summary>The edges of a remark as a wire story writes them: whom it was told to, an amount, a parenthesis, a clause a noun opens.</summary>
    [Theory]
    // "told the jury": the jury heard it (the channel); the remark starts after it.
    [InlineData("Crown attorney Lee Park told the jury the accused had planned the robbery for weeks.", "Crown attorney Lee Park", "told", "the accused had planned the robbery for weeks", "Lee Park", "the jury")]
    // "said up to 40 millimetres": the amount is the remark's, not the cue's.
    [InlineData("Forecasters said up to 40 millimetres of rain could fall overnight in Moncton.", "Forecasters", "said", "up to 40 millimetres of rain could fall overnight in Moncton", "Forecasters", null)]
    // An abbreviation in parentheses closes inside the source.
    [InlineData("The Canadian Nurses Association (CNA) said 14,000 nurses left the profession last year.", "The Canadian Nurses Association (CNA)", "said", "14,000 nurses left the profession last year", "Canadian Nurses Association", null)]
    // ", a plan hockey parents say will …": the parents say what follows, not the plan's clause before it.
    [InlineData("MONCTON — The city will close two arenas next spring, a plan hockey parents say will send 30 teams to Dieppe.", "hockey parents", "say", "will send 30 teams to Dieppe", "hockey parents", null)]
    // A phrase set beside the whole remark after its dated cue (", a move the union called …") is not the remark.
    [InlineData("REGINA — Saskatchewan will build 12 new schools by 2028, Education Minister Ruth Kessler announced Tuesday, a plan the teachers' federation called \"long overdue.\"", "Education Minister Ruth Kessler", "announced", "Saskatchewan will build 12 new schools by 2028", "Ruth Kessler", null)]
    // "who" after the sentence's subject stands for it.
    [InlineData("Ward clerks, who asked not to be named because they feared for their jobs, said the hospital closed 14 beds in June.", "who", "said", "the hospital closed 14 beds in June", "Ward clerks", null)]
    // ", after …" following the dated cue is the circumstance of the whole remark, not the remark.
    [InlineData("OTTAWA — The federal government will review the rules on airline refunds, Transport Minister Ana Silva said Friday, after complaints to the agency passed 70,000.", "Transport Minister Ana Silva", "said", "The federal government will review the rules on airline refunds", "Ana Silva", null)]
    // ", saying …" after a dateline: the sentence's subject, the whole name, not the dateline.
    [InlineData("Rates on hold\n\nOTTAWA — The Bank of Canada held its key interest rate steady at 2.25 per cent on Wednesday, saying the economy was adjusting to U.S. tariffs roughly as expected.", "The Bank of Canada", "saying", "the economy was adjusting to U.S. tariffs roughly as expected", "Bank of Canada", null)]
    // "said 62 | per cent …": the number the tagger left between the cue and the words is the remark's; "the report" is that of the
    // province named before, whose government speaks through it.
    [InlineData("Dry spring ahead\n\nREGINA — Farmers are heading into seeding with the driest soil in a decade, according to the province's latest crop report.\n\nThe report, released Thursday, said 62 per cent of cropland was short or very short of topsoil moisture.", "The report, released Thursday", "said", "62 per cent of cropland was short or very short of topsoil moisture", "Government of Saskatchewan", "a crop report")]
    // A dash after a name is no dateline: the subject before it is who said it.
    [InlineData("Premier Doug Fraser — already under fire over the greenbelt — held a news conference Monday, saying 40 new schools would open by 2027.", "Premier Doug Fraser", "saying", "40 new schools would open by 2027", "Doug Fraser", null)]
    // "Court heard that …" is what was said in the proceedings (the tagger took "had argued" inside it for the cue).
    [InlineData("Court heard that the two partners had argued over $300,000 in unpaid invoices.", "Court", "heard", "that the two partners had argued over $300,000 in unpaid invoices", "Court", null)]
    [InlineData("The jury heard on Monday that the two partners had argued over $300,000.", "The jury", "heard", "that the two partners had argued over $300,000", "jury", null)]
    // Where it was told is not the remark: "told reporters outside the courthouse that …".
    [InlineData("Kessler has pleaded not guilty.\n\nHis lawyer, Mitchell Obeng, told reporters outside the courthouse that his client \"looks forward to telling his side.\"", "His lawyer, Mitchell Obeng", "told", "that his client \"looks forward to telling his side.\"", "Mitchell Obeng", "reporters")]
    public void The_remark_its_source_and_its_cue_end_where_a_wire_story_puts_them(string text, string source, string cue, string content, string speaker, string? channel)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text), x => x.Cue.Text.StartsWith(cue, StringComparison.Ordinal));
        Assert.Equal((source, cue, content, speaker, channel), (a.Source.Text, a.Cue.Text, a.Content.Text, a.Speaker, a.Channel));
    }

    /// <summary>The words of a claim are never the one who made another: in "Another parent, Harjit Gill, said the province should
    /// pay teachers what they ask", "they ask" is no remark whose words are "Another parent, Harjit Gill".</summary>
    [Fact]
    public void The_words_of_a_claim_are_never_another_claims_source()
    {
        const string text = "Parents were split.\n\nAnother parent, Harjit Gill, said the province should pay teachers what they ask.";
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(("Harjit Gill", "the province should pay teachers what they ask"), (a.Speaker, a.Content.Text));
    }

    /// <summary>"We cannot say no" inside the mayor's quotation is his words, not a remark whose source is "We cannot".</summary>
    [Fact]
    public void A_cue_inside_another_remarks_quotation_is_no_remark_of_its_own()
    {
        const string text = "Mayor Dana Fillmore said the city needs the 300 units the tower will provide.\n\n\"We are in a housing crisis. We cannot say no to every project,\" Fillmore told council.";
        var found = AttributionExtractor.Extract(text);
        Assert.All(found, a => Assert.Equal("Dana Fillmore", a.Speaker));
        Assert.Equal(2, found.Count);
    }

    /// <summary>A dateline is where the story was filed, and the next sentence's speaker did not say this one's words.</summary>
    [Theory]
    [InlineData("Teachers strike across Alberta\n\nEDMONTON — Thousands of teachers across Alberta walked off the job Monday, saying the province has ignored their demands for smaller classes.\n\n", "Thousands of teachers across Alberta")]
    [InlineData("Nurses strike across Quebec\n\nMONTREAL — Thousands of nurses across Quebec walked off the job Tuesday, saying the province has ignored their demands for smaller classes.\n\n", "Thousands of nurses across Quebec")]
    public void A_dateline_or_the_next_sentences_speaker_is_never_the_source(string lede, string? speaker)
    {
        var text = lede + "\"We are worn out,\" said Rita Holm, president of the ATA, the union representing 40,000 members. \"We cannot keep working like this.\"\n";
        var found = AttributionExtractor.Extract(text);
        var a = Assert.Single(found, a => a.Content.Text.Contains("smaller classes", StringComparison.Ordinal));
        Assert.Equal(speaker ?? AttributionExtractor.UnnamedSource, a.Speaker);
        Assert.Contains(found, a => a.Speaker == "Rita Holm" && a.Content.Text.Contains("worn out", StringComparison.Ordinal));
    }

    /// <summary>A quotation that is a paragraph of its own continues the speaker before it; the next paragraph's cue keeps its own words.</summary>
    [Fact]
    public void A_quotation_paragraph_continues_the_speaker_before_it()
    {
        const string text = "“The plan is flawed from the start,” said Laura Chen, an economist at Prairie College.\n\n"
                            + "“It will cost far more than it saves, and renters will pay for it.”\n\n"
                            + "Chen said the province should build 4,000 public homes instead.\n\n"
                            + "Tom Obi, who advised the previous government, said rents had fallen 3 percent in Regina.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Contains(found, a => a.Speaker == "Laura Chen" && a.Content.Text.Contains("renters will pay", StringComparison.Ordinal));
        Assert.Contains(found, a => a.Speaker == "Laura Chen" && a.Content.Text == "the province should build 4,000 public homes instead");
        Assert.Contains(found, a => a.Speaker == "Tom Obi" && a.Content.Text == "rents had fallen 3 percent in Regina");
    }

    /// <summary>The reporter's words and then a quotation are two remarks, each with its cue; where the words were said is not part of them.</summary>
    [Fact]
    public void A_statement_then_a_quotation_are_two_remarks_and_the_place_is_not_the_remark()
    {
        const string text = "Premier Dana Kerr told reporters at Province House that the ferry would keep running all winter. "
                            + "\"We are not going to cut it,\" Kerr said.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal(
            [("Dana Kerr", "told", "that the ferry would keep running all winter"), ("Dana Kerr", "said", "\"We are not going to cut it,\"")],
            found.Select(a => (a.Speaker, a.Cue.Text, a.Content.Text)));
    }

    /// <summary>A quotation that ends a paragraph goes on with the speaker before it; the next paragraph's speaker keeps their own words.</summary>
    [Fact]
    public void A_quotation_ending_a_paragraph_stays_with_its_speaker_not_the_next_paragraphs()
    {
        const string quote = "“We will not give up the valley,” said Tamsin Oakes, a river warden. “This water is ours.”";
        foreach (var next in new[] { "Governor Piet Haas said permits would cost more.", "The regional governor, Piet Haas, said fishing permits would cost more next year." })
        {
            var found = AttributionExtractor.Extract($"{quote}\n\n{next}\n");
            Assert.Equal([("Tamsin Oakes", quote), ("Piet Haas", next[(next.IndexOf(" said ", StringComparison.Ordinal) + 6)..^1])],
                found.Select(a => (a.Speaker, a.Content.Text)));
        }
    }
    [Fact]
    public void The_tagger_reads_cues_the_rules_do_not_know()
    {
        const string text = "City officials are convinced that the new sea wall will hold through the winter.\nAsked about the budget, the governor declined to comment.\n";
        Assert.DoesNotContain(AttributionExtractor.Rules(text), a => a.Content.Text.Contains("sea wall", StringComparison.Ordinal));
        var found = AttributionExtractor.Extract(text);
        var a = Assert.Single(found, a => a.Content.Text.Contains("sea wall", StringComparison.Ordinal));
        Assert.Equal(("City officials", "are convinced", "that the new sea wall will hold through the winter"), (a.Source.Text, a.Cue.Text, a.Content.Text));
        // What else it reads there is too short to be worth a claim.
        Assert.All(found.Where(x => x != a), x => Assert.True(x.CheckWorthiness < 0.4, x.Content.Text));
    }

    [Fact]
    public void A_remark_nobody_is_named_for_scores_below_the_same_remark_with_a_source()
    {
        const string claim = "that the port handled 40 percent more cargo in March than a year earlier";
        var unnamed = Assert.Single(AttributionExtractor.Extract($"It was widely reported {claim}.\n"));
        var named = Assert.Single(AttributionExtractor.Extract($"The Port Authority reported {claim}.\n"));
        Assert.Equal((0, AttributionExtractor.UnnamedSource, claim), (unnamed.Source.Length, unnamed.Speaker, unnamed.Content.Text));
        Assert.Contains("the article does not say who said it", unnamed.Reasons);
        Assert.Equal(("Port Authority", claim), (named.Speaker, named.Content.Text));
        Assert.True(unnamed.CheckWorthiness < named.CheckWorthiness);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("He said “this never closes. And “this neither, she said. \"Mixed ” quotes\" said nobody")]
    [InlineData("Путин заявил, что встреча будет посвящена экономике.")]
    [InlineData("said said said , , “ ” according to according to")]
    public void Odd_input_gives_a_result_not_an_exception(string text)
    {
        var found = AttributionExtractor.Extract(text);
        foreach (var a in found) Assert.Equal(a.Content.Text, text[a.Content.Start..a.Content.End]);
    }

    /// <summary>News copy dates the remark after its verb: "…, the minister said Monday." is the minister's claim all the same.</summary>
    [Theory]
    [InlineData("The province will hire 300 paramedics by the fall, Health Minister Ana Brandt said Monday.", "Ana Brandt", null)]
    [InlineData("The province will hire 300 paramedics by the fall, Ana Brandt said on Tuesday night.", "Ana Brandt", null)]
    [InlineData("The province will hire 300 paramedics by the fall, Ana Brandt said earlier this week.", "Ana Brandt", null)]
    [InlineData("The province will hire 300 paramedics by the fall, Ana Brandt said last week.", "Ana Brandt", null)]
    [InlineData("The province will hire 300 paramedics by the fall, Ana Brandt told reporters Friday.", "Ana Brandt", "reporters")]
    [InlineData("OTTAWA — The province will hire 300 paramedics by the fall, Health Minister Ana Brandt announced Monday.", "Ana Brandt", null)]
    public void A_remark_dated_after_its_verb_is_still_a_claim(string text, string speaker, string? channel)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(("The province will hire 300 paramedics by the fall", speaker, channel), (a.Content.Text, a.Speaker, a.Channel));
    }

    /// <summary>Where the tagger cuts short the words before a dated cue, the claim is the whole statement, without the dateline.</summary>
    [Fact]
    public void The_words_before_a_dated_cue_are_the_whole_claim_without_the_dateline()
    {
        const string text = "Liberals set budget date\n\nOTTAWA — The federal budget will be tabled on April 16, Finance Minister Chrystia Freeland announced Tuesday.\n";
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(("The federal budget will be tabled on April 16", "Chrystia Freeland"), (a.Content.Text, a.Speaker));
    }

    /// <summary>"X did Y, their union said": who said it is beside the cue, not the sentence's subject across the words.</summary>
    [Fact]
    public void The_source_beside_a_dated_cue_is_who_said_it_not_the_subject_of_the_words()
    {
        var a = Assert.Single(AttributionExtractor.Extract("WINNIPEG — Transit drivers have voted 94 per cent in favour of a strike mandate, their union said Monday."));
        Assert.Equal(("their union", "Transit drivers have voted 94 per cent in favour of a strike mandate"), (a.Source.Text, a.Content.Text));
        // The tagger's words can be cut at their start alone ("… have voted | 93 per cent …"): the whole clause all the same.
        var b = Assert.Single(AttributionExtractor.Extract("SYDNEY, N.S. — Porters at the Cape Breton Regional have voted 93 per cent in favour of strike action, their union said Thursday."));
        Assert.Equal(("their union", "Porters at the Cape Breton Regional have voted 93 per cent in favour of strike action"), (b.Source.Text, b.Content.Text));
    }

    /// <summary>A dateline with a province's abbreviation ("KINGSTON, Ont. —") is where the story was filed; a crowd is counted of someone.</summary>
    [Fact]
    public void A_dateline_with_a_province_is_no_speaker_and_a_crowd_is_counted_of_someone()
    {
        var a = Assert.Single(AttributionExtractor.Extract("KINGSTON, Ont. — Thousands of nurses walked off the job on Monday, saying wards were short 300 staff."));
        Assert.Equal(("Thousands of nurses", "wards were short 300 staff"), (a.Speaker, a.Content.Text));
    }

    /// <summary>A dated cue after a quotation, its speaker set off with an appositive, signs the quotation and the one that goes on
    /// after it: the speaker and the cue are in no quotation of the claim (the desk's claim spans the interruption, as for "Ewa Lis
    /// said Sunday"; the corpus layer keeps the two halves apart).</summary>
    [Fact]
    public void A_quotation_signed_with_a_dated_cue_keeps_the_speaker_out_of_its_words()
    {
        const string text = "“We will not send troops,” Ewa Lis, the minister's deputy, said Sunday. “Diplomacy is the way.”";
        var claim = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal("Ewa Lis", claim.Speaker);
        Assert.Equal(["We will not send troops", "Diplomacy is the way"], claim.Quotes.Select(q => q.Text));
        Assert.DoesNotContain(AttributionExtractor.Attributions(text), a => a.Content.Text.Contains("said", StringComparison.Ordinal));
    }

    [Fact]
    public void Handles_twenty_megabytes_of_text()
    {
        var sb = new StringBuilder();
        while (sb.Length < 20_000_000) sb.Append(Article).Append('\n');
        var found = AttributionExtractor.Extract(sb.ToString());
        Assert.True(found.Count > 1000);
    }

    [Fact]
    public void The_content_hash_ignores_case_and_whitespace()
    {
        Assert.Equal(IngestArticle.ContentHash("Vucic  said\r\nthat X."), IngestArticle.ContentHash("vucic said that x.\n"));
        Assert.NotEqual(IngestArticle.ContentHash("Vucic said that X."), IngestArticle.ContentHash("Vucic said that Y."));
    }
}
