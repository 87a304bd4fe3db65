using FactCheck.Extraction;

using FactCheck;

namespace FactCheck.UnitTests;

/// <summary>
/// Who said it and through what: the shapes news copy uses to name a speaker and a channel, in sentences written for
/// these tests (issue 15's ten held-out shapes, in other words).
/// </summary>
public class SpeakerShapeTests
{
    static Attribution One(string text, string contentWords)
    {
        var found = AttributionExtractor.Extract(text);
        return Assert.Single(found, a => a.Content.Text.Contains(contentWords, StringComparison.Ordinal) && a.CheckWorthiness > 0);
    }

    /// <summary>Issue 15's ten held-out shapes, in our own words: both shipped models must name these right.</summary>
    public static readonly TheoryData<string, string, string, string?> IssueShapes = new()
    {
        // The channel is not the speaker.
        { "In remarks reported by the regional broadcaster Coastline Radio, the port's director, Marta K. Ilves, insisted that the ferry terminal would reopen in May.", "ferry terminal", "Marta K. Ilves", "Coastline Radio" },
        { "Speaking to the public broadcaster NHK, the trade minister, Ken Sato, said that car exports would double by 2030.", "car exports", "Ken Sato", "NHK" },
        { "The Daily Ledger reported the vote on Monday. Posting on X, the city's mayor, Lena Brandt, said that the tram line would be finished by 2027.", "tram line", "Lena Brandt", "X" },
        { "The agency Ukrinform quoted the commander, Ivan Hrytsenko, as saying that the bridge near Kherson had been destroyed.", "bridge near Kherson", "Ivan Hrytsenko", "Ukrinform" },
        { "In an interview with the newspaper Le Soir, the foreign minister, Anne Dubois, said that the embassy would close in June.", "embassy would close", "Anne Dubois", "Le Soir" },
        // A new person named in an appositive is the speaker, not the one before.
        { "The governor, Paul Ortiz, visited the flooded towns on Sunday. The senator, Maria Lopes, told the daily Folha that the relief fund had been cut by half.", "relief fund", "Maria Lopes", "Folha" },
        { "Paul Ortiz spoke first. Maria Lopes, the senator, said that the relief fund had been cut by half.", "relief fund", "Maria Lopes", null },
        // According to a statement from X: X speaks, in a statement.
        { "According to a statement from the Interior Ministry, the border crossing at Narva was closed for 12 hours.", "border crossing", "Interior Ministry", "a statement" },
        // Titles are roles, not names; apostrophes and U.S. stay whole.
        { "Assistant Commissioner Eric Stubbs said that 40 officers had been sent to the camp.", "40 officers", "Eric Stubbs", null },
        { "U.S. President Donald Trump said that tariffs on steel would rise to 50 percent.", "tariffs on steel", "Donald Trump", null },
        { "Hereditary Chief Na'moks said that the pipeline crossed 22 kilometres of their territory.", "pipeline crossed", "Na'moks", null },
    };

    /// <summary>A description named by its article and adjective is the person described, with either shipped model
    /// (the contextual model's tagger marks "strongman" alone, which was nobody, and "he" then went to the other man).</summary>
    [Fact]
    public void A_description_cut_after_its_adjective_is_still_the_person_described()
    {
        const string text = "Ivan Kuzmin flew to Minsk on Monday to meet President Aleksandr Petrov of Belarus. In remarks reported by the state news agency Norpress, the Belarusian strongman insisted that the meeting would focus on the price of gas. But he conceded that “we will talk about the border too.”";
        foreach (var tagger in new[] { AttributionTagger.Default!, AttributionTagger.Contextual! })
        {
            var found = AttributionExtractor.Extract(text, tagger);
            var insisted = Assert.Single(found, a => a.Cue.Text == "insisted");
            var conceded = Assert.Single(found, a => a.Cue.Text == "conceded");
            Assert.Equal(("Aleksandr Petrov", "Norpress"), (insisted.Speaker, insisted.Channel));
            Assert.Equal("Aleksandr Petrov", conceded.Speaker);
        }
    }

    /// <summary>Wire copy the contextual model first read with the dateline in the words, or a vote as the claim.</summary>
    [Theory]
    [InlineData("Budget day set\n\nREGINA — The provincial budget will be tabled on March 19, Finance Minister Dana Kerr announced Monday.", "The provincial budget will be tabled on March 19", "Dana Kerr")]
    [InlineData("HALIFAX — Paramedics have voted 91 per cent in favour of a strike mandate, their union said Friday.", "Paramedics have voted 91 per cent in favour of a strike mandate", "their union")]
    public void Wire_copy_with_the_contextual_model(string text, string words, string speaker)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text, AttributionTagger.Contextual!), a => a.CheckWorthiness > 0);
        Assert.Equal((words, speaker), (a.Content.Text, a.Speaker));
    }

    [Theory]
    [MemberData(nameof(IssueShapes))]
    public void The_issue_shapes_name_the_speaker_and_the_channel(string text, string contentWords, string speaker, string? channel)
    {
        var a = One(text, contentWords);
        Assert.Equal((speaker, channel), (a.Speaker, a.Channel));
    }

    [Theory]
    [MemberData(nameof(IssueShapes))]
    public void The_issue_shapes_name_the_speaker_and_the_channel_with_the_contextual_model(string text, string contentWords, string speaker, string? channel)
    {
        var found = AttributionExtractor.Extract(text, AttributionTagger.Contextual!);
        var a = Assert.Single(found, a => a.Content.Text.Contains(contentWords, StringComparison.Ordinal) && a.CheckWorthiness > 0);
        Assert.Equal((speaker, channel), (a.Speaker, a.Channel));
    }

    [Theory]
    // "broadcast by" names the channel too; "which" after a thing is the thing, not the last person named.
    [InlineData("In an interview broadcast by the public channel RTN, the defence minister, Karl Weber, insisted that no troops had crossed the river.", "no troops", "Karl Weber", "RTN")]
    [InlineData("Karl Weber spoke at noon. The mayor's office declined to comment on the audit, which said the budget had doubled since 2020.", "budget had doubled", "audit", null)]
    // "a …" is someone new, even before "who"; "the opposition leader" is not the prime minister named before.
    [InlineData("Prime Minister Ellen Shaw opened the line. A spokesperson for the airline, who asked not to be named, said that 30 flights had been cancelled.", "30 flights", "spokesperson for the airline", null)]
    [InlineData("Prime Minister Ellen Shaw opened the line. The opposition leader said that the bridge had cost twice the budget.", "twice the budget", "opposition leader", null)]
    [InlineData("\"Prices will not go down this year,\" the finance minister, Jonas Lind, told the weekly Nordbladet.", "Prices will not", "Jonas Lind", "Nordbladet")]
    // A pronoun after a sentence that names a new person is that person.
    [InlineData("The minister, Ken Sato, arrived late. He said that the trade deal with Canada had been signed.", "trade deal", "Ken Sato", null)]
    // Who speaks for someone is not that someone; the same spokesperson again is still them.
    [InlineData("A spokesperson for Health Minister Ana Silva said in an email that the province had hired 200 nurses since January.", "200 nurses", "Ana Silva’s spokesperson", "an email")]
    [InlineData("The former top aide to President Jan Kowalski said that the port had lost 300 jobs since 2020.", "300 jobs", "Jan Kowalski’s former top aide", null)]
    [InlineData("A spokesperson for Health Minister Ana Silva said the wards were full. “We have hired 200 nurses since January,” the spokesperson wrote.", "200 nurses", "Ana Silva’s spokesperson", null)]
    // Where someone spoke is no claim, what they said there is.
    [InlineData("Mayor Jan Kowalski spoke at a rally in Gdansk, saying that the port had lost 300 jobs since 2020.", "300 jobs", "Jan Kowalski", null)]
    // Someone speaking for a person is not the person; a province's minister is not the province.
    [InlineData("Ana Silva spoke on Monday. Ana Silva's spokesperson said the wards were full and 200 nurses had been hired.", "200 nurses", "Ana Silva’s spokesperson", null)]
    [InlineData("Jan Nowak's lawyer said the charges against the port would be dropped by March.", "charges against", "Jan Nowak’s lawyer", null)]
    [InlineData("Maria Lopes's campaign said the poll had counted 400 voters twice.", "400 voters", "Maria Lopes’s campaign", null)]
    [InlineData("The audit was published in June. Nova Scotia's environment minister said the province would ban plastic bags by 2027.", "plastic bags", "Nova Scotia's environment minister", null)]
    [InlineData("A spokesperson for Premier Jan Kowalski, Ewa Lis, said the province had already paid 40 million to the city.", "40 million", "Ewa Lis", null)]
    // Council and police titles abbreviated as Canadian copy does: "Coun." does not end the sentence.
    [InlineData("“We need 30 more buses on the night routes,” said Coun. Dana Whyte, who sits on the transit board.", "30 more buses", "Dana Whyte", null)]
    [InlineData("“The road was closed for 12 hours,” said Cpl. Ravi Singh of the county detachment.", "12 hours", "Ravi Singh", null)]
    // A lede describes the speaker and the next sentence names them; not when someone was named before the description.
    [InlineData("HALIFAX — Nova Scotia's environment minister says the province will ban plastic bags by 2027.\n\nTim Halman made the announcement Monday in Dartmouth.", "plastic bags", "Tim Halman", null)]
    [InlineData("A union is calling for Mark Doyle to resign after the province's energy minister said that the mine was safe.\n\nTim Halman said the union was wrong.", "mine was safe", "province's energy minister", null)]
    // A description that names someone else, then the person who spoke: the person ("Kerr's spokesperson, Emily Voss"), or the organisation.
    [InlineData("Premier Dana Kerr's spokesperson, Emily Voss, said the ferry subsidy would be paid by January.", "ferry subsidy", "Emily Voss", null)]
    [InlineData("The union representing the dock workers, Portlink, said in a statement that it would appeal the ruling.", "appeal the ruling", "Portlink", "a statement")]
    // A province written with dots and a possessive is one word, as "Manitoba's" is; the lede names her next ("Dr." ends no sentence),
    // though the headline named her first.
    [InlineData("Wards fill as Varga urges caution\n\nKAMLOOPS — B.C.'s provincial health officer says 40 wards are full.\n\nDr. Rita Varga told reporters the wards would stay full until March.", "40 wards", "Rita Varga", null)]
    // An office written with capitals before the name set off by commas: the name, not an organisation named before it.
    [InlineData("Ports Ontario, which runs the province's harbours, said it was ready. Ontario's Minister of Ports and Harbours, Lena Dahl, said 14 piers would close.", "14 piers", "Lena Dahl", null)]
    [InlineData("The Minister of Fisheries, Omar Haddad, said the cod quota would fall by 20 per cent.", "cod quota", "Omar Haddad", null)]
    // An organisation's name with "of" and a plural possessive is the organisation, whole, not a person called "Canadian Alliance".
    [InlineData("The Canadian Alliance of Tenants' Associations said in a news release that rents rose 9 per cent last year.", "rents rose", "Canadian Alliance of Tenants' Associations", "a news release")]
    [InlineData("The Association of Ferry Operators of Nova Scotia warned that 12 crossings would be cut.", "12 crossings", "Association of Ferry Operators of Nova Scotia", null)]
    // A plural possessive inside an organisation's name: the whole name, not a person called "Registered Paramedics".
    [InlineData("Wages were frozen in 2019. The Registered Paramedics' Association of Manitoba estimates the province is short 900 paramedics.", "900 paramedics", "Registered Paramedics' Association of Manitoba", null)]
    // A crowd that gathered somewhere and spoke: the crowd, not the place it went to.
    [InlineData("REGINA — Hundreds of teachers rallied outside the Saskatchewan legislature Wednesday, calling on the government to cap class sizes at 25 pupils.", "class sizes", "Hundreds of teachers", null)]
    // "The release said" after a remark made in a news release: the same speaker, through the same release.
    [InlineData("Harbour Police said in a news release that two boats were involved. “The investigation into the collision is ongoing,” the release said.", "investigation into", "Harbour Police", "a news release")]
    // A charge laid is not a claim; the police saying it is.
    [InlineData("Driver charged after crash on Highway 102\n\nHALIFAX — A 41-year-old woman has been charged with impaired driving after a crash that closed part of Highway 102 for five hours, Nova Scotia RCMP say.", "impaired driving", "Nova Scotia RCMP", null)]
    // Those who speak for someone are not that someone: a family, relatives, lawyers.
    [InlineData("BRANDON, Man. — The family of a 31-year-old man who died in police custody is calling for an independent inquiry into the 14 hours before his death.", "14 hours", "family of a 31-year-old man", null)]
    // … also in a paragraph after an organisation's remark: not the organisation carried over, nor its name from the paragraph before.
    [InlineData("The Harbour Merchants Association of Lunenburg warned that 30 shops could close.\n\nThe parents of a girl who was hit by a delivery van outside the rink are calling for a 30 km/h limit on Pelham Street.", "30 km/h", "parents of a girl", null)]
    [InlineData("The Fire Chiefs' Council of Nova Scotia said 12 stations lack crews.\n\nThe widow of a volunteer who died fighting the Kempt fire is asking the county to build a memorial by June.", "memorial by June", "widow of a volunteer", null)]
    // "who" after a name is that person, not whoever spoke last; after the words opening the sentence, those words.
    [InlineData("Opposition critic Dana Wiebe said the plan was late.\n\nThe premier met Okemaw, who said the talks went well.", "talks went well", "Okemaw", null)]
    [InlineData("Opposition critic Dana Wiebe said the plan was late.\n\nReporters later spoke to Oduya, who said the bridge would open in May.", "bridge would open", "Oduya", null)]
    [InlineData("Opposition critic Dana Wiebe spoke first.\n\nLocal merchants, who asked that their names not be used, said sales fell 30 per cent.", "30 per cent", "Local merchants", null)]
    // A headline's office is the person the article gives that office, not "transport minister".
    [InlineData("Ferry fares to rise 8 per cent, transport minister says\n\nHALIFAX — Ferry fares will rise 8 per cent in April, Transport Minister Omar Haddad said Monday.", "to rise 8 per cent", "Omar Haddad", null)]
    // … but not over someone else who speaks later in the sentence.
    [InlineData("The family of the victim met police on Friday, and Detective Ray Hunt said the case was closed after 14 months.", "14 months", "Ray Hunt", null)]
    [InlineData("The family of Tomas Reyes said the police had not called them for 12 days.", "12 days", "Tomas Reyes’s family", null)]
    [InlineData("Lawyers for Tomas Reyes said the 12 days he spent in jail were unlawful.", "12 days", "Tomas Reyes’s lawyers", null)]
    // A thing an organisation made speaks for the organisation; a person at it is not the organisation.
    [InlineData("The Prairie Housing Society survey found that 40 per cent of renters spend half their income on rent.", "40 per cent", "Prairie Housing Society", null)]
    [InlineData("A paper from the left-leaning Lakeshore Institution found that families would receive 24 per cent more.", "24 per cent", "Lakeshore Institution", null)]
    // "The airline", "the bank" after the organisation is named is that organisation (a place is no company); filings and decisions are channels.
    [InlineData("MONTREAL — Air Canada will cut 20 per cent of its domestic flights in January, the airline said in a regulatory filing on Tuesday.", "domestic flights", "Air Canada", "a regulatory filing")]
    [InlineData("The Royal Bank of Canada raised its prime rate on Monday. The bank said mortgage payments would rise by 4 per cent.", "mortgage payments", "Royal Bank of Canada", null)]
    [InlineData("The bridge in Nova Scotia will close for a year, the company said.", "bridge in Nova Scotia", "company", null)]
    [InlineData("In her decision, Justice Maria Chen wrote that council had followed the rules when it raised fares by 15 per cent.", "followed the rules", "Maria Chen", "a decision")]
    // The outlet told is the channel, also when the sentence names the interview.
    [InlineData("Premier Dana Kerr told the Calgary Herald in an interview that she expected a pipeline decision by spring.", "pipeline decision", "Dana Kerr", "Calgary Herald")]
    [InlineData("Premier Dana Kerr told the Calgary Herald that she expected a pipeline decision by spring.", "pipeline decision", "Dana Kerr", "Calgary Herald")]
    // A lede's office "of" something ("chief medical officer of health") is the person the next sentence names, after "Dr." too.
    [InlineData("TORONTO — Ontario's chief medical officer of health says measles cases have reached their highest level in 30 years.\n\nDr. Kieran Moyes told a news conference Thursday that 1,200 people had been infected.", "highest level", "Kieran Moyes", null)]
    // A lede's "a Surrey mother" (and the headline's "Mother") is the person the next sentence names; "the 38-year-old" is the person just named.
    [InlineData("Mother says school ignored bullying\n\nSURREY, B.C. — A Surrey mother says her son's school ignored months of bullying.\n\nPriya Sandhu said her son broke his wrist on Nov. 14.", "ignored months", "Priya Sandhu", null)]
    [InlineData("Mother says school ignored bullying\n\nSURREY, B.C. — A Surrey mother says her son's school ignored months of bullying.\n\nPriya Sandhu said her son broke his wrist on Nov. 14.", "school ignored bullying", "Priya Sandhu", null)]
    [InlineData("Priya Sandhu said her son broke his wrist on Nov. 14.\n\n“I called the school six times in October,” the 38-year-old said.", "six times", "Priya Sandhu", null)]
    // … but "a spokesperson" and "a Halifax man" followed by someone else are not that someone.
    [InlineData("A spokesperson for the airline said flights would resume on Monday. John Smith, a passenger, said he waited nine hours.", "flights would resume", "spokesperson for the airline", null)]
    // An aside naming the channel between the speaker and the cue: the words before it spoke, the aside is how.
    // A person of a First Nation, a town or an organisation is the person; a surname that is also a compass point is still a surname.
    [InlineData("“Our kids have never had clean water from the tap,” said Chief Sheila Brown of Kistigan Lake First Nation.", "clean water", "Sheila Brown", null)]
    [InlineData("Chief Sheila North of Kistigan Lake First Nation said the plant failed in 2017. “It is a shame for a country like Canada,” North said.", "It is a shame", "Sheila North", null)]
    [InlineData("“The water is brown by noon,” said Lisa Hall of Thompson.", "brown by noon", "Lisa Hall", null)]
    [InlineData("Harbour pilots, in an interview with CBC News, warned that the new container terminal is unsafe in fog.", "unsafe in fog", "Harbour pilots", "CBC News")]
    [InlineData("Harbour pilots, in a letter to the transport minister, warned that the new container terminal is unsafe in fog.", "unsafe in fog", "Harbour pilots", "a letter to the transport minister")]
    [InlineData("On Monday, the pilots' union, in a statement, said the terminal had failed two safety audits since June.", "the terminal had failed", "pilots' union", "a statement")]
    // A plural's apostrophe inside an organisation's name; an occupation opening the sentence is a title; "police allege".
    [InlineData("CALGARY — Alberta's bus drivers have voted 95 per cent in favour of strike action, the Alberta Transit Workers' Association announced Wednesday.", "95 per cent", "Alberta Transit Workers' Association", null)]
    [InlineData("Prosecutor Angela Whitcombe said the accused bought a shovel and a tarp three days before the killing. “It was a plan,” Whitcombe told the jury.", "It was a plan", "Angela Whitcombe", "the jury")]
    [InlineData("Police allege Marsh used the victim's bank card twice after she vanished.", "bank card", "Police", null)]
    [InlineData("Mayor Brenda Lock said in a post on X that the city would hire 40 more officers.", "40 more officers", "Brenda Lock", "a post on X")]
    // "the statement read": the document's words, said by whoever issued it, through it.
    [InlineData("In an emailed statement, the developer, Southbank Properties, said construction would begin in 2026.\n\n\"We've listened to the community and reduced the height by four storeys,\" the statement read.", "four storeys", "Southbank Properties", "an emailed statement")]
    // Whom it was told to: a committee, council, a town hall meeting.
    [InlineData("The agency's chair, France Pelletier, told a Commons committee last month that the backlog would take two years to clear.", "backlog", "France Pelletier", "a Commons committee")]
    [InlineData("Mayor Dana Kerr told council the budget would rise 4 per cent next year.", "budget would rise", "Dana Kerr", "council")]
    // A body's relative clause names others ("the union that represents Brandt and her co-workers"): the body speaks.
    [InlineData("Nurse Ilse Brandt kept the ward open.\n\nThe union that represents Brandt and her co-workers says it warned the hospital about the old wiring in 2022.", "warned the hospital", "union", null)]
    // Whom a letter was addressed to did not write it.
    [InlineData("More than 200 teachers signed an open letter this week.\n\nThe letter, addressed to Education Minister Ruth Okafor, says 40 classrooms have no heat.", "40 classrooms", "letter", null)]
    // A city in an organisation's name is no person's name: the person after the title speaks.
    [InlineData("Walk Winnipeg executive director Hana Petrov said the crossing has no signal.", "no signal", "Hana Petrov", null)]
    // "CBC's The Morning Edition" is a programme, not whom "she" means: it is the channel of her remark.
    [InlineData("Health Minister Dana Kerr spoke about the closures in an interview with CBC's The Morning Edition on Thursday. “I won't pretend the system is fine,” she told host Paul Ng.", "system is fine", "Dana Kerr", "CBC's The Morning Edition")]
    // A long description between the name and "said" is still the name's: the words after "said" are the claim, not the speaker.
    [InlineData("Parents met on Monday. Dr. Omar Pearce, a developmental pediatrician who has treated autistic children in Regina for 22 years, said early therapy makes a measurable difference.", "early therapy", "Omar Pearce", null)]
    // "In a written response to questions …": the channel.
    [InlineData("Labour Minister Ines Marchand defended the rule. In a written response to questions from CBC News, her office said servers would be paid fairly.", "paid fairly", "Ines Marchand’s office", "a written response")]
    // A platform named inside the quotation is what was said, not how it was said.
    [InlineData("Chief Nora Paul of Eskasoni said Ottawa had not called. “We heard about the closure on Facebook,” Paul said.", "closure on Facebook", "Nora Paul", null)]
    // A given name after "and" opens a person's name ("Mr. Ortiz and Helena Brandt"), so "Mrs. Brandt" is her, not the premier.
    [InlineData("Mr. Ortiz and Susan Brandt toured the yard on Monday, a week after Premier Karl Brandt opened it.\n\nMrs. Brandt said the ferry would run all winter.", "ferry would run", "Susan Brandt", null)]
    // Whom the speaker was asked about is not who "he" is; "the biologist" after a person is that person.
    [InlineData("General manager Lars Brink spoke on Thursday. Brink said the search for a new coach would begin at once. Asked whether former Jets coach Paul Merritt was a candidate, he said he would not discuss names.", "discuss names", "Lars Brink", null)]
    [InlineData("Marta Quill has spent eight years with the owls. The biologist, who runs the breeding program in Langley, says the birds were never given a chance.", "never given a chance", "Marta Quill", null)]
    // "…, the minister announced Monday, but mayors say …": the words before the cue are the minister's, whatever clause follows.
    [InlineData("OTTAWA — The federal government will spend $3 billion over five years to help towns build homes, Infrastructure Minister Dana Kerr announced Monday, but mayors say the money falls short.", "$3 billion over five years", "Dana Kerr", null)]
    // Figures an office released speak for the office; a headline's one-word office is the person holding it in the story.
    [InlineData("Nova Scotia has recorded 31 new whooping cough cases this month, according to figures released Tuesday by the Department of Health.", "31 new whooping cough", "Department of Health", "figures")]
    [InlineData("Province to freeze tuition for two years, premier says\n\nREGINA — Premier Dana Kerr says tuition at the province's universities will not rise before 2028.", "to freeze tuition", "Dana Kerr", null)]
    [InlineData("The cost of the bridge has risen to $2.1 billion, according to updated figures from the provincial Transportation Department.", "$2.1 billion", "Transportation Department", "figures")]
    // A relative clause about the speaker is not the speaker; people of a place are not the place.
    [InlineData("Opponents were quick to pounce.\n\nTransit Minister Lena Park, whose department is funding most of the project, said Manitoba remained committed. She said, however, that the city had to control costs.", "remained committed", "Lena Park", null)]
    [InlineData("Residents along Portage Avenue say the construction has cut their sales by a third.", "cut their sales", "Residents along Portage Avenue", null)]
    // A report named once is its author's on every later mention, "the report's authors" too.
    [InlineData("A new report from the Prairie Audit Office says the province will need 9,000 more care aides by 2029.\n\nThe report, released Thursday, found that homes give 3.1 hours of care a day.", "3.1 hours", "Prairie Audit Office", "a report")]
    [InlineData("A new report from the Prairie Audit Office says the province will need 9,000 more care aides by 2029.\n\n“The gap is largest in the north,” the report's authors wrote.", "largest in the north", "Prairie Audit Office", "a report")]
    [InlineData("Fans reacted quickly. “The coach was never the problem,” Dana Whyte wrote on Reddit.", "never the problem", "Dana Whyte", "Reddit")]
    // Someone unnamed inside an office is not the office, nor the title in its name.
    [InlineData("A senior official in the U.S. Trade Representative's office, speaking on background, said Washington viewed the delay as a step forward.", "step forward", "senior official in the U.S. Trade Representative's office", null)]
    [InlineData("Women held about 41 per cent of those jobs, according to data from the 2021 Canadian Housing Survey.", "41 per cent", "Canadian Housing Survey", "data")]
    // "the agency" paragraphs after the agency was named is that agency, however far back.
    [InlineData("The Prairie Public Safety Agency said Sunday that strong winds had pushed the fire 10 kilometres overnight.\n\nPremier Dana Kerr said the province would cover hotel costs.\n\nOmar Haddad, who left with his three grandchildren, said the smoke was thick.\n\nAccording to the agency, 34 fires are burning in the province, 11 of them not contained.", "34 fires", "Prairie Public Safety Agency", null)]
    [InlineData("Teachers have voted 94 per cent for a strike, the Prairie Teachers' Federation announced Friday.\n\nIts president said the vote sent a clear message.\n\nThe union says it is seeking a 20 per cent raise over three years.", "20 per cent raise", "Prairie Teachers' Federation", null)]
    [InlineData("OTTAWA — Grocery prices rose 4.1 per cent in the year to October, Statistics Canada said Tuesday.\n\nThe agency said the annual inflation rate was 2.2 per cent, unchanged from September.", "2.2 per cent", "Statistics Canada", null)]
    // "The elder Comeau" of a father and son is the older by the ages the article gives, not the one named last.
    [InlineData("Paul Comeau, 68, says the trap limits will hurt small boats.\n\nHis son, Luc Comeau, 39, sees it differently. \"We have to fish smarter,\" Luc Comeau said.\n\nThe elder Comeau started fishing at 14. \"I have seen the good years and the bad ones,\" he said.", "good years", "Paul Comeau", null)]
    [InlineData("Paul Comeau, 68, says the trap limits will hurt small boats.\n\nHis son, Luc Comeau, 39, sees it differently.\n\nThe younger Comeau said the catch had fallen by a third since 2019.", "by a third", "Luc Comeau", null)]
    // A title in its own language, glossed, before the name is not a person's name.
    [InlineData("Pimicikamak Okimakan (Chief) Dana Whyte said the community of about 8,000 needs mental health workers now.", "8,000", "Dana Whyte", null)]
    // A finding by people named for their work, right before the cue, is theirs.
    [InlineData("TORONTO — Owners in a 1970s condo tower in North York are being asked to pay special assessments of up to $40,000 each to fix crumbling balconies.\n\nThe building's board of directors approved the levy last week after engineers found corroded steel in 60 of the tower's 220 balconies.", "220 balconies", "engineers", null)]
    public void Names_the_speaker_and_the_channel(string text, string contentWords, string speaker, string? channel)
    {
        var a = One(text, contentWords);
        Assert.Equal((speaker, channel), (a.Speaker, a.Channel));
    }

    /// <summary>The remark first, then who said it and where: "…, the department said in a news release." The words before
    /// the comma are the claim, whatever occasion or platform follows the cue (these gave "in a news release" as the claim,
    /// or nothing, or "are expected" as the cue).</summary>
    [Theory]
    [InlineData("The new urgent care clinics are expected to open in Sydney and Yarmouth, the department said in a news release.", "The new urgent care clinics are expected to open in Sydney and Yarmouth", "department", "a news release")]
    [InlineData("Three people were taken to hospital with minor injuries, RCMP said in a release.", "Three people were taken to hospital with minor injuries", "RCMP", "a release")]
    [InlineData("The bridge will reopen to traffic in May, the city said in a statement on Friday.", "The bridge will reopen to traffic in May", "city", "a statement")]
    [InlineData("Nobody was hurt in the warehouse fire, police said at a news conference in Truro on Monday.", "Nobody was hurt in the warehouse fire", "police", "a news conference")]
    [InlineData("The ferry plan is working, Premier Dana Kerr wrote on Facebook.", "The ferry plan is working", "Dana Kerr", "Facebook")]
    [InlineData("The lake is safe for swimming again, the health authority said in an update posted to its website on Sunday.", "The lake is safe for swimming again", "health authority", "an update")]
    public void A_remark_before_its_source_and_occasion_is_the_claim(string text, string words, string speaker, string? channel)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text), a => a.CheckWorthiness > 0);
        Assert.Equal((words, speaker, channel), (a.Content.Text, a.Speaker, a.Channel));
    }

    [Theory]
    [InlineData("Woman charged after crash on Highway 102")]
    [InlineData("LETHBRIDGE — City council voted 9-3 on Tuesday to put fluoride back in the city's drinking water.")]
    [InlineData("Police charged the driver with dangerous driving on Friday.")]
    [InlineData("Putin has in recent weeks sought to project a more hands-on image in the war.")]
    [InlineData("The envoy intends to fly to Geneva on Tuesday for the talks.")]
    [InlineData("The president toured the factory and visited the new port terminal.")]
    [InlineData("The ministry plans to announce that the tax will rise.")]
    [InlineData("As the army has stumbled on the front, the president has allowed his allies to use the airfield near Gomel.")]
    [InlineData("The governor signed a bill that cut the fuel tax by 12 percent and named a new harbour master.")]
    [InlineData("The mayor's office declined to comment on the audit.")]
    [InlineData("Former President Jan Kowalski spoke in Gdansk at a rally for his wife, Maria Kowalski.")]
    [InlineData("The minister talked to reporters for an hour after the vote in the Sejm on Tuesday.")]
    [InlineData("Karl Weber spoke at noon.")]
    [InlineData("Premier Anna Nowak defended the plan on Tuesday.")]
    [InlineData("The mayor praised the nurses and the firefighters at the ceremony.")]
    [InlineData("An official, who asked not to be identified, arrived late.")]
    [InlineData("Kaela Moss made the announcement Tuesday at Health Sciences Centre.")]
    [InlineData("Mayor Jan Kowalski gave a speech in Gdansk on the port.")]
    // Responding to a report, with a day between, says nothing yet.
    [InlineData("OTTAWA — Several ministers responded Tuesday to the auditor general's report on housing.")]
    [InlineData("The mayor has spoken to reporters about the budget.")]
    // No answer is no claim, and does not own the quotation in the next paragraph.
    [InlineData("The minister did not answer questions about the audit.")]
    [InlineData("Police would not say whether the driver had been drinking.")]
    [InlineData("The band office did not answer questions on Friday.\n\n“This is the third promise this year.”")]
    // A ruling on a case is not the court's claim.
    [InlineData("The court rejected the union's appeal of the 2019 arbitration award on Friday.")]
    // A body found, a quarrel: no one's finding, no argument put forward.
    [InlineData("The two brothers had argued over $40,000 in unpaid rent.")]
    [InlineData("Leaders in Kistigan Lake First Nation have declared a state of emergency after a cluster of suicide attempts among young people.")]
    // A charge in a headline, even when the tagger reads on past it; a cue's word as a noun after an article or a number.
    [InlineData("Man charged after collision that killed Regina jogger\n\nThe jogger's name has not been released.")]
    [InlineData("The accused, whose identity is protected by a publication ban, will appear in court again in March.")]
    [InlineData("The insurer received more than 6,000 claims from the February ice storm alone.")]
    // Told something in the passive is hearing it; what a strike "saw" is narration.
    [InlineData("When Amara Osei's son was diagnosed with autism at age three, she was told he would wait two years for therapy.")]
    [InlineData("The last strike by Manitoba bus drivers, in 2019, saw rotating walkouts across the province over six weeks.")]
    // A headline's noun something was done to.
    [InlineData("Frost warning issued for much of the Fraser Valley\n\nGardeners are covering their plants tonight.")]
    // A verb that only signs quotations signs nothing without one.
    [InlineData("Ruth Adeyemi laughed when the premier arrived and smiled at the cameras.")]
    // Declaring an emergency is an act, with or without its article (a headline).
    [InlineData("Northern First Nation declares state of emergency over youth suicides\n\nThree young people died in the past month.")]
    // Being asked is no claim of the one asked.
    [InlineData("TORONTO — Owners in a 1970s condo tower are being asked to pay special assessments of up to $40,000 each to fix crumbling balconies.")]
    // A verdict on someone is not their claim, in a headline or in the lede.
    [InlineData("Former Lunenburg officer found guilty of assault in 2022 arrest\n\nA former Lunenburg police constable has been found guilty of assault causing bodily harm for an arrest in which a man's wrist was broken.")]
    [InlineData("WINNIPEG — A jury has found a 29-year-old man guilty of manslaughter in the death of a man outside a Winnipeg bar two years ago.")]
    public void Narration_makes_no_claim(string text) =>
        Assert.Empty(AttributionExtractor.Extract(text));

    /// <summary>Features sign quotations with verbs of manner: "“…,” she laughed" is her remark, as "she said" would be.</summary>
    [Theory]
    [InlineData("laughed")]
    [InlineData("sighed")]
    [InlineData("quipped")]
    [InlineData("texted")]
    [InlineData("whispered")]
    public void A_quotation_signed_with_a_verb_of_manner_is_the_signers(string verb)
    {
        var a = One($"Ruth Adeyemi runs the food bank in Thompson. \"We are out of flour by Wednesday every week,\" she {verb}.", "out of flour");
        Assert.Equal(("Ruth Adeyemi", verb), (a.Speaker, a.Cue.Text));
    }

    /// <summary>A quotation a sentence about one person frames, with no verb of saying, is that person's, as a reader takes it
    /// and as the gold of quote corpora counts it; the desk says why it thinks so.</summary>
    [Theory]
    [InlineData("The nurses' union president, Leah Ostrowski, did not mince words. \"This offer is an insult to every nurse in the province.\"", "an insult", "Leah Ostrowski")]
    [InlineData("For Leah Ostrowski, the answer is simple. \"Pay nurses what they are worth.\"", "what they are worth", "Leah Ostrowski")]
    [InlineData("Asked about the offer, Leah Ostrowski didn't hesitate. \"It's an insult to every nurse.\"", "an insult", "Leah Ostrowski")]
    [InlineData("Union president Tomas Berg met members on Monday. His message was blunt: \"We will not accept a two per cent raise.\"", "two per cent", "Tomas Berg")]
    [InlineData("\"We will not back down.\" That was the message from union president Leah Ostrowski on Monday.", "back down", "Leah Ostrowski")]
    public void A_quotation_framed_by_a_sentence_about_one_person_is_that_persons(string text, string words, string speaker)
    {
        var a = One(text, words);
        Assert.Equal(speaker, a.Speaker);
        // Without a cue the claim says why it names the speaker ("His message was blunt:" is a cue the tagger may read itself).
        if (a.Cue.Length == 0 || a.Source.Length == 0) Assert.Contains(a.Reasons, r => r.Contains("framed", StringComparison.Ordinal));
    }

    /// <summary>… but not where the sentence names two people, names the person only inside a thing, or says something itself.</summary>
    [Theory]
    [InlineData("Leah Ostrowski met Health Minister Carl Dube on Monday. \"We need a deal by Friday at the latest.\"")]
    [InlineData("Leah Ostrowski spoke first.\n\nBut the giant Ostrowski banner over the stage has not hurt turnout. \"It's been a marvellous week for us.\"")]
    [InlineData("Leah Ostrowski leads the union.\n\n\"Nobody goes back without a contract this time.\"")]
    [InlineData("Leah Ostrowski called the strike vote for Monday.\n\nThe result came Tuesday. And it caught Leah Ostrowski by surprise. \"Nobody saw a 90 per cent vote coming.\"")]
    public void A_quotation_nobody_frames_has_no_speaker(string text) =>
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.StartsWith('"'));

    /// <summary>A remark's words stay in its cue's paragraph: the next paragraph's quotation is not run on into them, and a
    /// quotation of several sentences takes the cue its own paragraph gives it, not the one of the paragraph before.</summary>
    [Fact]
    public void A_remarks_words_do_not_cross_a_paragraph_break()
    {
        var found = AttributionExtractor.Extract("Walk Moncton executive director Hana Petrov said families should not have to leave the province.\n\n\"We will not back down.\" That was the message from parent organizer Leah Ostrowski on Friday.");
        var petrov = Assert.Single(found, a => a.Speaker == "Hana Petrov");
        Assert.Equal("families should not have to leave the province", petrov.Content.Text);
        Assert.Equal("Leah Ostrowski", Assert.Single(found, a => a.Content.Text.Contains("back down", StringComparison.Ordinal)).Speaker);

        var quoted = One("Heading into the debate, Senator Ruth Ames told CKNW that nobody doubted the premier's grasp of the file.\n\n\"I think what he has to do is draw a contrast. Talk about rents and wages. People do not agree with the opposition on either,\" Ames said, adding a warning.", "draw a contrast");
        Assert.Equal(("Ruth Ames", "said"), (quoted.Speaker, quoted.Cue.Text));
        Assert.StartsWith("\"I think", quoted.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>A quotation paragraph after a reported remark is a claim of its own, the same speaker's (it was run into the
    /// remark's words, one claim over two paragraphs).</summary>
    [Fact]
    public void A_quotation_paragraph_after_a_reported_remark_is_its_own_claim_of_the_same_speaker()
    {
        var found = AttributionExtractor.Extract("Mayor Ines Varga said the levy would rise four per cent next year.\n\n\"We have no choice. The province cut our grants by a third.\"\n\nCouncillor Tom Reid disagreed.");
        Assert.Equal("the levy would rise four per cent next year", Assert.Single(found, a => a.Content.Text.Contains("levy", StringComparison.Ordinal)).Content.Text);
        var quoted = Assert.Single(found, a => a.Content.Text.Contains("no choice", StringComparison.Ordinal));
        Assert.Equal(("Ines Varga", "\"We have no choice. The province cut our grants by a third.\""), (quoted.Speaker, quoted.Content.Text));
    }

    /// <summary>Thanking riders for their patience is an act of courtesy, not a statement to check; the remark before it is one.</summary>
    [Fact]
    public void Thanks_are_no_claim()
    {
        var a = Assert.Single(AttributionExtractor.Extract("TTC chief executive Mandeep Lalli said service would run as normal on Friday.\n\nLalli thanked riders for their patience."));
        Assert.Equal("service would run as normal on Friday", a.Content.Text);
    }

    /// <summary>"According to an agreed statement of facts, the hiker's body was found …": the statement's claim, and no second
    /// one for the passive "was found" (which named "the hiker's body" as who found it).</summary>
    [Fact]
    public void A_body_found_is_the_documents_claim_not_a_finding_of_its_own()
    {
        var a = Assert.Single(AttributionExtractor.Extract("According to an agreed statement of facts, the hiker's body was found in a shallow grave near Canmore in June 2023."));
        Assert.Equal("agreed statement of facts", a.Speaker);
    }

    /// <summary>A paragraph that is one quotation, after a named speaker's quotation, goes on with that speaker; not after
    /// narration, and not when the paragraph before ended with someone's unquoted words.</summary>
    [Fact]
    public void A_quotation_paragraph_continues_the_speaker_before_it()
    {
        const string text = "TORONTO — Nurses' union president Erin Ariss said members were exhausted.\n\n“We have nurses working 16-hour shifts,” Ariss said. “That is not safe for patients.”\n\n“Nobody wants a strike. But the government has left us no choice.”\n\nThe hospitals were not reached.\n\n“This is the third promise this year.”";
        var found = AttributionExtractor.Extract(text);
        var continued = Assert.Single(found, a => a.Content.Text.Contains("Nobody wants a strike", StringComparison.Ordinal));
        Assert.Equal(("Erin Ariss", ""), (continued.Speaker, continued.Cue.Text));
        Assert.Equal("“Nobody wants a strike. But the government has left us no choice.”", continued.Content.Text);
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("third promise", StringComparison.Ordinal));
        Assert.Equal(found.OrderBy(a => a.Cue.Start).Select(a => a.Cue.Start), found.Select(a => a.Cue.Start));
    }

    /// <summary>A quotation paragraph of its own is never the next paragraph's remark ("…, the department said" after it).</summary>
    [Fact]
    public void A_quotation_paragraph_is_not_taken_by_the_next_paragraphs_cue()
    {
        const string text = "“Our kids have never had clean water from the tap,” said Chief Sheila North of Kistigan Lake First Nation. “That is a shame for a country like Canada.”\n\n"
            + "“Nobody in Winnipeg would wait nine years for a plant.”\n\n"
            + "The new plant is expected to be finished in 2027, the department said in a news release.";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal("Sheila North", Assert.Single(found, a => a.Content.Text.Contains("nine years", StringComparison.Ordinal)).Speaker);
        Assert.Equal("The new plant is expected to be finished in 2027", Assert.Single(found, a => a.Speaker == "department").Content.Text);
    }

    /// <summary>"Nothing", "nobody" say nothing: "… but she said nothing was agreed" is her remark only.</summary>
    [Fact]
    public void Nothing_is_no_speaker()
    {
        var a = Assert.Single(AttributionExtractor.Extract("Dana Kerr met the union leader, Erin Ariss, on Tuesday, but she said nothing was agreed."));
        Assert.Equal(("nothing was agreed", "Erin Ariss"), (a.Content.Text, a.Speaker));
    }

    /// <summary>Police copy: the words whole (an age set off by commas, "p.m.", a dateline before "A 27-year-old"), and an
    /// email's channel not carried to a quotation two sentences of narration later.</summary>
    [Fact]
    public void Police_copy_keeps_the_words_whole_and_the_channel_where_it_was_said()
    {
        const string text = "MONCTON, N.B. — A 27-year-old man has been charged after a pedestrian was seriously injured in Moncton on Saturday night, police say.\n\n"
            + "Codiac RCMP Cpl. Julie Rogers said officers found the woman, 61, on Main Street shortly after 10 p.m.\n\n"
            + "She was taken to hospital with life-threatening injuries, Rogers said in an email.\n\n"
            + "The driver was arrested at his home on Sunday morning. He is scheduled to appear in court on Dec. 12.\n\n"
            + "“We want to thank the witnesses who came forward,” she said.";
        var found = AttributionExtractor.Extract(text);
        // (The lede's police are the force the next line names: "Codiac RCMP Cpl. Julie Rogers".)
        Assert.Equal("A 27-year-old man has been charged after a pedestrian was seriously injured in Moncton on Saturday night", Assert.Single(found, a => a.Speaker == "Codiac RCMP").Content.Text);
        Assert.Contains(found, a => a.Content.Text == "officers found the woman, 61, on Main Street shortly after 10 p.m." && a.Speaker == "Julie Rogers");
        Assert.DoesNotContain(found, a => a.Cue.Text == "found");
        Assert.Equal("an email", Assert.Single(found, a => a.Content.Text.Contains("life-threatening", StringComparison.Ordinal)).Channel);
        var thanks = Assert.Single(found, a => a.Content.Text.Contains("witnesses", StringComparison.Ordinal));
        Assert.Equal(("Julie Rogers", null), (thanks.Speaker, thanks.Channel));
    }

    /// <summary>A ruling on a case is not the judge's claim; what the case argued is its parties' claim.</summary>
    [Fact]
    public void A_lawsuit_dismissed_is_the_ruling_not_a_claim_of_the_judge()
    {
        var found = AttributionExtractor.Extract("REGINA — A judge has dismissed a lawsuit brought by a group of bus riders who argued the city's fare increase was illegal.");
        Assert.DoesNotContain(found, a => a.Speaker == "judge" || a.Cue.Text.Contains("dismissed", StringComparison.Ordinal));
        Assert.All(found, a => Assert.Equal("the city's fare increase was illegal", a.Content.Text));
    }

    /// <summary>"Dismissed the opposition's claims that …": the claims are the opposition's, never the minister's.</summary>
    [Fact]
    public void Claims_dismissed_are_not_the_dismisser_s_claim()
    {
        var found = AttributionExtractor.Extract("The health minister dismissed the opposition's claims that the Yarmouth hospital would close by 2027.");
        Assert.DoesNotContain(found, a => a.Speaker.Contains("minister", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(found, a => a.Speaker == "opposition" && a.Content.Text.Contains("hospital would close", StringComparison.Ordinal));
    }

    /// <summary>
    /// A pronoun opening its sentence after someone else was named means the subject of the sentence before, not the
    /// last name in it, and never a person whose given name or title says the other sex.
    /// </summary>
    [Fact]
    public void A_pronoun_means_the_subject_before_it_of_its_sex()
    {
        const string text = "Premier Jon Ek said the plan would cut emissions by 40 per cent.\n\n"
                            + "Holm met with Mayor Ken Sato on Friday. She said afterwards that the city backed the 12 new bus lanes.\n\n"
                            + "Opposition leader Andrea Holm had asked for the meeting.\n\n"
                            + "Ola Wrona met with Tuva Lind at the port. She said the 300 lost jobs would not come back.\n\n"
                            + "Sato thanked Mrs. Lind on Saturday. He said the port had been sold for 2 million euros.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal("Andrea Holm", Assert.Single(found, a => a.Content.Text.Contains("bus lanes", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Ola Wrona", Assert.Single(found, a => a.Content.Text.Contains("lost jobs", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Ken Sato", Assert.Single(found, a => a.Content.Text.Contains("2 million", StringComparison.Ordinal)).Speaker);
    }

    /// <summary>Asking not to be named is a condition of speaking, not a claim, and "who" there is the one resident.</summary>
    [Fact]
    public void Not_wanting_a_name_used_is_not_a_claim()
    {
        var found = AttributionExtractor.Extract("Statistics Norway reported 40 new cases. \"Everybody at the pier is scared,\" said one resident, who did not want her name used.");
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("name used", StringComparison.Ordinal));
        Assert.Contains(found, a => a.Speaker == "one resident" && a.Content.Text.Contains("scared", StringComparison.Ordinal));
    }

    /// <summary>A reporter's question is not the answer's claim: "Asked whether …, the mayor said …" is the mayor's answer only.</summary>
    [Fact]
    public void A_question_put_to_someone_is_not_their_claim()
    {
        var found = AttributionExtractor.Extract("Asked whether the night ferry would be cut, Mayor Jan Kowalski said the city had already paid for 2026.");
        var a = Assert.Single(found);
        Assert.Equal(("Jan Kowalski", "the city had already paid for 2026"), (a.Speaker, a.Content.Text));
    }

    /// <summary>A question put opening the sentence is nobody's claim, whoever asked it: only the answer is.</summary>
    [Theory]
    [InlineData("Housing Minister Omar Haddad did not say how large the cap would be. Asked by reporters whether it would match inflation, he said the details were still being worked out.")]
    [InlineData("Asked about the team's late push in the third period, goaltender Omar Haddad said the details were still being worked out.")]
    public void A_question_opening_the_sentence_is_not_a_claim(string text)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(("Omar Haddad", "the details were still being worked out"), (a.Speaker, a.Content.Text));
    }

    /// <summary>
    /// A pronoun after a person the article describes and does not name is that person, not the last person named: court
    /// copy ("The man, who cannot be named, apologized. “…,” he said") and the people a story meets ("The sister of one of
    /// the victims said …¶“…,” she said"; "Maria, a cook who asked that her last name not be used, said …").
    /// </summary>
    [Theory]
    [InlineData("Crown attorney Dana Whyte asked for five years. Defence lawyer Omar Ruiz asked for two.\n\nThe man, who cannot be named under a publication ban, apologized to the family. “I wish I could take it back,” he said.", "take it back", "man")]
    [InlineData("Prosecutor Lena Park said the sentence was fair.\n\nThe sister of one of the victims said outside court that the sentence was too light.\n\n“Two years. We will live with this forever,” she said.", "live with this forever", "sister of one of the victims")]
    [InlineData("Mayor Ana Ruiz said the shelter would open in March.\n\nMaria, a cook who asked that her last name not be used, said the shelter had turned away 40 people.\n\n“There is nowhere else to go,” she said.", "nowhere else to go", "Maria")]
    public void A_pronoun_after_a_person_described_and_not_named_is_that_person(string text, string words, string speaker)
    {
        var found = AttributionExtractor.Extract(text);
        Assert.Equal(speaker, Assert.Single(found, a => a.Content.Text.Contains(words, StringComparison.Ordinal)).Speaker);
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("name not be used", StringComparison.Ordinal));
    }

    /// <summary>
    /// A quotation run on over paragraphs, each paragraph opening with a quotation mark and only the last closing it, is the
    /// speaker's to its end: the paragraph after the one left open was lost.
    /// </summary>
    [Theory]
    [InlineData("“They told me I had broken confidentiality,” Tess Moreau said.\n\n“I would do it again. People wait four days on stretchers.\n\n“If that is what it costs me to say so, fine.”\n\nThe authority said it could not comment.")]
    [InlineData("\"They told me I had broken confidentiality. I never named a patient,\" Tess Moreau said.\n\n\"I would do it again. People wait four days on stretchers.\n\n\"If that is what it costs me to say so, fine.\"\n\nThe authority said it could not comment.")]
    public void A_quotation_run_on_over_paragraphs_is_the_speakers_to_its_end(string text)
    {
        var found = AttributionExtractor.Extract(text);
        Assert.Equal("Tess Moreau", Assert.Single(found, a => a.Content.Text.Contains("what it costs me", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Tess Moreau", Assert.Single(found, a => a.Content.Text.Contains("four days on stretchers", StringComparison.Ordinal)).Speaker);
    }

    /// <summary>A relative named by given name after a possessive ("Moreau's husband, Daniel,") carries the family's surname, and
    /// "he" after him is him, not the person the article is about.</summary>
    [Fact]
    public void A_relative_named_after_a_possessive_is_the_speaker_and_the_pronoun_after()
    {
        var found = AttributionExtractor.Extract("Nurse Tess Moreau was suspended for two weeks.\n\nMoreau's husband, Daniel, said the family was managing. \"She's tougher than I am,\" he said.");
        var first = Assert.Single(found, a => a.Content.Text.Contains("managing", StringComparison.Ordinal));
        Assert.Equal(("Daniel Moreau", "Moreau's husband"), (first.Speaker, first.SpeakerRole));
        Assert.Equal("Daniel Moreau", Assert.Single(found, a => a.Content.Text.Contains("tougher", StringComparison.Ordinal)).Speaker);
    }

    /// <summary>A headline's and a lede's subject with a relative clause ("Nurse who blew the whistle says …", "A nurse who went
    /// public about … says …") is the person the story names next, not a tail of the clause ("beds at Regina General Hospital").</summary>
    [Fact]
    public void A_subject_described_by_a_relative_clause_is_the_person_named_next()
    {
        var found = AttributionExtractor.Extract("Nurse who blew whistle on hospital wait times says she was disciplined\n\nREGINA — A nurse who went public about patients waiting days for beds at Regina General Hospital says she was suspended without pay for two weeks.\n\nTess Moreau, who has worked in the emergency department for 14 years, tells CBC News she was called into a meeting the next day.");
        Assert.Equal(("Tess Moreau", "nurse"), Assert.Single(found, a => a.Content.Text.Contains("disciplined", StringComparison.Ordinal)) is var h ? (h.Speaker, h.SpeakerRole) : default);
        Assert.Equal("Tess Moreau", Assert.Single(found, a => a.Content.Text.Contains("without pay", StringComparison.Ordinal)).Speaker);
    }

    /// <summary>A headline's "Regina man says" is the man the story names, and an agency named like a person ("Shared Health") is
    /// not the first person named after the lede ("at Health Sciences Centre" had been read as Shared Health).</summary>
    [Fact]
    public void A_headlines_man_is_the_person_named_after_an_agency_named_like_a_person()
    {
        var found = AttributionExtractor.Extract("Regina man says he waited 19 hours in ER\n\nREGINA — A Regina man says he waited 19 hours in the emergency department at Health Sciences Centre with a broken wrist.\n\nOmar Haddad, 41, said he arrived at the hospital at 6 p.m. on Friday.\n\nShared Health, which runs the hospital, said in an email that wait times had risen by a third.");
        Assert.Equal("Omar Haddad", Assert.Single(found, a => a.Content.Text.Contains("19 hours in ER", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Omar Haddad", Assert.Single(found, a => a.Content.Text.Contains("broken wrist", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Shared Health", Assert.Single(found, a => a.Content.Text.Contains("by a third", StringComparison.Ordinal)).Speaker);
    }

    /// <summary>
    /// A couple named with one surname ("Mark and Lisa Haddad") are two people: "he" after her is him, "her husband" is him,
    /// and "the 52-year-old" after a sentence opening with "Her husband" is him too (all three had been her).
    /// </summary>
    [Fact]
    public void A_couple_named_with_one_surname_are_two_people()
    {
        var found = AttributionExtractor.Extract("Mark and Lisa Haddad lost everything but their car when the fire reached Jasper.\n\n"
            + "“Some days it feels like we are the only ones still here,” Lisa Haddad says.\n\n"
            + "Her husband, a carpenter, is doing much of the work himself. The 52-year-old says insurance covered about two-thirds of the cost.\n\n"
            + "“We were lucky. A lot of people were underinsured,” he says.\n\nHer husband said the frame would be up by June.");
        Assert.Equal("Lisa Haddad", Assert.Single(found, a => a.Content.Text.Contains("only ones", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Mark Haddad", Assert.Single(found, a => a.Content.Text.Contains("two-thirds", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Mark Haddad", Assert.Single(found, a => a.Content.Text.Contains("underinsured", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Mark Haddad", Assert.Single(found, a => a.Content.Text.Contains("up by June", StringComparison.Ordinal)).Speaker);
    }

    /// <summary>
    /// Annotated corpora (PolNeAR) count intentions as attributions: the corpus layer keeps them, the claims leave them out,
    /// and a remark with two cues (a channel's and the speaker's) is one claim but two attributions.
    /// </summary>
    [Theory]
    [InlineData("President Aleksandar Vucic of Serbia hosts his neighbours on Monday. In remarks reported by the state news agency Tanjug, the Serbian strongman insisted that energy prices rose 12 percent in March.", "Aleksandar Vucic", "Tanjug")]
    [InlineData("Mayor Lena Brandt opened the depot. In comments carried by the regional broadcaster Radio Nord, the mayor said that the tram line would be finished by 2027.", "Lena Brandt", "Radio Nord")]
    public void The_channel_a_remark_came_through_is_not_itself_a_claim(string text, string speaker, string channel)
    {
        var found = AttributionExtractor.Extract(text);
        var a = Assert.Single(found);
        Assert.Equal((speaker, channel), (a.Speaker, a.Channel));
        Assert.DoesNotContain(found, x => channel.Contains(x.Content.Text.Trim(), StringComparison.Ordinal));
    }

    /// <summary>
    /// "“…,” she said, “…”": the desk opens one claim with the whole quotation; the corpus layer (what PolNeAR annotates)
    /// gives the two halves as contents of the one cue, without the words that interrupt them.
    /// </summary>
    [Fact]
    public void An_interrupted_quotation_is_one_claim_but_two_annotated_contents()
    {
        const string text = "The port's director, Marta K. Ilves, spoke on Monday. “Cargo traffic grew by a fifth last year,” Ilves said, “and the new quay will double it by 2028.”\n";
        var claim = Assert.Single(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("Cargo traffic"));
        Assert.Contains("double it", claim.Content.Text);
        var contents = AttributionExtractor.Attributions(text).Where(a => a.Content.Length > 0).Select(a => a.Content.Text).ToList();
        Assert.Contains(contents, c => c.Contains("Cargo traffic") && !c.Contains("double"));
        Assert.Contains(contents, c => c.Contains("double it") && !c.Contains("Cargo"));
        Assert.DoesNotContain(contents, c => c.Contains("Ilves said"));
    }

    [Fact]
    public void Intentions_are_attributions_in_the_corpus_sense_but_never_claims()
    {
        const string text = "The Harbour Board wants to double the fees that ships pay, its chairman said on Monday.\n\n" +
                            "In remarks reported by the broadcaster Coastline Radio, the port's director, Marta K. Ilves, insisted that cargo traffic had grown by a fifth.\n";
        var claims = AttributionExtractor.Extract(text);
        var all = AttributionExtractor.Attributions(text);
        Assert.DoesNotContain(claims, a => a.Cue.Text.StartsWith("wants", StringComparison.Ordinal));
        Assert.Contains(all, a => a.Cue.Text.StartsWith("wants", StringComparison.Ordinal));
        Assert.Single(claims, a => a.Content.Text.Contains("cargo traffic"));
        Assert.True(all.Count > claims.Count, $"{all.Count} attributions, {claims.Count} claims");
    }
}

public class DemoArticleSpeakerTests
{
    [Fact]
    public void The_demo_articles_director_speaks_through_the_broadcaster_in_both_her_remarks()
    {
        var found = AttributionExtractor.Extract(Features.Demo.SeedDemo.Article);
        var ilves = found.Where(a => a.Content.Text.Contains("new quay", StringComparison.Ordinal) || a.Content.Text.Contains("dredging is three months behind", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ilves.Count);
        Assert.All(ilves, a => Assert.Equal(("Marta K. Ilves", "Coastline Radio"), (a.Speaker, a.Channel)));
        Assert.DoesNotContain(found, a => a.Speaker == "Coastline Radio");
    }
}

public class SpeakerEvalTests
{
    [Theory]
    [InlineData("U.S. President Donald J. Trump", "donald trump")]
    [InlineData("Assistant Commissioner Éric Stubbs", "eric stubbs")]
    [InlineData("Marta K. Ilves", "marta ilves")]
    [InlineData("the Interior Ministry", "interior ministry")]
    [InlineData("Na’moks", "na'moks")]
    [InlineData("Joseph R. Biden Jr.", "joseph biden")]
    [InlineData("L. Brent Bozell III", "brent bozell")]
    public void Names_are_compared_without_titles_case_accents_and_middle_initials(string name, string normal) =>
        Assert.Equal(normal, SpeakerEval.Normal(name));

    [Fact]
    public void The_small_gold_file_of_written_sentences_has_every_speaker_right()
    {
        var r = SpeakerEval.Run(Path.Combine(AppContext.BaseDirectory, "golden", "speakers", "speakers.jsonl"));
        Assert.Equal(148, r.Quotes);
        Assert.True(r.Misses.Count == 0, string.Join("\n", r.Misses.Select(m => $"{m.File} {m.Gold.Speaker}: {m.Found ?? "not found"}")));
        Assert.Equal(1.0, r.Overall);
    }
}

public class SpeakerRoleTests
{
    [Theory]
    [InlineData("Assistant Commissioner Eric Stubbs said that 40 officers had been sent to the camp.", "Eric Stubbs", "assistant commissioner")]
    [InlineData("The senator, Maria Lopes, told the daily Folha that the relief fund had been cut by half.", "Maria Lopes", "senator")]
    [InlineData("Maria Lopes, the senator, said that the relief fund had been cut by half.", "Maria Lopes", "senator")]
    [InlineData("Foreign Minister Sergei Lavrov said that the talks in Geneva had failed.", "Sergei Lavrov", "foreign minister")]
    // An organisation's name before a title keeps its capitals; a portfolio does not; "Elder" is a title, not a given name.
    [InlineData("Kistigan Lake Cree Nation Chief Tammy Ross said evacuees were sent to Prince Albert.", "Tammy Ross", "Kistigan Lake Cree Nation chief")]
    [InlineData("Prairie Keewatin Tribal Council Grand Chief Garry Settle said the water was unsafe.", "Garry Settle", "Prairie Keewatin Tribal Council grand chief")]
    [InlineData("Elder Joe Ratt, 78, said he had never seen a fire move so fast.", "Joe Ratt", "elder")]
    [InlineData("Finance Minister Dana Kerr said the deficit would fall by March.", "Dana Kerr", "finance minister")]
    // A place or a police force before a title keeps its capitals; a portfolio is lower case, a nationality is not.
    [InlineData("Truro Mayor Dana Kerr said the city would review lighting on Main Street.", "Dana Kerr", "Truro mayor")]
    [InlineData("Codiac RCMP Cpl. Julie Rogers said officers found the woman.", "Julie Rogers", "Codiac RCMP corporal")]
    [InlineData("Public Safety Minister Gary Anand said the border was secure.", "Gary Anand", "public safety minister")]
    [InlineData("Ukrainian Foreign Minister Andrii Sybenko said the talks had failed.", "Andrii Sybenko", "Ukrainian foreign minister")]
    [InlineData("Federal Immigration Minister Lena Diab said Ottawa would study the plan.", "Lena Diab", "federal immigration minister")]
    // An occupation written as a title opening the sentence is the role, not part of the name; a lower-case one too.
    [InlineData("Teammate Leon Draisol said the dressing room was confident after the 4-2 win.", "Leon Draisol", "teammate")]
    [InlineData("The captain will miss six weeks, head coach Kris Knobel said Monday.", "Kris Knobel", "head coach")]
    // An occupation opening the sentence is lower case in the role when the article writes its word in lower case elsewhere.
    [InlineData("Rents rose again in October, and housing starts fell.\n\nHousing economist Mike Moffat said the target needed 80,000 more workers.", "Mike Moffat", "housing economist")]
    [InlineData("Crown attorney Lee Park said the sentence was too light.", "Lee Park", "Crown attorney")]
    [InlineData("Chief executive Michel Roy told analysts on a call that the cuts were temporary.", "Michel Roy", "chief executive")]
    [InlineData("Ukraine warned that Russian forces could attack again from the north.", "Ukraine", null)]
    // Abbreviated titles spelt out; a description set off beside the name is the role, the name the speaker.
    [InlineData("“The road was closed for 12 hours,” said Cpl. Ravi Singh.", "Ravi Singh", "corporal")]
    [InlineData("Coun. Dana Whyte said the city needed 30 more buses.", "Dana Whyte", "councillor")]
    [InlineData("Maria Kowalski's spokesperson, Ola Wrona, said the depot's 80 buses had been bought in 2023.", "Ola Wrona", "Maria Kowalski's spokesperson")]
    [InlineData("Rita Holm, president of the Prairie Teachers Union, said 40 schools had closed.", "Rita Holm", "president of the Prairie Teachers Union")]
    [InlineData("“Rents will rise 9 percent,” said Sophie Lind, an economist at Nordbank.", "Sophie Lind", "economist at Nordbank")]
    // An occupation written in lower case before the name, as wire copy writes it.
    [InlineData("Crown attorney Lee Park told the jury the accused had planned the robbery for weeks.", "Lee Park", "Crown attorney")]
    [InlineData("Environment Canada meteorologist Peter Kimbell said 30 centimetres of snow could fall by Thursday.", "Peter Kimbell", "Environment Canada meteorologist")]
    [InlineData("Opposition health critic Dana Wiebe said 40 beds had closed in Brandon.", "Dana Wiebe", "Opposition health critic")]
    [InlineData("Conservative transport critic Mark Strand said the government had created the mess it now promises to fix.", "Mark Strand", "Conservative transport critic")]
    [InlineData("“This was the most predictable announcement of the year,” said Doug Potter, chief economist at BMO Capital Markets.", "Doug Potter", "chief economist at BMO Capital Markets")]
    [InlineData("Retired architect Peter Zabrowski called the tower \"a slab that will loom over the Citadel.\"", "Peter Zabrowski", "retired architect")]
    [InlineData("Jocelyn Velstad, a grain farmer near Wishart, said her family had already sold part of its cattle herd.", "Jocelyn Velstad", "grain farmer near Wishart")]
    [InlineData("Jean-Paul Bélair, a psychologist who worked in the community for six years, said short-term teams were not enough.", "Jean-Paul Bélair", "psychologist")]
    // A party is nobody's name; a Welsh particle is part of one.
    [InlineData("Progressive Conservative health critic Kathleen Cole called the incentives \"a drop in the bucket.\"", "Kathleen Cole", "Progressive Conservative health critic")]
    [InlineData("CMHC chief economist Aled ab Iorwerth said the drop was driven by condos in Toronto.", "Aled ab Iorwerth", "CMHC chief economist")]
    [InlineData("Sportsnet analyst Elliot Fried reported that the team had explored a trade for a centre.", "Elliot Fried", "Sportsnet analyst")]
    [InlineData("Consumer advocate Ellen Rosen said travellers should keep every receipt for 12 months.", "Ellen Rosen", "consumer advocate")]
    [InlineData("The agency's chair, France Pelletier, told a committee that the backlog would take two years to clear.", "France Pelletier", "agency's chair")]
    [InlineData("NDP education critic Amanda Chalmers accused the government of \"manufacturing a crisis.\"", "Amanda Chalmers", "NDP education critic")]
    // An organisation's name before the title is not the role ("commerce CEO"); a lower-case description ending in its role noun is.
    [InlineData("Lakeshore Chamber of Commerce CEO Dina Rahal warned the increase would push 40 firms out of town.", "Dina Rahal", "CEO of the Lakeshore Chamber of Commerce")]
    [InlineData("The city's chief financial officer, Carla Moss, told council the reserves would fall to $90 million by 2026.", "Carla Moss", "city's chief financial officer")]
    [InlineData("Prairie Nurses' Union president Mia Stroh said the union had asked for 1,500 nurses.", "Mia Stroh", "Prairie Nurses' Union president")]
    // A portfolio is lower case every word of it; a place before it keeps its capital; "and" and "of" go on in an office.
    [InlineData("Emergency Management Minister Nadia Brell said 200 firefighters were on the ground.", "Nadia Brell", "emergency management minister")]
    [InlineData("Higher Education Minister Lena Diab said the cap would apply to new students only.", "Lena Diab", "higher education minister")]
    [InlineData("Federal Rural Economic Development Minister Gail Purdy announced that $750 million would go to 40 projects.", "Gail Purdy", "federal rural economic development minister")]
    [InlineData("Ontario Health Minister Sara Lund said 40 clinics would open by June.", "Sara Lund", "Ontario health minister")]
    [InlineData("Mental Health and Addictions Minister Ravi Sandhu said 80 beds would open in Surrey.", "Ravi Sandhu", "mental health and addictions minister")]
    [InlineData("B.C. Health Minister Omar Haddad said 80 beds would open in Surrey.", "Omar Haddad", "B.C. health minister")]
    [InlineData("Former Truro Mayor Dana Kerr said the rink had cost $9 million.", "Dana Kerr", "former Truro mayor")]
    [InlineData("Party Leader Yves-Marc Blais said Quebec had every right to cap enrolment.", "Yves-Marc Blais", "party leader")]
    [InlineData("Calgary police Staff Sgt. Rick Walsh said three officers were hurt.", "Rick Walsh", "Calgary police staff sergeant")]
    [InlineData("Minister of Fisheries and Oceans Diane Leroux said the cod quota would fall by 20 per cent.", "Diane Leroux", "minister of fisheries and oceans")]
    [InlineData("U.S. Secretary of State Mark Ellis said the talks in Geneva had failed.", "Mark Ellis", "U.S. secretary of state")]
    [InlineData("Minister of Health Mark Holm said 1,200 nurses had been hired.", "Mark Holm", "minister of health")]
    // A long description beside the name; an organisation, its unit and an occupation before the name.
    [InlineData("Jean-Paul Roy, a telecommunications analyst with the Montreal firm Lachine Securities, said the obstacle is poles.", "Jean-Paul Roy", "telecommunications analyst with the Montreal firm Lachine Securities")]
    [InlineData("“Leave now,” B.C. Wildfire Service fire information officer Forrest Tyne said.", "Forrest Tyne", "B.C. Wildfire Service fire information officer")]
    // An occupation opening a sentence before a given name is the role; a region before the role noun is part of the role.
    [InlineData("Parents met on Monday. Dr. Omar Pearce, a developmental pediatrician who has treated autistic children in Regina for 22 years, said early therapy makes a measurable difference.", "Omar Pearce", "developmental pediatrician")]
    [InlineData("The Regina Grocers Association represents 300 stores. Its president, Luc Fortier, said the change would cost the industry $20 million.", "Luc Fortier", "president of the Regina Grocers Association")]
    [InlineData("A CRA spokesperson, Dana Whitfield, said the agency would not comment on the review.", "Dana Whitfield", "CRA spokesperson")]
    [InlineData("Another licence holder, Paul Comeau, agreed. “The river is full every night,” Comeau said.", "Paul Comeau", "licence holder")]
    [InlineData("“It was a place both sides found common ground,” said Jon Pike, a chief of staff to Premier Ana Ruiz whom the mayor recruited last year.", "Jon Pike", "chief of staff to Premier Ana Ruiz")]
    [InlineData("Commuter Elena Ruiz, who changes buses twice a day, is not convinced. “Every winter they promise more buses,” Ruiz said.", "Elena Ruiz", "commuter")]
    [InlineData("Carla Moss, Atlantic vice-president of the Canadian Bankers Council, said 3,000 homes were affected.", "Carla Moss", "Atlantic vice-president of the Canadian Bankers Council")]
    // A courtesy title between the occupation and the name is neither; an adjective between two role nouns is in the role.
    [InlineData("Lethbridge family physician Dr. Anne Hale said she had seen more worried parents this month than in five years.", "Anne Hale", "Lethbridge family physician")]
    [InlineData("Dr. Mark Jaffe, the province's chief medical officer of health, said 42 new cases had been confirmed.", "Mark Jaffe", "province's chief medical officer of health")]
    [InlineData("A study appeared in March. Its lead author, Dr. Sunil Mehra of the University of Regina, said the trend had not reversed.", "Sunil Mehra", "lead author")]
    // A party's name keeps its capitals; a court's name before the title is not the role; a reporter's beat is.
    [InlineData("Green Party Leader Ana Ruiz said the plan would do nothing for people renting older units.", "Ana Ruiz", "Green Party leader")]
    [InlineData("Court of King's Bench Justice Lena Park said the offences were a betrayal of trust.", "Lena Park", "justice")]
    [InlineData("According to Sportsnet hockey insider Omar Haddad, the club is exploring a trade for a defenceman.", "Omar Haddad", "Sportsnet hockey insider")]
    // A relative described before the name; a role noun that is not a title ("chief executive"); a compound role.
    [InlineData("The hiker's daughter, Lena Park, said the family had begun to fear the worst.", "Lena Park", "hiker's daughter")]
    [InlineData("The association represents 600 homes. Its chief executive, Dana Whyte, told reporters that many workers leave within a year.", "Dana Whyte", "chief executive")]
    [InlineData("“One aide is responsible for 15 residents at night,” said Carla Moss, secretary-treasurer of the Prairie Care Workers Union.", "Carla Moss", "secretary-treasurer of the Prairie Care Workers Union")]
    [InlineData("Evacuee Darlene Whyte, who left with her three grandchildren, said the smoke was so thick she could barely see the road.", "Darlene Whyte", "evacuee")]
    [InlineData("Rebecca Chartier, the federal minister responsible for northern Canada, said she had spoken with the chief twice.", "Rebecca Chartier", "federal minister responsible for northern Canada")]
    public void The_role_is_kept_apart_from_the_name(string text, string speaker, string? role)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal((speaker, role), (a.Speaker, a.SpeakerRole));
    }

    /// <summary>A card for each remark names the speaker's role, not only the first: "…,” Castellan said" is still the
    /// Environment Canada meteorologist; a description the tagger cut short is read whole.</summary>
    [Fact]
    public void The_role_given_once_is_on_every_remark_of_that_speaker()
    {
        const string text = "Environment Canada meteorologist Armel Castle said there was little rain in the forecast.\n\n"
                            + "“We are not seeing the pattern shift we need until next week,” Castle said.\n\n"
                            + "“I chose Halifax because it was welcoming,” said Asha Menon, a second-year nursing student from Kochi, India. “Now I feel like the problem.”\n\n"
                            + "Menon said several of her friends had already applied to schools in Ontario.";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal(["Environment Canada meteorologist", "Environment Canada meteorologist"], found.Where(a => a.Speaker == "Armel Castle").Select(a => a.SpeakerRole));
        Assert.Equal(["second-year nursing student from Kochi", "second-year nursing student from Kochi"], found.Where(a => a.Speaker == "Asha Menon").Select(a => a.SpeakerRole));
        // "said several of | her friends": the share is part of the words, not of the cue.
        Assert.Contains(found, a => a.Speaker == "Asha Menon" && a.Content.Text == "several of her friends had already applied to schools in Ontario");
    }

    /// <summary>"Oilers head coach Kris Knoll praised his goaltender" makes no claim, but names his role for his remarks after it.</summary>
    [Fact]
    public void The_role_given_where_no_remark_is_is_on_the_remarks_after_it()
    {
        const string text = "Oilers head coach Kris Knoll praised his goaltender, who made 31 saves.\n\n“He was our best player tonight, no question,” Knoll told reporters.";
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(("Kris Knoll", "Oilers head coach"), (a.Speaker, a.SpeakerRole));
    }

    /// <summary>A quotation in straight quotes interrupted by "B.C. Wildfire Service fire information officer Forrest Tyne said": the person said it, not the
    /// organisation whose name opens the description (the tagger marked only that as the source).</summary>
    [Fact]
    public void An_interrupted_quotation_is_the_person_after_an_organisations_description()
    {
        const string text = "\"This is a dangerous and rapidly evolving situation,\" B.C. Wildfire Service fire information officer Forrest Tyne said. \"If you are told to leave, leave now.\"";
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal("Forrest Tyne", a.Speaker);
    }
}

/// <summary>
/// One surname, several people (a family, a party's two candidates): the speaker is the person the sentence names, or the
/// one just named, else the one the article names most; a sentence's first word or a party label is not part of a name.
/// </summary>
public class SurnameTests
{
    static Attribution One(string text, string contentWords) =>
        Assert.Single(AttributionExtractor.Extract(text), a => a.Content.Text.Contains(contentWords, StringComparison.Ordinal));

    [Fact]
    public void A_full_name_in_the_source_is_that_person_not_the_longest_name_with_the_surname()
    {
        const string text = "Maria Kowalska-Nowak Kowalski ran the port for a decade. Jan Kowalski, her brother, said that the new quay had cost twice the estimate.";
        Assert.Equal("Jan Kowalski", One(text, "new quay").Speaker);
    }

    [Fact]
    public void A_surname_right_after_a_full_name_is_that_person()
    {
        const string text = "Mayor Maria Kowalski opened the depot. Maria Kowalski has run the city since 2019, and Maria Kowalski wants a second term. "
                            + "Her brother Jan Kowalski runs the bus company. Kowalski said that the fleet would be electric by 2030.";
        Assert.Equal("Jan Kowalski", One(text, "fleet would be electric").Speaker);
    }

    [Fact]
    public void A_surname_far_from_any_full_name_is_the_person_the_article_names_most()
    {
        var filler = string.Concat(Enumerable.Repeat("The council met again on Tuesday to discuss the depot, the buses and the budget for the coming year. ", 5));
        var text = "Jan Kowalski founded the bus company in 1990. " + filler + "Mayor Maria Kowalski opened the depot. Maria Kowalski has run the city since 2019. "
                   + filler + "Maria Kowalski wants a second term. " + filler + "Kowalski said that the tram line would be finished by 2027.";
        Assert.Equal("Maria Kowalski", One(text, "tram line").Speaker);
    }

    [Fact]
    public void A_sentences_first_word_is_not_part_of_the_name_after_it()
    {
        const string text = "The turnout was surprisingly low. Surprisingly Karin Holm said that the budget had doubled.";
        var a = One(text, "budget had doubled");
        Assert.Equal("Karin Holm", a.Speaker);
    }

    [Theory]
    [InlineData("House Speaker Lena Brandt said on Monday that the tram line would be finished by 2027.", "Lena Brandt", "House speaker")]
    [InlineData("Conservative Leader Paul Ortiz said on Monday that the tram line would be finished by 2027.", "Paul Ortiz", "Conservative leader")]
    public void Offices_before_a_name_are_its_role(string text, string speaker, string role)
    {
        var a = One(text, "tram line");
        Assert.Equal((speaker, role), (a.Speaker, a.SpeakerRole));
    }

    /// <summary>A feature names a family by given names: "her husband, Karim" is Karim Nasser, "Their youngest son, Sami" Sami
    /// Nasser; "Karim said" is him and "he said" after it too; "Leila said" is Leila Nasser, and "she said" after it is her,
    /// not the program manager quoted in between.</summary>
    [Fact]
    public void Relatives_named_by_given_name_carry_the_familys_surname()
    {
        const string text = "CALGARY — When Leila Nasser opened her tailor shop last spring, she had no customers.\n\n"
                            + "“Now they line up on Saturdays,” Nasser said.\n\n"
                            + "Nasser and her husband, Karim, arrived in Canada in 2016 with their three children.\n\n"
                            + "Karim said the night shifts at the plant were worth it.\n\n"
                            + "“We came with nothing. Now we employ six people,” he said.\n\n"
                            + "Their youngest son, Sami, 17, wants to study engineering. He said his parents never complained.\n\n"
                            + "Program manager Jessica Vail said many newcomers start businesses.\n\n"
                            + "Back at the shop, Leila said she hopes to open a second location.\n\n"
                            + "“Maybe in Salmon Arm,” she said.";
        var found = AttributionExtractor.Extract(text);
        string Speaker(string words) => Assert.Single(found, a => a.Content.Text.Contains(words, StringComparison.Ordinal)).Speaker;
        Assert.Equal("Karim Nasser", Speaker("night shifts"));
        Assert.Equal("Karim Nasser", Speaker("six people"));
        Assert.Equal("Sami Nasser", Speaker("never complained"));
        // "his parents" is Sami Nasser's, not "Nasser's" (Leila Nasser is a Nasser too).
        Assert.Equal("Sami Nasser’s parents never complained", FactCheck.Features.Articles.IngestArticle.ClaimText(
            Assert.Single(found, a => a.Content.Text.Contains("never complained", StringComparison.Ordinal)), found));
        Assert.Equal("Leila Nasser", Speaker("second location"));
        Assert.Equal("Leila Nasser", Speaker("Salmon Arm"));
    }

    [Fact]
    public void A_sentences_first_word_is_not_part_of_a_country_that_speaks()
    {
        const string text = "The quota was set in Brussels. Even Norway said that the quota for cod was far too high.";
        Assert.Equal("Norway", One(text, "quota for cod").Speaker);
    }

    /// <summary>"He" and "his" mean the speaker of the remark before unless the article has named someone else since.</summary>
    [Fact]
    public void A_pronoun_after_a_newly_named_person_is_that_person()
    {
        const string text = "Senator Marco Ruiz spoke in Miami. “We will cut the tax,” said Mr. Ruiz.\n\n"
                            + "Paul Ortiz visited the port on Tuesday. His spokesman said that the budget had doubled. Later he said that the port would close in May.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Contains(found, a => a.Content.Text.Contains("budget had doubled") && a.Speaker == "Paul Ortiz’s spokesman");
        Assert.Contains(found, a => a.Content.Text.Contains("port would close") && a.Speaker == "Paul Ortiz");
        Assert.Contains(found, a => a.Content.Text.Contains("cut the tax") && a.Speaker == "Marco Ruiz");
    }

    [Theory]
    [InlineData("Paul Ortiz’s spokesman", "person")]
    [InlineData("Lena Brandt’s office", "organization")]
    [InlineData("Jan Kowalski’s former top aide", "person")]
    [InlineData("Marta K. Ilves", "person")]
    [InlineData("Jan Nowak’s wife", "person")]
    [InlineData("Maria Lopes’s campaign", "organization")]
    [InlineData("Institute for the Study of War", "organization")]
    [InlineData("sister of one of the victims", "person")]
    [InlineData("man", "person")]
    [InlineData("Maria", "person")]
    [InlineData("Hundreds of teachers", "organization")]
    [InlineData("Statistics Canada", "organization")]
    [InlineData("Shared Health", "organization")]
    [InlineData("Elizabeth May", "person")]
    [InlineData("Victoria", "organization")]
    [InlineData("Northline GasWorks", "organization")]
    [InlineData("Hydro Two", "organization")]
    [InlineData("Brandon RCMP", "organization")]
    [InlineData("Sobey Companies", "organization")]
    [InlineData("Ian MacKinnon", "person")]
    [InlineData("Obby DesRosiers", "person")]
    [InlineData("Henry Ford III", "person")]
    public void A_possessive_description_is_a_person_when_its_head_is_one(string speaker, string kind) =>
        Assert.Equal(kind, FactCheck.Publishing.SpeakerKinds.Kind(speaker));

    [Fact]
    public void A_possessive_description_names_whose_it_is()
    {
        const string text = "Mayor Lena Brandt opened the depot on Monday. Her office said that the fleet would be electric by 2030.";
        Assert.Equal("Lena Brandt’s office", One(text, "fleet would be electric").Speaker);
    }

    /// <summary>"The former president" is the person the article gave that title, not the last person it named.</summary>
    [Fact]
    public void A_description_is_the_person_holding_that_title()
    {
        const string text = "Former President Jan Kowalski spoke in Gdansk at a rally for his wife, Maria Kowalski.\n\n"
                            + "The former president said that the port had lost 300 jobs since 2020.\n\n"
                            + "“The budget for the quay has doubled,” Kowalski said.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Contains(found, a => a.Content.Text.Contains("300 jobs") && a.Speaker == "Jan Kowalski");
        // The surname goes on with the person who just spoke, though his wife was named in full since he was.
        Assert.Contains(found, a => a.Content.Text.Contains("quay has doubled") && a.Speaker == "Jan Kowalski");
    }

    [Fact]
    public void A_description_prefers_the_title_it_names_and_a_former_title_only_when_asked()
    {
        const string text = "Former President Jan Kowalski and President Anna Nowak met in Gdansk on Monday.\n\n"
                            + "The president said that the port had lost 300 jobs since 2020.\n";
        Assert.Equal("Anna Nowak", One(text, "300 jobs").Speaker);
    }

    /// <summary>Names as newspapers write them: a suffix, two surnames, a hyphenated adjective, an occupation as a title.</summary>
    [Theory]
    [InlineData("Vice President Joseph R. Biden Jr. spoke in Scranton. Mr. Biden said that the plant would reopen in 2027.", "plant would reopen", "Joseph R. Biden Jr.")]
    [InlineData("The mayor, Melba Acosta Febo, met the union. Ms. Acosta said that the plant would reopen in 2027.", "plant would reopen", "Melba Acosta Febo")]
    [InlineData("The Anna Berg-led council met on Monday. Berg said that the plant would reopen in 2027.", "plant would reopen", "Anna Berg")]
    [InlineData("Actress Anna Berg said on Monday that the plant would reopen in 2027.", "plant would reopen", "Anna Berg")]
    // Particles inside a name: the surname alone, written with them, is the person named in full before.
    [InlineData("Dr. Elena de Souza, the city's medical officer of health, met the council. “We counted 40 cases,” de Souza said.", "40 cases", "Elena de Souza")]
    [InlineData("Karin von der Heide spoke in Bonn on Monday. Later, von der Heide said that the plant would reopen in 2027.", "plant would reopen", "Karin von der Heide")]
    public void Names_are_read_as_newspapers_write_them(string text, string contentWords, string speaker) =>
        Assert.Equal(speaker, One(text, contentWords).Speaker);

    /// <summary>"Mr." is not the wife the article just named, "Mrs." not her husband.</summary>
    [Fact]
    public void A_title_that_says_mr_or_mrs_is_not_the_other_spouse()
    {
        const string text = "Former President Jan Nowak campaigned for his wife, Ewa Nowak, in Gdansk.\n\n"
                            + "“The port has lost 300 jobs since 2020,” Mrs. Nowak said.\n\n"
                            + "“The shipyard will reopen in 2027,” Mr. Nowak said.\n";
        Assert.Equal("Ewa Nowak", One(text, "300 jobs").Speaker);
        Assert.Equal("Jan Nowak", One(text, "shipyard").Speaker);
    }

    /// <summary>The claim's statement names the speaker for a pronoun, but not for one who speaks for someone else: whose "she"?</summary>
    [Fact]
    public void A_spokespersons_pronoun_is_left_for_the_checker()
    {
        var spokesperson = One("A spokesperson for Health Minister Ana Silva said that she would open 200 beds in May.", "200 beds");
        Assert.Equal("She would open 200 beds in May", FactCheck.Features.Articles.IngestArticle.ClaimText(spokesperson));
        var minister = One("Health Minister Ana Silva said that she would open 200 beds in May.", "200 beds");
        Assert.Equal("Silva would open 200 beds in May", FactCheck.Features.Articles.IngestArticle.ClaimText(minister));
    }

    [Fact]
    public void A_party_label_is_the_role_not_the_name()
    {
        const string text = "Democrat Lena Brandt said on Monday that the tram line would be finished by 2027.";
        var a = One(text, "tram line");
        Assert.Equal(("Lena Brandt", "Democrat"), (a.Speaker, a.SpeakerRole));
    }

    /// <summary>
    /// A sentence whose subject the tagger missed ("The paramedics' union has long warned …") is that subject's, not the last
    /// speaker's; the reporter's expectation, a headline's participle and the question put to someone are no one's claims.
    /// </summary>
    [Fact]
    public void An_opening_subject_speaks_and_narration_around_remarks_makes_no_claim()
    {
        const string text = "Paramedic shortage closes rural stations, union says\n\n"
                            + "Health Minister Dana Kerr wrote on X that she had asked the health authority for a full report.\n\n"
                            + "The paramedics' union has long warned that the rural stations are short of crews.\n\n"
                            + "Council is expected to vote on the ambulance contract next month.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal("paramedics' union", One(text, "short of crews").Speaker);
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("ambulance contract", StringComparison.Ordinal));

        const string headline = "Whooping cough case confirmed at Moncton daycare, public health says\n\nA child at a Moncton daycare has whooping cough, the health authority said Friday.\n";
        var said = AttributionExtractor.Extract(headline);
        Assert.DoesNotContain(said, a => a.Cue.Text == "confirmed");
        Assert.Contains(said, a => a.Speaker == "public health" && a.Content.Text.Contains("Moncton daycare", StringComparison.Ordinal));

        const string asked = "Premier Ravi Singh, asked about the blockade during question period, said the province wanted a negotiated end to it.";
        Assert.DoesNotContain(AttributionExtractor.Extract(asked), a => a.Content.Text.StartsWith("the blockade", StringComparison.Ordinal));
        Assert.Equal("Ravi Singh", One(asked, "negotiated end").Speaker);
    }

    /// <summary>Roles as Canadian copy writes them: an occupation before the name, a description after "the" or "his", a local's number.</summary>
    [Theory]
    [InlineData("Commuter Priya Nand, who takes the 7:10 train every morning, said the line had been late 40 times since September.", "Priya Nand", "commuter")]
    [InlineData("The victim, Tomas Rek, said he had waited three years for the trial to begin.", "Tomas Rek", "victim")]
    [InlineData("Okafor resigned in May. His lawyer, Ines Varga, told reporters that her client would appeal within 30 days.", "Ines Varga", "lawyer")]
    [InlineData("Public Transit Union Local 4400 president Omar Haddad told CBC News that 300 bus drivers would walk out on Monday.", "Omar Haddad", "Public Transit Union Local 4400 president")]
    [InlineData("The Saskatchewan Landlords Association's executive director, Cam Ross, said rents rose 9 per cent in 2024.", "Cam Ross", "Saskatchewan Landlords Association's executive director")]
    [InlineData("Dana Ruiz, a renter who spoke at the public hearing, said she had moved three times in two years.", "Dana Ruiz", "renter")]
    public void Roles_read_as_canadian_copy_writes_them(string text, string speaker, string role)
    {
        var a = Assert.Single(AttributionExtractor.Extract(text), x => x.Speaker == speaker);
        Assert.Equal(role, a.SpeakerRole);
    }

    /// <summary>A lawsuit story: the court filing alleges, a company is not where it is based, a remark read through court
    /// documents is the person's, via them, and "no comment" is none.</summary>
    [Fact]
    public void A_lawsuit_story_names_the_filing_the_company_and_the_person_quoted_in_documents()
    {
        const string text = "Nine former drivers of a Regina courier firm are suing the company over unpaid overtime.\n\n"
                            + "The statement of claim, filed in Court of King's Bench on Monday, alleges that Prairie Parcel kept two sets of time sheets.\n\n"
                            + "Its parent company, Denver-based Northway Logistics Inc., said in an email that it would defend the suit.\n\n"
                            + "One of the drivers, forklift operator Dana Mercier, said the firm owed each of them about $30,000.\n\n"
                            + "According to court documents, the firm's former manager, Glen Abara, told drivers in a 2023 memo that overtime would be paid in cash.\n\n"
                            + "Abara, who now lives in Calgary, told CBC News he had no comment.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal("statement of claim", One(text, "two sets of time sheets").Speaker);
        Assert.Equal("Northway Logistics Inc.", One(text, "defend the suit").Speaker);
        Assert.Equal(("Dana Mercier", "forklift operator"), (One(text, "$30,000").Speaker, One(text, "$30,000").SpeakerRole));
        var memo = One(text, "paid in cash");
        Assert.Equal(("Glen Abara", "court documents"), (memo.Speaker, memo.Channel));
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("no comment", StringComparison.Ordinal));
    }

    /// <summary>Documents an outlet obtained speak for themselves; thanks state nothing.</summary>
    [Fact]
    public void Documents_an_outlet_obtained_are_not_the_outlets_words_and_thanks_are_no_claim()
    {
        const string text = "Parks Canada is planning to close three campgrounds in Jasper next summer, according to internal documents obtained by CBC News.\n\n"
                            + "Newly elected MLA Rosa Lind thanked volunteers at her campaign office on Portage Avenue shortly after 11 p.m. on Tuesday.\n";
        var found = AttributionExtractor.Extract(text);
        var plan = One(text, "three campgrounds");
        Assert.Equal(("internal documents", "CBC News"), (plan.Speaker, plan.Channel));
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("volunteers", StringComparison.Ordinal));
    }

    /// <summary>A role after a conjunction, an initialism's possessive, a backup, a form of address; an agency's own survey.</summary>
    [Fact]
    public void Roles_and_an_agencys_own_survey_as_copy_writes_them()
    {
        const string game = "Goaltender Ilya Petrov left the game in the second period, and head coach Dan Moreau had no update afterward.\n\n"
                            + "\"He will be looked at tonight,\" Moreau said.\n\n"
                            + "Backup Jonas Lind, who stopped 14 of 15 shots, said he was ready to start on Tuesday.\n\n"
                            + "Rev. Anna Holt, who leads the team's chapel program, said 30 players attend each week.\n";
        var coach = One(game, "looked at tonight");
        Assert.Equal(("Dan Moreau", "head coach"), (coach.Speaker, coach.SpeakerRole));
        var backup = One(game, "ready to start");
        Assert.Equal(("Jonas Lind", "backup"), (backup.Speaker, backup.SpeakerRole));
        var chaplain = One(game, "30 players");
        Assert.Equal(("Anna Holt", null), (chaplain.Speaker, chaplain.SpeakerRole));

        const string rents = "Rents in Halifax rose 11 per cent last year, according to a new report from Atlantic Housing Corp.\n\n"
                             + "The regional housing agency's annual rental survey, released Tuesday, found the vacancy rate was 0.9 per cent.\n\n"
                             + "\"Supply is not keeping up with population growth,\" said Lena Dube, AHC's chief economist.\n";
        Assert.Equal(("Atlantic Housing Corp.", "a report"), (One(rents, "11 per cent").Speaker, One(rents, "11 per cent").Channel));
        var survey = One(rents, "0.9 per cent");
        Assert.Equal(("Atlantic Housing Corp.", "a survey"), (survey.Speaker, survey.Channel));
        Assert.Equal("AHC's chief economist", One(rents, "Supply is not").SpeakerRole);
    }

    /// <summary>A lede closed by "…, their union says.", a source begun inside a two-part dateline, and a cue read on into the words said.</summary>
    [Fact]
    public void A_lede_closed_by_its_source_is_whole_and_a_cue_stops_at_said()
    {
        const string lede = "Mill towns brace for tariffs\n\nSAULT STE. MARIE — Workers at the city's paper mill are bracing for layoffs after Washington announced a 20 per cent duty on Canadian newsprint, their union says.\n\n"
                            + "Local president Dana Kerr said members were worried.\n";
        var union = One(lede, "bracing for layoffs");
        Assert.Equal(("their union", "Workers at the city's paper mill are bracing for layoffs after Washington announced a 20 per cent duty on Canadian newsprint"), (union.Speaker, union.Content.Text));
        Assert.DoesNotContain(AttributionExtractor.Extract(lede), a => a.Cue.Text == "announced");

        const string dateline = "School closures anger parents\n\nKELOWNA, B.C. — Parents at two Kelowna elementary schools say they were blindsided by a plan to close both schools next June.\n\n"
                                + "Mira Osei, whose daughter attends one of them, said parents learned about the plan from a news release.\n";
        Assert.Equal("Parents at two Kelowna elementary schools", One(dateline, "blindsided").Speaker);
        var learned = One(dateline, "news release");
        Assert.Equal(("said", "parents learned about the plan from a news release"), (learned.Cue.Text, learned.Content.Text));
    }

    /// <summary>A name given for the story is the speaker, and "she" after her is hers, not a man's named before (the given-name
    /// list knows "Trevor" as a man's name and "Crystal" as a woman's).</summary>
    [Fact]
    public void A_name_given_for_the_story_speaks_and_a_pronoun_follows_her()
    {
        const string text = "\"A press release is not a housing plan,\" said Trevor Lang, executive director of the Harbour Project.\n\n"
                            + "A woman living at the camp, who gave her name only as Crystal, said she had read the mayor's post on a friend's phone.\n\n"
                            + "\"It hurt. We are people,\" she said.\n";
        Assert.Equal("Crystal", One(text, "friend's phone").Speaker);
        Assert.Equal("Crystal", One(text, "We are people").Speaker);
    }

    /// <summary>Respondents of a poll read "according to" are the poll's finding, not speakers of their own.</summary>
    [Fact]
    public void A_polls_respondents_are_not_speakers()
    {
        const string text = "According to an exit poll conducted for the broadcaster by Prairie Research, 51 per cent of respondents said they had voted for the NDP.";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => char.IsDigit(a.Speaker[0]));
    }

    /// <summary>A science story: what a study found whole, the questions it raises no claim, the journal its channel, a co-author's role.</summary>
    [Fact]
    public void A_science_story_reads_the_study_the_journal_and_the_co_author()
    {
        const string text = "A new study has found lead in nearly every duck sampled from the Qu'Appelle marshes, raising questions about how hunters' shot is reaching the water.\n\n"
                            + "Researchers at the University of Regina tested 180 ducks from four species, according to the study published Monday in the journal Wildlife Toxicology.\n\n"
                            + "Co-author Nadia Rahim, a professor of biology, cautioned that the study did not measure harm to people who eat the ducks.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal("lead in nearly every duck sampled from the Qu'Appelle marshes", One(text, "every duck").Content.Text);
        Assert.DoesNotContain(found, a => a.Content.Text.StartsWith("how hunters", StringComparison.Ordinal));
        var tested = One(text, "180 ducks");
        Assert.Equal(("study", "Wildlife Toxicology"), (tested.Speaker, tested.Channel));
        Assert.Equal(("Nadia Rahim", "co-author"), (One(text, "did not measure").Speaker, One(text, "did not measure").SpeakerRole));
    }

    /// <summary>A headline's office is the first person the story gives it, not another with the same title further down.</summary>
    [Fact]
    public void A_headlines_office_is_the_first_person_given_it()
    {
        const string text = "Manitoba to cap tuition at 3 per cent, minister says\n\n"
                            + "WINNIPEG — Manitoba will cap tuition increases at 3 per cent next year, Advanced Education Minister Renée Cable announced Thursday.\n\n"
                            + "Student groups welcomed the cap.\n\n"
                            + "Federal Post-Secondary Education Minister Tom Weller said Ottawa had not been consulted.\n";
        Assert.Equal("Renée Cable", One(text, "Manitoba to cap").Speaker);
        Assert.Equal("Renée Cable", One(text, "increases at 3 per cent").Speaker);
    }

    /// <summary>Where and how something was said stays out of its words; offices, joined roles and a union's president as copy writes them.</summary>
    [Fact]
    public void Words_begin_at_that_and_roles_read_as_written()
    {
        const string text = "Manitoba's Minister of Natural Resources, Ian Bushie, said in Cree during question period that the province had consulted every community.\n\n"
                            + "Dr. Marcia Anderson, a Cree physician and researcher at the University of Manitoba, said in a post on X, formerly Twitter, that the effects of the dam on fish are rarely studied.\n\n"
                            + "The Manitoba Nurses Union said it was not consulted. Union president Darlene Jackson added: \"Nurses were not at the table.\"\n";
        var consulted = One(text, "consulted every community");
        Assert.Equal(("Ian Bushie", "Manitoba's minister of Natural Resources", "that the province had consulted every community"), (consulted.Speaker, consulted.SpeakerRole, consulted.Content.Text));
        var studied = One(text, "rarely studied");
        Assert.Equal(("Marcia Anderson", "Cree physician and researcher at the University of Manitoba"), (studied.Speaker, studied.SpeakerRole));
        Assert.StartsWith("that the effects", studied.Content.Text);
        Assert.Equal("president of the Manitoba Nurses Union", One(text, "not at the table").SpeakerRole);
    }

    /// <summary>A headline's "Paramedic who quit says" is the person the lede names after an opening phrase; figures an authority
    /// gave an outlet are the authority's.</summary>
    [Fact]
    public void A_headlines_person_is_named_after_the_ledes_opening_phrase()
    {
        const string text = "Paramedic who quit says overtime is breaking his crew\n\n"
                            + "REGINA — After 19 years on the ambulances, Tomas Varga handed in his resignation last month.\n\n"
                            + "Varga is one of 90 paramedics who left the Prairie Health Authority this year, according to figures the authority provided to CBC News.\n";
        var headline = One(text, "breaking his crew");
        Assert.Equal(("Tomas Varga", "paramedic"), (headline.Speaker, headline.SpeakerRole));
        var figures = One(text, "90 paramedics");
        Assert.Equal(("Prairie Health Authority", "figures"), (figures.Speaker, figures.Channel));
    }

    /// <summary>A body named in full and then by its initials is one speaker, under its full name.</summary>
    [Fact]
    public void A_bodys_initials_are_its_full_name()
    {
        const string text = "The Serious Incident Response Team said officers were called to a home on Main Street shortly after 2 a.m.\n\n"
                            + "\"There was an interaction and the man was injured,\" SIRT said in a news release.\n";
        var release = One(text, "interaction");
        Assert.Equal(("Serious Incident Response Team", "a news release"), (release.Speaker, release.Channel));
    }

    /// <summary>A sports and weather story: a relative clause read as the source is the person before it; a role's modifier opening
    /// a sentence is lower case; a forecast of things is no claim.</summary>
    [Fact]
    public void A_relative_clause_is_not_the_source_and_a_forecast_is_no_claim()
    {
        const string text = "Head coach Rick Lamb said an MRI showed no structural damage.\n\n"
                            + "Okafor, who was named an all-star last season, told reporters he would be back before the playoffs.\n\n"
                            + "Environment Canada has issued a cold warning for Regina, with wind chills expected to reach -40 overnight.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal("head coach", One(text, "structural damage").SpeakerRole);
        Assert.Equal("Okafor", One(text, "back before the playoffs").Speaker);
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("-40", StringComparison.Ordinal));
    }

    /// <summary>A description naming a party is not the last person named when that person's party is another, or unknown.</summary>
    [Fact]
    public void A_party_description_is_not_the_last_person_named()
    {
        const string text = "If it worked against Jan Kowalski, it might work against Paul Ortiz. At least that is what the Brandt campaign hopes.\n"
                            + "The Democratic nominee aggressively attacked her opponent as a fraud during the first debate on Monday night.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker == "Paul Ortiz");
    }

    /// <summary>"X said others have been warning that …" is X's remark, whole: the nested cue's "that" is not X's.</summary>
    [Fact]
    public void A_remark_about_what_others_warned_is_the_speakers_whole()
    {
        const string text = "Chief Ada Moose of Pine Lake First Nation said elders in the community have been warning for decades that the winter road melts earlier every year.\n";
        var said = One(text, "winter road");
        Assert.Equal("Ada Moose", said.Speaker);
        Assert.StartsWith("elders in the community have been warning", said.Content.Text);
    }

    /// <summary>"… did not vote, but told reporters after the meeting he …": the subject who did something else first speaks.</summary>
    [Fact]
    public void A_subject_who_did_something_else_first_is_the_speaker_after_but()
    {
        const string text = "Councillors voted 9-4 to approve the new transit fares.\n\n"
                            + "Mayor Lise Pelletier did not vote, but told reporters after the meeting she backed the increase.\n";
        var told = One(text, "backed the increase");
        Assert.Equal(("Lise Pelletier", "reporters"), (told.Speaker, told.Channel));
        Assert.Equal("she backed the increase", told.Content.Text);
    }

    /// <summary>Roles a relative clause or a second description gives: "who … and is president of X"; "a nurse and former
    /// president of X's long-care section"; a minister's press secretary speaks for the minister, named without the title.</summary>
    [Fact]
    public void Roles_from_relative_clauses_joined_descriptions_and_press_secretaries()
    {
        const string text = "Gail Marchand, who raises cattle near Moosomin and is president of the Saskatchewan Stock Growers Association, said feed prices had doubled.\n\n"
                            + "Dr. Omar Haddad, a family physician and former president of the Ontario College of Family Physicians' rural medicine section, said clinics were closing.\n\n"
                            + "Transport Minister Rhea Vance's press secretary said the ferry contract would be tendered this spring.\n";
        Assert.Equal("president of the Saskatchewan Stock Growers Association", One(text, "feed prices").SpeakerRole);
        Assert.Equal("family physician and former president of the Ontario College of Family Physicians' rural medicine section", One(text, "clinics were closing").SpeakerRole);
        Assert.Equal("Rhea Vance’s press secretary", One(text, "ferry contract").Speaker);
    }

    /// <summary>"The union representing X has filed …, arguing …": the union argues, not those it represents; it is the union the
    /// story names next.</summary>
    [Fact]
    public void The_union_representing_people_argues_not_the_people()
    {
        const string text = "VICTORIA — The union representing British Columbia's correctional officers has filed a complaint with the labour board, arguing the province ignored safety rules at three jails.\n\n"
                            + "BC General Employees' Union president Paul Finch said staffing had fallen to dangerous levels.\n";
        var arguing = One(text, "ignored safety rules");
        Assert.Equal("BC General Employees' Union", arguing.Speaker);
    }

    /// <summary>"around 6 a.m. Saturday, police said" is one sentence: the time of day goes on into its day.</summary>
    [Fact]
    public void A_time_of_day_and_its_day_are_one_sentence()
    {
        const string text = "Firefighters were called to the warehouse on Dock Road around 4 a.m. Tuesday, the fire department said.\n";
        var said = One(text, "warehouse");
        Assert.Equal("Firefighters were called to the warehouse on Dock Road around 4 a.m. Tuesday", said.Content.Text);
        Assert.Equal(3, FactCheck.Extraction.Text.Sentences("It opened at 9 a.m. Monday. It closed at 5 p.m. Staff went home.").Count);
    }

    /// <summary>A phrase set beside a remark after its cue (", the fastest increase in …") is not the remark; "a move some mayors
    /// say …" is the mayors'; "Federation of … Grand Chief X" is that federation's grand chief; a rabbi's description is a role.</summary>
    [Fact]
    public void Phrases_beside_a_remark_and_titles_after_an_organisations_name()
    {
        const string text = "Rents in Halifax rose 9 per cent in September from a year earlier, the housing agency said Thursday, the largest jump of any Canadian city.\n\n"
                            + "The province will close two rural emergency rooms overnight, Health Minister Dana Fry announced, a decision several doctors say puts lives at risk.\n\n"
                            + "Federation of Sovereign Indigenous Nations Grand Chief Ada Nez said the treaty had been ignored.\n\n"
                            + "Rabbi Miriam Stein, the congregation's senior rabbi, said the doors would stay open.\n";
        Assert.Equal("Rents in Halifax rose 9 per cent in September from a year earlier", One(text, "Rents in Halifax").Content.Text);
        Assert.Equal("several doctors", One(text, "puts lives at risk").Speaker);
        Assert.Equal("grand chief of the Federation of Sovereign Indigenous Nations", One(text, "treaty").SpeakerRole);
        Assert.Equal("congregation's senior rabbi", One(text, "doors would stay open").SpeakerRole);
    }

    /// <summary>"The results, released Tuesday, show 48 per cent …": a number the tagger left between the cue and the words is theirs.</summary>
    [Fact]
    public void A_number_between_a_finding_and_its_words_is_part_of_them()
    {
        const string text = "The teachers' federation polled 2,000 of its members in May. The results, released Monday, show 61 per cent reported being sworn at by a parent.\n";
        Assert.StartsWith("61 per cent", One(text, "sworn at").Content.Text);
    }

    /// <summary>A platform or document named inside the words said is not how they were said: "say they were contacted on
    /// Facebook" has no channel, "said he had not seen the letter" none; an occasion ending the words still is the channel.</summary>
    [Fact]
    public void A_channel_inside_the_words_said_is_not_the_channel()
    {
        const string text = "Retired teacher Gwen Salter says she was approached on Facebook by a man selling shares in a gold mine.\n\n"
                            + "Councillor Amir Haddad said he could not comment on the letter because he had not read it.\n\n"
                            + "Judge Ruth Mendes rejected that argument in a ruling on Friday.\n\n"
                            + "\"We never saw the money again,\" Salter told CBC News. \"Not a cent.\"\n";
        Assert.Null(One(text, "gold mine").Channel);
        Assert.Null(One(text, "not read it").Channel);
        Assert.Equal("CBC News", One(text, "never saw the money").Channel);
    }

    /// <summary>"Tenants of a building in Vancouver's West End say" are the tenants, not the place; "with 46 confirmed cases" is
    /// no claim of the number's; "Infectious disease specialist" opening a sentence is a role in lower case.</summary>
    [Fact]
    public void People_of_a_place_speak_and_a_counted_participle_is_no_claim()
    {
        const string text = "Residents of a seniors' complex in Regina's Cathedral neighbourhood say their heat has been off for three days.\n\n"
                            + "Health officials are tracking an outbreak of whooping cough, with 31 confirmed cases since October.\n\n"
                            + "Infectious disease specialist Dr. Hana Liu said the vaccine still protects most children.\n";
        Assert.Equal("Residents of a seniors' complex in Regina's Cathedral neighbourhood", One(text, "heat has been off").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.StartsWith("cases", StringComparison.Ordinal));
        Assert.Equal("infectious disease specialist", One(text, "vaccine still protects").SpeakerRole);
    }

    /// <summary>Two surnames without the given name are the person named in full ("Martinez Ferrada told reporters"); "Labour
    /// Minister" is a portfolio; "Prince Edward Island" and "Prince George" are places, not princes.</summary>
    [Fact]
    public void Double_surnames_portfolios_and_places_that_open_with_a_title()
    {
        const string text = "Mayor Ana Lucia Ruiz Beltran urged both sides to keep talking.\n\n"
                            + "\"Nobody wins a long strike,\" Ruiz Beltran told reporters.\n\n"
                            + "Manitoba's Labour Minister Malaya Marcelino said the board would rule within a week.\n\n"
                            + "Prince Edward Island fishers say the lobster season opened late.\n\n"
                            + "Prince George RCMP say a man was arrested after a standoff.\n";
        Assert.Equal("Ana Lucia Ruiz Beltran", One(text, "long strike").Speaker);
        Assert.Equal("Manitoba's labour minister", One(text, "within a week").SpeakerRole); // the province whose minister she is
        Assert.Equal("Prince Edward Island fishers", One(text, "lobster season").Speaker);
        Assert.Equal("Prince George RCMP", One(text, "standoff").Speaker);
    }

    /// <summary>"The union said" after an association of workers spoke is that association, not the employer its lede named;
    /// "Parent Danielle Kowal" opening a sentence is Danielle Kowal, a parent (and "Marc Parent" keeps his surname).</summary>
    [Fact]
    public void The_union_is_the_workers_association_and_a_parent_is_no_surname()
    {
        const string text = "WestJet mechanics have voted to accept a new contract, the Aircraft Mechanics Fraternal Association said Monday.\n\n"
                            + "The union said 71 per cent of members who voted backed the deal.\n\n"
                            + "Parent Dana Kowalczyk, whose son attends Ridgeview School, said she was relieved.\n\n"
                            + "Marc Parent said the school would stay open.\n";
        Assert.Equal("Aircraft Mechanics Fraternal Association", One(text, "backed the deal").Speaker);
        var parent = One(text, "relieved");
        Assert.Equal(("Dana Kowalczyk", "parent"), (parent.Speaker, parent.SpeakerRole));
        Assert.Equal("Marc Parent", One(text, "stay open").Speaker);
    }

    /// <summary>"Thunder Bay police" are no person named Bay; a union's name opening with "International" is no person's; "Bay
    /// Buchanan" keeps her given name.</summary>
    [Fact]
    public void Town_and_union_names_are_no_people()
    {
        const string text = "Kenora resident Tom Bay said the road had been closed for days.\n\n"
                            + "A man has been charged with arson after a fire at a warehouse, Thunder Bay police say.\n\n"
                            + "International Brotherhood of Electrical Workers Local 353 business manager Lee Tran said the crews were ready.\n";
        Assert.Equal("Thunder Bay police", One(text, "charged with arson").Speaker);
        Assert.Equal("Lee Tran", One(text, "crews were ready").Speaker);
    }

    /// <summary>A hyphenated title after an organisation's name ("… Nations Vice-Chief Aly Bear") is no part of the name; "Speaking
    /// to reporters, Mr. X said" reached the article through reporters.</summary>
    [Fact]
    public void Hyphenated_titles_and_speaking_to_reporters()
    {
        const string text = "Assembly of First Nations Vice-Chief Rosa Swan said the funding had never arrived.\n\n"
                            + "Speaking to reporters in Halifax, Premier Tim Houston said the bridge would open in May.\n";
        var chief = One(text, "never arrived");
        Assert.Equal(("Rosa Swan", "vice-chief of the Assembly of First Nations"), (chief.Speaker, chief.SpeakerRole));
        Assert.Equal("reporters", One(text, "bridge would open").Channel);
    }

    /// <summary>"Local business owner Tamara Lee" opening a sentence is a local business owner, in lower case.</summary>
    [Fact]
    public void A_local_description_opening_a_sentence_is_lower_case()
    {
        const string text = "Local business owner Nadia Okafor, whose bakery sits across the street, said sales had doubled.\n";
        Assert.Equal("local business owner", One(text, "sales had doubled").SpeakerRole);
    }

    /// <summary>A headline's "Man finds fossil" is what he did, no claim; "the museum noted" is the museum the story named.</summary>
    [Fact]
    public void A_headlines_find_is_no_claim_and_the_museum_is_named()
    {
        const string text = "Moose Jaw woman finds old coins under kitchen floor\n\n"
                            + "A Moose Jaw woman says she found 200 silver coins while replacing her kitchen floor.\n\n"
                            + "She called the Western Development Museum, which sent a curator the next day.\n\n"
                            + "Coins found on private land belong to the owner, the museum noted.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(found, a => a.Content.Text.StartsWith("old coins", StringComparison.Ordinal));
        Assert.Equal("Western Development Museum", One(text, "belong to the owner").Speaker);
    }

    /// <summary>A lede's "the city's transit general manager said" is the person the next sentence names, though the lede names
    /// a body ("The City of Ottawa"); "The Fédération des … du Québec, which maintains most trails, said" is the federation, and
    /// what it maintains is no claim; "coroner Géhane Kamel" is a coroner.</summary>
    [Fact]
    public void A_ledes_manager_a_bodys_relative_clause_and_a_coroner()
    {
        const string text = "Transit review ordered\n\n"
                            + "OTTAWA — The City of Ottawa will review its bus maintenance contract after a week of cancelled routes, the city's transit general manager said Monday.\n\n"
                            + "Nadia Ferrand told the transit commission that she had lost confidence in the contractor.\n\n"
                            + "The Fédération des associations de chasseurs du Québec, which maintains most of the province's hunting cabins, said it welcomed the rules.\n\n"
                            + "In a report made public Tuesday, coroner Luc Gagné said the cabin had no working smoke alarm.\n";
        Assert.Equal("Nadia Ferrand", One(text, "bus maintenance contract").Speaker);
        Assert.Equal("Fédération des associations de chasseurs du Québec", One(text, "welcomed the rules").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.StartsWith("most of the province", StringComparison.Ordinal));
        Assert.Equal("coroner", One(text, "smoke alarm").SpeakerRole);
    }

    /// <summary>"according to a police news release" is the police's words, via a news release; "a government statement" the
    /// government's, via a statement.</summary>
    [Fact]
    public void A_bodys_document_is_the_bodys_words_via_the_document()
    {
        const string text = "Two men were arrested after a break-in at a pharmacy, according to a police news release.\n\n"
                            + "The province will buy 60 new school buses, according to a government statement.\n";
        var arrested = One(text, "break-in");
        Assert.Equal(("police", "a news release"), (arrested.Speaker, arrested.Channel));
        var buses = One(text, "school buses");
        Assert.Equal(("government", "a statement"), (buses.Speaker, buses.Channel));
    }

    /// <summary>"Her son, Florence, …" is no town: a relative the article names by a given name that is also a place ("his
    /// mother, Florence,") is that person, and "she said" in the next paragraph is hers, not the last speaker's. "Outside the
    /// hearing, she said …" read as the words of "her fears" is no claim.</summary>
    [Fact]
    public void A_relative_named_like_a_town_speaks_after_the_last_speaker()
    {
        const string text = "Arthur Moosonee, 31, died in a holding cell in May.\n\n"
                            + "Sergeant Paul Weiss testified that the cell camera had been broken for a month.\n\n"
                            + "Moosonee's mother, Florence, listened from the back of the room.\n\n"
                            + "Outside the hearing, she said the testimony confirmed her fears.\n";
        Assert.Equal("Florence Moosonee", One(text, "testimony confirmed").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text == "Outside the hearing");
    }

    /// <summary>A lede's "A corrections officer told …" is the person the article gives that office ("Officer Lena Ruud"), not
    /// the person the next sentence names; "An 80-year-old woman in Brandon, Man., says" is the woman the next sentence names.</summary>
    [Fact]
    public void A_ledes_officer_and_a_person_from_a_town()
    {
        const string inquest = "Inquest hears of missed checks\n\n"
                               + "A corrections officer told an inquest Monday that nobody checked the cell overnight.\n\n"
                               + "Marcus Bighetty, 40, was found dead the next morning.\n\n"
                               + "Officer Lena Ruud testified that she was alone on the unit.\n";
        Assert.Equal("Lena Ruud", One(inquest, "nobody checked").Speaker);
        const string scam = "An 80-year-old woman in Brandon, Man., says a caller posing as her bank took $4,000.\n\n"
                            + "Doreen Whitford says the caller knew her account number.\n";
        Assert.Equal("Doreen Whitford", One(scam, "posing as her bank").Speaker);
    }

    /// <summary>A section's label before a colon ("Opinion:", "Correction:", "The Latest:") is nobody's name, and "If we want
    /// …" or "has lobbied for" is no claim.</summary>
    [Fact]
    public void Labels_and_wishes_are_no_claims()
    {
        const string text = "Opinion: The province is failing its rural schools\n\n"
                            + "Correction: An earlier version of this column misstated the number of schools.\n\n"
                            + "Trustee Ravi Mann, who has lobbied for a new school in Elm Creek for years, spoke first.\n\n"
                            + "If we want teachers to stay, we will have to pay them.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(found, a => a.Speaker is "Opinion" or "Correction");
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("new school in Elm Creek", StringComparison.Ordinal));
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("teachers to stay", StringComparison.Ordinal));
    }

    /// <summary>"Statistics Canada's latest labour force survey found …" is Statistics Canada via the survey; "Advocacy group Fair Rent Now
    /// said" is Fair Rent Now.</summary>
    [Fact]
    public void An_owners_document_and_a_bodys_kind_before_its_name()
    {
        const string text = "Statistics Canada's latest labour force survey found the jobless rate rose to 7.1 per cent.\n\n"
                            + "Advocacy group Fair Rent Now said the numbers would push more families out of the city.\n";
        var survey = One(text, "jobless rate");
        Assert.Equal(("Statistics Canada", "a labour force survey"), (survey.Speaker, survey.Channel));
        Assert.Equal("Fair Rent Now", One(text, "push more families").Speaker);
    }

    /// <summary>Roles as wire copy writes them: "head coach Dan Price" where the tagger starts at "coach"; "Registered nurse
    /// Ana Cruz" opening a sentence, in lower case; "fire department chief of operations Luc Vaillancourt".</summary>
    [Fact]
    public void Roles_with_a_modifier_a_participle_and_an_office_of_something()
    {
        const string text = "\"We need a better start,\" head coach Dan Price told reporters after practice.\n\n"
                            + "Registered nurse Ana Cruz, who works nights at the Civic campus, said the ward was full.\n\n"
                            + "Gatineau fire department chief of operations Luc Vaillancourt said 30 homes were evacuated.\n";
        Assert.Equal("head coach", One(text, "better start").SpeakerRole);
        Assert.Equal("registered nurse", One(text, "ward was full").SpeakerRole);
        Assert.Equal("Gatineau fire department chief of operations", One(text, "homes were evacuated").SpeakerRole);
    }

    /// <summary>"Prince Albert Mayor Greg Dionne" is Greg Dionne, the Prince Albert mayor; the town's "Prince" is no title and
    /// does not make the whole run a place.</summary>
    [Fact]
    public void A_mayor_of_a_town_named_prince()
    {
        const string text = "Prince Albert Mayor Greg Dionne said the bridge repairs would start in April.\n\n"
                            + "\"We can't wait another year,\" Dionne said.\n";
        var mayor = One(text, "bridge repairs");
        Assert.Equal(("Greg Dionne", "Prince Albert mayor"), (mayor.Speaker, mayor.SpeakerRole));
        Assert.Equal("Greg Dionne", One(text, "another year").Speaker);
    }

    /// <summary>"Carol and Amir Haddad say the roof caved in, leaving …" is both of them, and the words whole past the comma; a
    /// lede's "A Regina couple says" is the couple the next sentence names; "her husband" after one of them is the other.</summary>
    [Fact]
    public void A_couple_speaks_together()
    {
        const string text = "A Regina couple says a roofer kept their $12,000 deposit.\n\n"
                            + "Carol and Amir Haddad say the work never started, leaving a leak over their kitchen all fall.\n\n"
                            + "\"We called him every week,\" Carol Haddad said.\n\n"
                            + "Her husband says the roofer stopped answering in October.\n";
        Assert.Equal("Carol and Amir Haddad", One(text, "roofer kept").Speaker);
        var both = One(text, "leak over their kitchen");
        Assert.Equal("Carol and Amir Haddad", both.Speaker);
        Assert.StartsWith("the work never started", both.Content.Text);
        Assert.Equal("Amir Haddad", One(text, "stopped answering").Speaker);
    }

    /// <summary>"A 2022 study by economist Lena Fournier found" is Lena Fournier via a study; "Marc Roy of the Conseil des
    /// aînés du Québec" speaks for that body, his role on the card.</summary>
    [Fact]
    public void A_dated_study_and_a_person_of_a_body()
    {
        const string text = "A 2022 study by economist Lena Fournier found rents near new transit lines rose 18 per cent.\n\n"
                            + "Marc Roy of the Conseil des aînés du Québec said seniors were being pushed out first.\n";
        var study = One(text, "transit lines");
        Assert.Equal(("Lena Fournier", "a study"), (study.Speaker, study.Channel));
        var roy = One(text, "pushed out first");
        Assert.Equal(("Marc Roy", "Conseil des aînés du Québec"), (roy.Speaker, roy.SpeakerRole));
    }

    /// <summary>"Moncton police Chief Ana Roy" is the Moncton police chief and "provincial court Judge Tom Ng" a provincial court
    /// judge; "said outside court that …" leaves where she spoke out of the words.</summary>
    [Fact]
    public void A_force_before_a_title_and_where_a_remark_was_made()
    {
        const string text = "Moncton police Chief Ana Roy said outside court that the verdict would help the family heal.\n\n"
                            + "Provincial court Judge Tom Ng said the sentence had to deter others.\n\n"
                            + "In sentencing him, provincial court Judge Tom Ng said the harm was lasting.\n";
        var chief = One(text, "help the family heal");
        Assert.Equal(("Ana Roy", "Moncton police chief"), (chief.Speaker, chief.SpeakerRole));
        Assert.StartsWith("that the verdict", chief.Content.Text);
        Assert.Equal("provincial court judge", One(text, "harm was lasting").SpeakerRole);
    }

    /// <summary>A lede's "A Manitoba judge has ruled …" is the justice the article names ("Justice Lila Crane"); a regional
    /// district is a body, not a person named District ("Peace River Regional District emergency program co-ordinator Dale
    /// Fehr" is Dale Fehr, that co-ordinator).</summary>
    [Fact]
    public void A_ledes_judge_and_a_regional_districts_coordinator()
    {
        const string ruling = "A Manitoba judge has ruled that the province must pay for the students' transport.\n\n"
                              + "Marcel Dubois, 16, has been driven to school by his father for two years.\n\n"
                              + "Court of King's Bench Justice Lila Crane wrote that the policy was unfair.\n";
        Assert.Equal("Lila Crane", One(ruling, "students' transport").Speaker);
        const string fire = "Peace River Regional District emergency program co-ordinator Dale Fehr said 300 homes were on evacuation alert.\n";
        var fehr = One(fire, "evacuation alert");
        Assert.Equal(("Dale Fehr", "Peace River Regional District emergency program co-ordinator"), (fehr.Speaker, fehr.SpeakerRole));
    }

    /// <summary>"…, their union said Friday.¶The Amalgamated Transit Union, …" is that union, not "Friday. The …": a
    /// union named after the lede starts after the sentence's end.</summary>
    [Fact]
    public void A_union_named_after_the_lede_starts_after_the_full_stop()
    {
        const string text = "TORONTO — Rail workers have voted to accept a new contract, their union said Friday.\n\n"
                            + "The Amalgamated Transit Union, which represents about 9,000 workers, said the deal raises wages 12 per cent.\n";
        Assert.Equal("Amalgamated Transit Union", One(text, "accept a new contract").Speaker);
    }

    /// <summary>"…, said Lena Sky, whose mother, Dora Sky, was killed" has no role "whose mother"; "Forensic pathologist Ruth
    /// Amos" opening a sentence is a forensic pathologist, in lower case; "Democratic" keeps its capital.</summary>
    [Fact]
    public void Whose_relative_is_no_role_and_an_adjective_opening_a_role_is_lower_case()
    {
        const string text = "\"We are still waiting,\" said Lena Sky, whose mother, Dora Sky, was killed in 2021.\n\n"
                            + "Forensic pathologist Ruth Amos said grief can last for years.\n\n"
                            + "Democratic candidate Joan Pike said the plan would cost too much.\n";
        Assert.Null(One(text, "still waiting").SpeakerRole);
        Assert.Equal("forensic pathologist", One(text, "grief can last").SpeakerRole);
        Assert.Equal("Democratic candidate", One(text, "cost too much").SpeakerRole);
    }

    /// <summary>"Dozens of Halifax tenants have received notices … they say the landlord never filed" is the tenants'; a lede's "A
    /// former provincial cabinet minister says in a new memoir …" is the minister the article names after it, via a new memoir;
    /// "whose remains are believed to be …" is no claim.</summary>
    [Fact]
    public void They_a_ledes_minister_and_a_belief_nobody_holds()
    {
        const string tenants = "HALIFAX — Dozens of Halifax tenants have received eviction notices they say the landlord never filed with the board.\n";
        Assert.Equal("Dozens of Halifax tenants", One(tenants, "never filed").Speaker);
        const string memoir = "A former provincial cabinet minister says in a new memoir that the premier ignored warnings about the hospital.\n\n"
                              + "In the book, former health minister Carla Ruiz writes that she raised the problem four times.\n";
        var minister = One(memoir, "ignored warnings");
        Assert.Equal(("Carla Ruiz", "a new memoir"), (minister.Speaker, minister.Channel));
        const string belief = "Relatives of a man whose body is believed to be in the river gathered on the bridge.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(belief), a => a.Cue.Text.Contains("believed", StringComparison.Ordinal));
    }

    /// <summary>"The spokesperson, who did not give her name, said" after "according to a spokesperson for Parks Canada" is that
    /// spokesperson, not the person quoted before; "President and CEO Ada Lin" is president and CEO; "faced questions" and "a
    /// report presented to the board" are no one's words.</summary>
    [Fact]
    public void The_same_spokesperson_two_titles_and_noun_phrases_that_say_nothing()
    {
        const string text = "\"The herd is in trouble,\" said Marie Dufour, director of Nature Alliance.\n\n"
                            + "According to a spokesperson for Parks Canada, about 300 animals remain.\n\n"
                            + "The spokesperson, who did not give her name, said the agency would count them again in March.\n\n"
                            + "Ski Canada executives faced tough questions from MPs on Tuesday about safety.\n\n"
                            + "President and CEO Ada Lin told the committee that the rules had changed.\n\n"
                            + "But a report presented to the board in May recommends closing the hill by 2027.\n";
        Assert.Equal("spokesperson for Parks Canada", One(text, "count them again").Speaker);
        Assert.Equal(("Ada Lin", "president and CEO"), (One(text, "rules had changed").Speaker, One(text, "rules had changed").SpeakerRole));
        var found = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(found, a => a.Cue.Text.StartsWith("faced", StringComparison.Ordinal));
        Assert.DoesNotContain(found, a => a.Cue.Text.StartsWith("a report", StringComparison.Ordinal));
        // A noun of saying after its article still is someone's words.
        Assert.Equal("Dan Ruiz", One("Mayor Dan Ruiz stirred controversy last year with an assertion that the bridge was safe.\n", "bridge was safe").Speaker);
    }

    /// <summary>"TIMMINS, Ont. — About 200 miners learned Monday that …, and many say …": what they learned is no claim of theirs,
    /// and "many" are the miners; "documents obtained by CBC News through a freedom-of-information request" came via CBC News.</summary>
    [Fact]
    public void Many_are_the_people_the_sentence_opens_with_and_documents_come_via_the_outlet()
    {
        const string text = "TIMMINS, Ont. — About 200 miners learned Monday that the mine would close in March, and many say they will have to leave town.\n\n"
                            + "The mine lost $40 million last year, according to documents obtained by CBC News through a freedom-of-information request.\n";
        Assert.Equal("About 200 miners", One(text, "leave town").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text.StartsWith("learned", StringComparison.Ordinal));
        Assert.Equal("CBC News", One(text, "lost $40 million").Channel);
        // What an outlet "has learned" is what it reports.
        Assert.Equal("Timmins Daily Press", One("The Timmins Daily Press has learned that the mine will be sold in April.\n", "sold in April").Speaker);
    }

    /// <summary>"Chief Rosa Moose of Split Lake Cree Nation" is the chief of Split Lake Cree Nation, in her later remarks too; "Tenant
    /// groups renewed their calls …" are the groups', not "their".</summary>
    [Fact]
    public void A_chief_of_a_nation_and_their_calls()
    {
        const string text = "Chief Rosa Moose of Split Lake Cree Nation said the road had been closed for a week.\n\n"
                            + "\"We are running out of fuel,\" Moose said.\n\n"
                            + "Tenant groups renewed their calls to freeze rents after the vote on Tuesday.\n";
        Assert.Equal("chief of Split Lake Cree Nation", One(text, "closed for a week").SpeakerRole);
        Assert.Equal("chief of Split Lake Cree Nation", One(text, "running out of fuel").SpeakerRole);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker == "their");
    }

    /// <summary>"Saint John Fire Chief Kevin Roy" is the Saint John fire chief; "Residents of the nearby Crescent Heights
    /// neighbourhood said" are the residents, not a person named Crescent Heights; "Her father, Luc," two paragraphs after his
    /// daughter last spoke is Luc Gagnon.</summary>
    [Fact]
    public void A_saints_town_residents_nearby_and_a_father_named_later()
    {
        const string text = "Saint John Fire Chief Kevin Roy said the fire was out by noon.\n\n"
                            + "Residents of the nearby Crescent Heights neighbourhood said the blast shook their windows.\n\n"
                            + "Ana Gagnon, 27, broke her ankle on a trail near Canmore in August.\n\n"
                            + "\"I thought I was covered,\" Gagnon said. \"I had no idea.\"\n\n"
                            + "Alberta Health Services said in a statement that ambulance fees for out-of-province patients are set by their home province.\n\n"
                            + "The Ministry of Health told CBC News that residents are charged $80 for a ride at home, but not for trips elsewhere.\n\n"
                            + "Her father, Luc, says the family has written to both health ministers.\n";
        Assert.Equal("Saint John fire chief", One(text, "out by noon").SpeakerRole);
        Assert.Equal("Residents of the nearby Crescent Heights neighbourhood", One(text, "shook their windows").Speaker);
        Assert.Equal("Luc Gagnon", One(text, "written to both").Speaker);
    }

    /// <summary>"…, according to his daughter, Hana Petrova." is Hana Petrova's remark; "president of the union representing about
    /// 3,100 drivers" is the union's president (a number's comma cuts nothing, what the union does is not the role); "But Kanata-area
    /// councillor Omar Reid" is a councillor, his later remarks too.</summary>
    [Fact]
    public void A_name_after_according_to_a_number_in_a_role_and_a_councillor()
    {
        const string text = "Pavel Petrov was sent home from hospital on Nov. 3, according to his daughter, Hana Petrova.\n\n"
                            + "Dana Okafor, president of the union representing about 3,100 bus drivers, said members would vote next week.\n\n"
                            + "But Kanata-area councillor Omar Reid voted against the motion. He argued the city had not consulted merchants.\n";
        Assert.Equal("Hana Petrova", One(text, "sent home").Speaker);
        Assert.Equal("president of the union", One(text, "vote next week").SpeakerRole);
        Assert.Equal("Kanata-area councillor", One(text, "not consulted").SpeakerRole);
    }

    /// <summary>"the judge wrote in her decision" is the judge the article titled Justice, not the victim named last, and only
    /// "judge" where none is named; "The Amalgamated Transit Union Local 583, which represents …, welcomed the move but said …"
    /// is the union's remark; "the city" under a CALGARY dateline is the City of Calgary; a man "accused of" a crime and a body
    /// "adding" officers say nothing.</summary>
    [Fact]
    public void A_titled_judge_a_union_described_the_datelined_city_and_no_accused()
    {
        const string text = "CALGARY — A Calgary man accused of striking a cyclist in a crash has been found not guilty.\n\n"
                            + "Court of King's Bench Justice Anne Whitford found that the Crown had not proven who was driving the car that struck Mia Lund.\n\n"
                            + "\"The evidence points to the vehicle, not to the driver,\" the judge wrote in her decision.\n\n"
                            + "Calgary Transit is adding 30 peace officers to its stations, the city announced Wednesday.\n\n"
                            + "The Amalgamated Transit Union Local 583, which represents the city's bus operators, welcomed the move but said it did not go far enough.\n";
        Assert.Equal("Anne Whitford", One(text, "points to the vehicle").Speaker);
        Assert.Equal("Amalgamated Transit Union Local 583", One(text, "go far enough").Speaker);
        Assert.Equal("City of Calgary", One(text, "30 peace officers").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text.Contains("accused", StringComparison.Ordinal) || a.Cue.Text.Contains("adding", StringComparison.Ordinal));
        const string unnamed = "Daniel Okoro, 34, was found not guilty on Monday.\n\n\"The evidence points to the car, not the driver,\" the judge wrote in her decision.\n";
        Assert.Equal("judge", One(unnamed, "points to the car").Speaker);
    }

    /// <summary>"according to figures released Wednesday by their union" before "The Manitoba Nurses Union says …" is that union's,
    /// via its figures.</summary>
    [Fact]
    public void Figures_from_their_union_named_next()
    {
        const string text = "WINNIPEG — Nurses in Manitoba are working more overtime than ever, according to figures released Wednesday by their union.\n\n"
                            + "The Manitoba Nurses Union says its members logged 900,000 hours of overtime last year.\n";
        var figures = One(text, "more overtime");
        Assert.Equal("Manitoba Nurses Union", figures.Speaker);
        Assert.Equal("figures", figures.Channel);
    }

    /// <summary>"A Moncton family of four …, and they say …" is the family's remark; "said in her annual report last year that …" is
    /// said via the annual report and its words begin at "that"; "the cause has not been determined" is nobody's claim.</summary>
    [Fact]
    public void A_family_in_the_plural_an_annual_report_and_a_cause_undetermined()
    {
        const string text = "A Moncton family of four lost their home to a fire on Sunday, and they say neighbours have been generous.\n\n"
                            + "The fire department said the fire started in the basement, but the cause has not been determined.\n\n"
                            + "The province's auditor general, Paul Martin, said in his annual report last year that sole-source contracts had doubled.\n";
        Assert.Equal("Moncton family of four", One(text, "been generous").Speaker);
        var report = One(text, "sole-source contracts");
        Assert.Equal("an annual report", report.Channel);
        Assert.StartsWith("that sole-source", report.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text.Contains("determined", StringComparison.Ordinal));
    }

    /// <summary>"The Parliamentary Budget Officer, Yves Giroux," is Yves Giroux in that office; "The Chief Electoral Officer" names
    /// an office, not a person called "Electoral Officer".</summary>
    [Fact]
    public void An_office_named_in_capitals_is_a_role_not_a_person()
    {
        const string text = "The Parliamentary Budget Officer, Yves Giroux, said in a report last month that most households receive more in rebates than they pay.\n\n"
                            + "The Chief Electoral Officer, Stéphane Perrault, said turnout in the byelection fell to 21 per cent, the lowest in a decade.\n";
        var pbo = One(text, "most households");
        Assert.Equal("Yves Giroux", pbo.Speaker);
        Assert.Equal("Parliamentary Budget Officer", pbo.SpeakerRole);
        var ceo = One(text, "turnout in the byelection");
        Assert.Equal("Stéphane Perrault", ceo.Speaker);
        Assert.Equal("Chief Electoral Officer", ceo.SpeakerRole);
    }

    /// <summary>"…, its director says." in a lede is the director the story names next, and both cards carry the fuller role the
    /// article gives ("Harbour House executive director Ana Ruiz").</summary>
    [Fact]
    public void Its_director_in_a_lede_is_the_director_named_next()
    {
        const string text = "SUDBURY, Ont. — The largest shelter in Greater Sudbury turned people away three nights this week as temperatures fell below -25 C, its director says.\n\n"
                            + "Harbour House executive director Ana Ruiz said the shelter's 80 beds were full by 9 p.m. each night.\n";
        var lede = One(text, "turned people away");
        Assert.Equal("Ana Ruiz", lede.Speaker);
        Assert.Equal("Harbour House executive director", lede.SpeakerRole);
        Assert.Equal("Harbour House executive director", One(text, "80 beds").SpeakerRole);
    }

    /// <summary>"President Per Bank" is a person whose surname is also a word of banks; "The company also said" paragraphs after
    /// "Loblaw Companies Ltd. says" is Loblaw; "the team announced" after "Winnipeg Jets goaltender …" is the Winnipeg Jets.</summary>
    [Fact]
    public void A_banker_named_bank_the_company_and_the_team()
    {
        const string text = "BRAMPTON, Ont. — Loblaw Companies Ltd. says its third-quarter profit rose nine per cent as more shoppers turned to discount stores.\n\n"
                            + "President Per Bank told analysts on a conference call that discount sales grew at the fastest pace in a decade.\n\n"
                            + "\"Customers are telling us that value matters more than ever,\" Bank said.\n\n"
                            + "The company also said it would open 50 new discount stores across the country next year.\n";
        Assert.Equal("Per Bank", One(text, "fastest pace").Speaker);
        Assert.Equal("Per Bank", One(text, "value matters").Speaker);
        Assert.Equal("Loblaw Companies Ltd.", One(text, "50 new discount stores").Speaker);
        const string sport = "WINNIPEG — Winnipeg Jets goaltender Connor Hellebuyck will miss four to six weeks with a knee injury, the team announced Tuesday.\n";
        Assert.Equal("Winnipeg Jets", One(sport, "knee injury").Speaker);
    }

    /// <summary>"Erin Lowe, the association's president" after "The Alberta Nurses' Association said …" is the president of the
    /// Alberta Nurses' Association on the card, not "association's president".</summary>
    [Fact]
    public void The_associations_president_is_the_president_of_the_association_named()
    {
        const string text = "The Alberta Nurses' Association said the province should do more to keep nurses already working in Alberta.\n\n"
                            + "\"Recruiting abroad is fine, but we are losing experienced nurses every week to burnout,\" said Erin Lowe, the association's president.\n";
        Assert.Equal("president of the Alberta Nurses' Association", One(text, "losing experienced nurses").SpeakerRole);
    }

    /// <summary>"larger than the company first reported, according to documents obtained by CBC News" is the documents' finding,
    /// not the company's; "he had asked his department to review …" is a request, no claim; "Its president, Nathan Ross," after
    /// "The Saskatchewan Teachers' Federation welcomed the move." is the federation's president, on each of his cards.</summary>
    [Fact]
    public void A_comparison_a_request_and_its_president()
    {
        const string text = "WHITEHORSE — A spill at a Yukon gold mine last summer was nearly three times larger than the company first reported, according to documents obtained by CBC News.\n\n"
                            + "Minister Ranj Pillai said he had asked his department to review how the company reports spills.\n\n"
                            + "The Saskatchewan Teachers' Federation welcomed the move. Its president, Nathan Ross, said the ban would give teachers backup in class.\n\n"
                            + "\"It is a relief for our members,\" Ross said.\n";
        var spill = One(text, "three times larger");
        Assert.Equal("documents", spill.Speaker);
        Assert.Equal("CBC News", spill.Channel);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text.Contains("asked", StringComparison.Ordinal));
        Assert.Equal("president of the Saskatchewan Teachers' Federation", One(text, "give teachers backup").SpeakerRole);
        Assert.Equal("president of the Saskatchewan Teachers' Federation", One(text, "relief for our members").SpeakerRole);
    }

    /// <summary>"The union says" after "the Canadian Union of Postal Workers said" is that union, not a federation of employers
    /// named later; "The corporation said" is the body that spoke before it; "Ana Roy, the union's national president" is the
    /// national president of that union.</summary>
    [Fact]
    public void The_union_and_the_corporation_are_the_bodies_named_before()
    {
        const string text = "OTTAWA — Thousands of Post Canada workers walked off the job Friday, the Canadian Union of Postal Workers said.\n\n"
                            + "The union says it wants wage increases of 20 per cent over four years.\n\n"
                            + "Post Canada said in a statement that the demands would cost $2 billion. The corporation said it lost $500 million last year.\n\n"
                            + "Ana Roy, the union's national president, said members had waited a year for a contract.\n\n"
                            + "Dan Kell, president of the Canadian Federation of Independent Business, said small firms rely on the mail.\n";
        Assert.Equal("Canadian Union of Postal Workers", One(text, "wage increases").Speaker);
        Assert.Equal("Post Canada", One(text, "lost $500 million").Speaker);
        Assert.Equal("national president of the Canadian Union of Postal Workers", One(text, "waited a year").SpeakerRole);
    }

    /// <summary>"The company disputed that, saying …" and "the company's president" after "Northline GasWorks said in a
    /// statement" are Northline GasWorks, a brand, no person; lawyers quoted between them are not the company.</summary>
    [Fact]
    public void The_company_is_the_brand_that_spoke_before()
    {
        const string text = "Northline GasWorks said in a statement it was pleased with the ruling.\n\n"
                            + "The company's president, Tessa Rowe, said earlier this year that the line had cost $9 billion.\n\n"
                            + "Lawyers for the chiefs argued in court that the work would harm a sacred site. The company disputed that, saying a survey had found nothing.\n";
        Assert.Equal("president of Northline GasWorks", One(text, "cost $9 billion").SpeakerRole);
        Assert.Equal("Northline GasWorks", One(text, "survey had found nothing").Speaker);
        // Another's name owned between them: "the company" may be that one, so it is not read as the brand.
        const string two = "Northline GasWorks said in a statement that the line was finished.\n\n"
                           + "The mayor is not on Westfield Media's own list of donors. The company says its policy is not to cover its owner.\n";
        Assert.NotEqual("Northline GasWorks", One(two, "not to cover").Speaker);
    }

    /// <summary>"the group's president and CEO, NAME" after "Colleges Manitoba, which represents …, said" is the president and
    /// CEO of Colleges Manitoba; "Colleges and Training Minister NAME" keeps its whole portfolio; "Manitoba's Indigenous Relations
    /// Minister, NAME" is the minister, not a person called "Indigenous Relations Minister"; "Witness NAME" is a witness.</summary>
    [Fact]
    public void Portfolios_a_groups_president_and_a_witness()
    {
        const string text = "Colleges and Training Minister Nora Quist told reporters that the freeze would save students $900 a year.\n\n"
                            + "Colleges Manitoba, which represents the province's public colleges, said in a statement that its members had cut 60 programs.\n\n"
                            + "\"This will mean fewer choices,\" said the group's president and CEO, Mara Adams.\n\n"
                            + "Manitoba's Indigenous Relations Minister, Ian Rankine, said the province respects the decision.\n\n"
                            + "Witness Dale Prentiss told CTV News he saw the truck pass him at 160 km/h.\n";
        Assert.Equal("colleges and training minister", One(text, "save students").SpeakerRole);
        Assert.Equal("president and CEO of Colleges Manitoba", One(text, "fewer choices").SpeakerRole);
        var rankine = One(text, "respects the decision");
        Assert.Equal(("Ian Rankine", "Manitoba's Indigenous relations minister"), (rankine.Speaker, rankine.SpeakerRole));
        var witness = One(text, "pass him");
        Assert.Equal(("Dale Prentiss", "witness"), (witness.Speaker, witness.SpeakerRole));
    }

    /// <summary>"said at a news conference at the legislature" keeps the occasion in the cue, not the "at" of where; "said on
    /// CBC's Power & Politics" came through that programme.</summary>
    [Fact]
    public void The_place_is_no_part_of_the_cue_and_a_programme_is_a_channel()
    {
        const string text = "\"He kept telling them something was wrong,\" Ada Okoro said at a news conference at the Manitoba legislature.\n\n"
                            + "Labour Minister Sean MacKay said he would not intervene for now. \"The best deal is the one reached at the table,\" MacKay said on CBC's Power & Politics.\n";
        Assert.Equal("said at a news conference", One(text, "something was wrong").Cue.Text);
        Assert.Equal("CBC's Power & Politics", One(text, "best deal").Channel);
    }

    /// <summary>"the council's CEO" is the CEO of the council named in the paragraph before (not of the city named before it);
    /// "Its executive director, NAME" is that association's; "president of the Fish, Food and Allied Workers union" keeps the
    /// whole name of the union, commas and all.</summary>
    [Fact]
    public void Owned_roles_with_capitals_and_names_with_commas()
    {
        const string text = "QUEBEC — \"The state must be neutral,\" Minister Jean Robitaille told a news conference in Quebec City.\n\n"
                            + "The National Council of Canadian Tenants condemned the bill.\n\n"
                            + "Samir Haddad, the council's CEO, said his organization would challenge the law in court.\n\n"
                            + "The Association of Seafood Buyers said the price reflects weak demand. Its executive director, Derek Bell, told CBC Radio's On The Go that buyers had lost money.\n\n"
                            + "Greg Petty, president of the Fish, Food and Allied Workers union, said the panel had ignored the evidence.\n";
        Assert.Equal("CEO of the National Council of Canadian Tenants", One(text, "challenge the law").SpeakerRole);
        var bell = One(text, "lost money");
        Assert.Equal(("executive director of the Association of Seafood Buyers", "CBC Radio's On The Go"), (bell.SpeakerRole, bell.Channel));
        Assert.Equal("president of the Fish, Food and Allied Workers union", One(text, "ignored the evidence").SpeakerRole);
    }

    /// <summary>A statement of claim is the channel of what it alleges, and what a landlord "ignored" in it is no remark of the
    /// landlord's; "the land claims organization" claims nothing, and its "said" is the remark; a dateline that writes out its
    /// territory is no part of the remark; "told Sportsnet 630 the team …" came through Sportsnet 630.</summary>
    [Fact]
    public void Claims_of_courts_land_claims_datelines_and_stations()
    {
        const string text = "IQALUIT, Nunavut — The federal government will spend $400 million to build housing in the territory, Ottawa announced Wednesday.\n\n"
                            + "In a statement of claim filed in Ontario Superior Court, Rina Shah alleges the landlord, Brookfield Homes Inc., ignored repeated complaints about leaks.\n\n"
                            + "Qikiqtani Inuit Inc., the land claims organization representing Inuit in the region, said it was not consulted on how the funds would be spent.\n\n"
                            + "General manager Stan Bowers told Sportsnet 630 the team was not planning to make a trade.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.StartsWith("The federal government", One(text, "build housing").Content.Text);
        var shah = One(text, "repeated complaints");
        Assert.Equal(("Rina Shah", "a statement of claim"), (shah.Speaker, shah.Channel));
        Assert.DoesNotContain(found, a => a.Cue.Text.Contains("ignored", StringComparison.Ordinal) || a.Cue.Text.Contains("claims", StringComparison.Ordinal));
        Assert.Equal("Qikiqtani Inuit Inc.", One(text, "not consulted").Speaker);
        var trade = One(text, "make a trade");
        Assert.Equal(("Sportsnet 630", "the team was not planning to make a trade"), (trade.Channel, trade.Content.Text));
    }

    /// <summary>A body named before a person's title ("Calgary Chamber of Commerce CEO NAME", "Assembly of Manitoba Chiefs Grand
    /// Chief NAME", "Federation of Sovereign Indigenous Nations Vice-Chief NAME") is whose officer they are on the card.</summary>
    [Theory]
    [InlineData("Calgary Chamber of Commerce CEO Debra Yelin said the tax would drive firms out of the city.", "CEO of the Calgary Chamber of Commerce")]
    [InlineData("Assembly of Manitoba Chiefs Grand Chief Kyra Wilton said the search must go on.", "grand chief of the Assembly of Manitoba Chiefs")]
    [InlineData("Federation of Sovereign Indigenous Nations Vice-Chief Ally Baer said the apology was a start but not enough.", "vice-chief of the Federation of Sovereign Indigenous Nations")]
    public void A_body_before_the_title_is_whose_officer(string text, string role) =>
        Assert.Equal(role, Assert.Single(AttributionExtractor.Extract(text)).SpeakerRole);

    /// <summary>"received 40 per cent more claims last year" counts claims, nobody claims; "Rancher NAME" is a rancher named NAME.</summary>
    [Fact]
    public void More_claims_are_counted_and_a_rancher_is_described()
    {
        const string text = "The Prairie Crop Insurance Corporation says it received 40 per cent more claims last year than the year before.\n\n"
                            + "Rancher Kelly Willard, who runs 300 cattle near Maple Creek, said she has already begun selling off part of her herd.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(found, a => a.Cue.Text == "claims");
        Assert.Equal("Prairie Crop Insurance Corporation", One(text, "more claims").Speaker);
        var rancher = One(text, "selling off");
        Assert.Equal(("Kelly Willard", "rancher"), (rancher.Speaker, rancher.SpeakerRole));
    }

    /// <summary>"Friends of Medicare executive director NAME" is NAME, not friends of anyone; "She cited a report by the auditor
    /// general that found …" is the auditor general's finding through the report, and "the auditor general" is never the critic
    /// named before; "No Albertan" is nobody's name, and "No major polls appear …" no one's remark.</summary>
    [Fact]
    public void An_officer_of_friends_a_cited_finding_and_no_one()
    {
        const string text = "Premier Dana Smythe said \"No Albertan will pay out of pocket for a publicly insured surgery.\"\n\n"
                            + "But Friends of Medicare executive director Chris Galloway said the plan would drain nurses from public hospitals.\n\n"
                            + "NDP health critic Sara Hoffmann said the government had no evidence the clinics were cheaper. She cited a 2023 report by the auditor general that found the province had not tracked costs.\n\n"
                            + "No major polls appear to have been conducted in the province this year.\n";
        Assert.Equal("Chris Galloway", One(text, "drain nurses").Speaker);
        var finding = One(text, "tracked costs");
        Assert.Equal(("auditor general", "a report", "found", "the province had not tracked costs"), (finding.Speaker, finding.Channel, finding.Cue.Text, finding.Content.Text));
        var found = AttributionExtractor.Extract(text);
        Assert.Single(found, a => a.Content.Text.Contains("tracked costs", StringComparison.Ordinal));
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("major polls", StringComparison.Ordinal) || a.Content.Text.Contains("have been conducted", StringComparison.Ordinal));
        Assert.DoesNotContain(found, a => a.Speaker.Contains("Albertan", StringComparison.Ordinal));
    }

    /// <summary>"P.J. Akeeagok, the premier of Nunavut" is a person with initials written together, and his role is his; "U.S."
    /// stays a place; "the city's integrity commissioner, Principles Integrity" is a firm, so "she" in the complaint is the
    /// advocate who filed it, through the complaint.</summary>
    [Fact]
    public void Initials_a_firm_named_like_a_person_and_a_complaint()
    {
        const string text = "P.J. Akeeagak, the premier of Nunavut, welcomed the appointment, saying the North needs a strong voice in Washington.\n\n"
                            + "U.S. President Donald Trump said tariffs would rise.\n\n"
                            + "Lena Ortega, a housing advocate, filed a complaint with the city's integrity commissioner, Principles Integrity, on Nov. 3. "
                            + "In the complaint, which CBC Hamilton has seen, she alleges the posts were \"intended to humiliate and intimidate.\"\n";
        var premier = One(text, "strong voice");
        Assert.Equal(("P.J. Akeeagak", "premier of Nunavut"), (premier.Speaker, premier.SpeakerRole));
        Assert.Equal("Donald Trump", One(text, "tariffs would rise").Speaker);
        var complaint = One(text, "humiliate");
        Assert.Equal(("Lena Ortega", "a complaint"), (complaint.Speaker, complaint.Channel));
    }

    /// <summary>"A former RCMP officer told the public inquiry into … that …" is the officer the next sentence names after his role
    /// ("Retired staff sergeant NAME"), through the inquiry, and the words begin after "that"; "EHS, which is run by …, said" is
    /// EHS; "The union representing paramedics, IUOE Local 727," is that local; "the force said" is the RCMP that spoke before.</summary>
    [Fact]
    public void A_lede_officer_a_run_body_a_local_and_the_force()
    {
        const string text = "HALIFAX — A former RCMP officer told the public inquiry into the 2020 mass shooting on Tuesday that he warned superiors about the gunman's weapons.\n\n"
                            + "Retired staff sergeant Brian Rehall said he passed on a tip in 2013.\n\n"
                            + "The union representing paramedics, IUOE Local 727, has warned about staff shortages for years.\n\n"
                            + "EHS, which is run by Emergency Medical Care Inc., said response times have improved since the spring.\n\n"
                            + "The RCMP has said it will review the testimony. In a statement, the force said it \"continues to co-operate fully\" with the commission.\n";
        var lede = One(text, "warned superiors");
        Assert.Equal(("Brian Rehall", "retired staff sergeant", "public inquiry", "he warned superiors about the gunman's weapons"), (lede.Speaker, lede.SpeakerRole, lede.Channel, lede.Content.Text));
        Assert.Equal("IUOE Local 727", One(text, "staff shortages").Speaker);
        Assert.Equal("EHS", One(text, "response times").Speaker);
        Assert.Equal("RCMP", One(text, "co-operate fully").Speaker);
    }

    /// <summary>A body named after a word that describes it ("the nonpartisan Parliamentary Budget Office", "the consulting firm
    /// Prairie Analytics", "an average of polls compiled by Poll Tracker") is the speaker, not the description; an outlet that
    /// obtained a document did not write it, and a place is no speaker ("voters outside the Greater Toronto Area").</summary>
    [Fact]
    public void A_described_body_is_named_without_its_description()
    {
        const string text = "The nonpartisan Parliamentary Budget Office said the plan would cost $4 billion a year.\n\n"
                            + "A projection by the consulting firm Prairie Analytics predicted that 12,000 jobs would be lost.\n\n"
                            + "According to an average of recent polls compiled by Poll Tracker Canada, the Liberals lead by three points.\n\n"
                            + "According to an email from the union's president obtained by The Prairie Ledger, the strike vote will be held in May.\n\n"
                            + "Many voters outside the Greater Toronto Area say the plan would not help them.\n";
        Assert.Equal("Parliamentary Budget Office", One(text, "$4 billion").Speaker);
        Assert.Equal("Prairie Analytics", One(text, "12,000 jobs").Speaker);
        Assert.Equal("Poll Tracker Canada", One(text, "three points").Speaker);
        Assert.NotEqual("The Prairie Ledger", One(text, "strike vote").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker == "Greater Toronto Area");
    }

    /// <summary>"The bank said in its statement" after "The Bank of Canada held …" is the Bank of Canada; "the team announced" after
    /// "The Toronto Maple Leafs have fired …" is that team; "Its plastics program manager" after "Environmental Defence, a … group,"
    /// is that group's, with no "the" the article does not write; "His agent, NAME" is an agent.</summary>
    [Fact]
    public void The_bank_the_team_a_groups_manager_and_an_agent()
    {
        const string text = "OTTAWA — The Bank of Canada held its key interest rate steady on Wednesday.\n\n"
                            + "The bank said in its statement that core inflation measures were running around 3 per cent.\n\n"
                            + "The Toronto Maple Leafs have fired head coach Sam Keene after another early playoff exit, the team announced Thursday.\n\n"
                            + "His agent, Kurt Overholt, said in a text message that Keene would be in high demand.\n\n"
                            + "Environmental Defence, a Toronto-based advocacy group, called for a ban. Its plastics program manager, Karen Wirth, said the findings were a wake-up call.\n";
        Assert.Equal(("Bank of Canada", "a statement"), (One(text, "core inflation").Speaker, One(text, "core inflation").Channel));
        Assert.Equal("Toronto Maple Leafs", One(text, "playoff exit").Speaker);
        Assert.Equal(("Kurt Overholt", "agent"), (One(text, "high demand").Speaker, One(text, "high demand").SpeakerRole));
        Assert.Equal("plastics program manager of Environmental Defence", One(text, "wake-up call").SpeakerRole);
    }

    /// <summary>"NAME, of the Ontario Coalition for Better Child Care, said" speaks for that coalition on the card.</summary>
    [Fact]
    public void A_person_set_off_with_of_their_body()
    {
        const string text = "Caroline Fenn, of the Ontario Coalition for Better Child Care, said the province should also raise wages for early childhood educators.\n";
        Assert.Equal(("Caroline Fenn", "Ontario Coalition for Better Child Care"), (One(text, "raise wages").Speaker, One(text, "raise wages").SpeakerRole));
    }

    /// <summary>"the division's superintendent says" in a lede is the superintendent named next, "superintendent of the Louis
    /// Riel School Division"; "says only about five to 10 per cent" keeps the quantity in the words; "a scam that began with a
    /// message on Facebook" did not reach the article through Facebook; "the woman persuaded her to invest" is no claim.</summary>
    [Fact]
    public void A_superintendent_a_quantity_a_platform_in_the_words_and_persuasion()
    {
        const string text = "WINNIPEG — The Louis Riel School Division will cut 40 teaching positions next year, the division's superintendent says.\n\n"
                            + "Christian Michalek said the division had no choice.\n\n"
                            + "A London couple says they lost more than $40,000 to a cryptocurrency scam that began with a friendly message on Facebook.\n\n"
                            + "Rita Kowalski said a woman befriended her last spring. Over several months, the woman persuaded her to invest in what looked like a legitimate trading platform.\n\n"
                            + "The Canadian Anti-Fraud Centre says only about five to 10 per cent of fraud victims report it.\n";
        var cut = One(text, "40 teaching positions");
        Assert.Equal(("Christian Michalek", "superintendent of the Louis Riel School Division"), (cut.Speaker, cut.SpeakerRole));
        Assert.Equal("says", One(text, "fraud victims").Cue.Text);
        Assert.StartsWith("only about five", One(text, "fraud victims").Content.Text);
        Assert.Null(One(text, "$40,000").Channel);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text.Contains("persuaded", StringComparison.Ordinal));
    }

    /// <summary>"Commission chair NAME" after "The Edmonton Police Commission, which oversees the service, approved …" is the chair
    /// of that commission on the card.</summary>
    [Fact]
    public void A_body_title_is_of_the_body_named_before()
    {
        const string text = "The Edmonton Police Commission, which oversees the service, approved the budget request last month. Commission chair John McDougal said it was \"a responsible ask.\"\n";
        Assert.Equal("chair of the Edmonton Police Commission", One(text, "responsible ask").SpeakerRole);
    }

    /// <summary>"The authority confirmed the figures but said …" after a paragraph ending "… from the Saskatchewan Health
    /// Authority." is that authority, not a speaker called "The".</summary>
    [Fact]
    public void The_authority_named_at_a_sentences_end()
    {
        const string text = "REGINA — Rural emergency rooms were closed for a combined 2,000 hours last month, according to data from the Saskatchewan Health Authority.\n\n"
                            + "The authority confirmed the figures but said most closures lasted less than a day.\n";
        Assert.Equal("Saskatchewan Health Authority", One(text, "less than a day").Speaker);
    }

    /// <summary>"the health authority" and "the software company" are the body named before them, as "the authority" and "the
    /// company" are; "The Liberal leader said" right after "Opposition Leader NAME called …" is that leader.</summary>
    [Fact]
    public void A_described_body_and_a_party_leader_just_named()
    {
        const string text = "HALIFAX — The emergency department at the Dartmouth General Hospital will close overnight for six weeks, Nova Scotia Health announced Thursday.\n\n"
                            + "In a news release, the health authority said it could not find enough nurses to staff the department at night.\n\n"
                            + "Opposition Leader Zach Churchill called the closure \"a failure of leadership.\" The Liberal leader said residents would now have to drive to Halifax for emergency care.\n\n"
                            + "WATERLOO, Ont. — OpenText Corp. is laying off about 400 employees at its Waterloo headquarters, the software company confirmed Tuesday.\n";
        Assert.Equal("Nova Scotia Health", One(text, "enough nurses").Speaker);
        Assert.Equal("Zach Churchill", One(text, "drive to Halifax").Speaker);
        Assert.Equal("OpenText Corp.", One(text, "400 employees").Speaker);
    }

    /// <summary>"the Oakville, Ont., native said" and "the Markham, Ont., product said" are the player just named, and the
    /// quotation before them is all of the words, without "the Markham, Ont.".</summary>
    [Fact]
    public void A_hometown_description_is_the_person_just_named()
    {
        const string text = "Evan Bouchard, 26, had 82 points last season. He told reporters he never wanted to play anywhere else.\n\n"
                            + "\"Edmonton is home,\" the Oakville, Ont., native said. \"My family loves it here.\"\n\n"
                            + "Mitch Marner told reporters he was relieved.\n\n"
                            + "\"It's been a long summer,\" the Markham, Ont., product said.\n\n"
                            + "\"I always wanted to stay,\" the Toronto native said.\n";
        Assert.Equal("Evan Bouchard", One(text, "Edmonton is home").Speaker);
        var summer = One(text, "long summer");
        Assert.Equal("Mitch Marner", summer.Speaker);
        Assert.DoesNotContain("Markham", summer.Content.Text, StringComparison.Ordinal);
        Assert.Equal("Mitch Marner", One(text, "wanted to stay").Speaker);
    }

    /// <summary>"welcomed the ban but said schools would need …", "praised the plan but warned that …", "declined to comment but
    /// said …": what someone did is no claim; the clause after "but said" is, with its own cue.</summary>
    [Fact]
    public void A_stance_then_but_said_claims_the_words_after_but()
    {
        const string text = "Josée Scalabrini, president of the Fédération des syndicats de l'enseignement, which represents 95,000 teachers, welcomed the ban but said schools would need clear rules to enforce it.\n\n"
                            + "Mayor Jane Ford praised the plan but warned that costs could rise.\n\n"
                            + "The union welcomed the offer but said members would vote on it next week.\n";
        var rules = One(text, "clear rules");
        Assert.Equal(("Josée Scalabrini", "said"), (rules.Speaker, rules.Cue.Text));
        Assert.DoesNotContain("welcomed", rules.Content.Text, StringComparison.Ordinal);
        var costs = One(text, "costs could rise");
        Assert.Equal(("Jane Ford", "warned"), (costs.Speaker, costs.Cue.Text));
        Assert.DoesNotContain("praised", costs.Content.Text, StringComparison.Ordinal);
        Assert.Equal("said", One(text, "members would vote").Cue.Text);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text is "welcomed" or "praised");
    }

    /// <summary>"told analysts last month that …" reached the article through the analysts' call, as "told reporters" does.</summary>
    [Fact]
    public void Told_analysts_is_the_channel()
    {
        const string text = "OpenText chief executive Mark Barrenechea told analysts last month that the company was focused on simplifying the business.\n";
        Assert.Equal(("Mark Barrenechea", "analysts"), (One(text, "simplifying").Speaker, One(text, "simplifying").Channel));
    }

    /// <summary>"New Jersey Gov. Chris Christie described Democratic presidential nominee Hillary Clinton as …": Clinton's role is
    /// no sentence that Christie opens; "the New Jersey governor said" next is Christie.</summary>
    [Fact]
    public void A_role_is_no_clause_another_person_opens()
    {
        const string text = "New Jersey Gov. Chris Christie described Democratic presidential nominee Hillary Clinton as a \"disgrace\" on Wednesday. "
                            + "\"She went for the easy political vote,\" the New Jersey governor said.\n\n"
                            + "Clinton said she would speak directly to voters about policing.\n";
        var clinton = One(text, "speak directly");
        Assert.Equal("Hillary Clinton", clinton.Speaker);
        Assert.DoesNotContain("Christie", clinton.SpeakerRole ?? "", StringComparison.Ordinal);
        Assert.Equal("Chris Christie", One(text, "easy political vote").Speaker);
    }

    /// <summary>"Grand Chief Kyra Wilson of the Assembly of Manitoba Chiefs" is the grand chief of that assembly on the card, and a
    /// sentence's "Band councillor NAME" is a band councillor, in lower case.</summary>
    [Fact]
    public void A_grand_chief_of_an_assembly_and_a_band_councillor()
    {
        const string text = "Grand Chief Kyra Wilson of the Assembly of Manitoba Chiefs said the deaths were part of a wider emergency.\n\n"
                            + "Band councillor Sherry Kent said families had been asking for a treatment centre for years.\n";
        Assert.Equal("grand chief of the Assembly of Manitoba Chiefs", One(text, "wider emergency").SpeakerRole);
        Assert.Equal("band councillor", One(text, "treatment centre").SpeakerRole);
    }

    /// <summary>"the union said" after "Members of the Elementary Teachers' Federation of Ontario have voted" is the federation, not
    /// its members; "The Calgary MP said" after "Conservative immigration critic NAME said" is that critic; "Its president and CEO,
    /// NAME" is the president and CEO of the body named before; "Veterinarian Dr. NAME" is a veterinarian, without "dr".</summary>
    [Fact]
    public void A_union_not_its_members_an_MP_an_executive_and_a_doctor()
    {
        const string text = "TORONTO — Members of the Elementary Teachers' Federation of Ontario have voted 95 per cent in favour of a strike mandate, the union said Monday.\n\n"
                            + "Conservative immigration critic Michelle Rempel Garner said the government had created the problem. The Calgary MP said the Liberals \"let the system spin out of control.\"\n\n"
                            + "Colleges Ontario, which represents the province's 24 public colleges, said the cuts would force more program closures. Its president and CEO, Marketa Evans, said colleges had already lost more than $1.5 billion.\n\n"
                            + "Veterinarian Dr. Alicia Moreau, who treated the dog, said it likely survived by eating snow.\n";
        Assert.Equal("Elementary Teachers' Federation of Ontario", One(text, "strike mandate").Speaker);
        Assert.Equal("Michelle Rempel Garner", One(text, "spin out of control").Speaker);
        Assert.Equal(("Marketa Evans", "president and CEO of Colleges Ontario"), (One(text, "$1.5 billion").Speaker, One(text, "$1.5 billion").SpeakerRole));
        Assert.Equal(("Alicia Moreau", "veterinarian"), (One(text, "eating snow").Speaker, One(text, "eating snow").SpeakerRole));
    }

    /// <summary>What was done is no claim: "urged residents to follow the order", "called the number on her collar", "announced
    /// the charge Thursday", "announced his candidacy" (what someone was called still is); and "The province's Special Investigations Unit, which investigates …,
    /// announced the charge Thursday." names no charge as a speaker.</summary>
    [Fact]
    public void Requests_calls_and_announcements_of_things_make_no_claim()
    {
        const string text = "TORONTO — A Toronto police officer has been charged with dangerous driving causing death after a crash that killed a cyclist.\n\n"
                            + "The province's Special Investigations Unit, which investigates incidents involving police that result in death or serious injury, announced the charge Thursday.\n\n"
                            + "La Ronge Mayor Colin Ratushniak urged residents to follow the evacuation order.\n\n"
                            + "On the ninth day, a snowmobiler spotted a dog near a cabin and called the number on her collar.\n\n"
                            + "The businessman announced his candidacy for mayor of the city last spring.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Cue.Text is "urged" or "called" or "announced");
        // (What someone was called is a claim: "called her vote in favour of the war a mistake".)
        const string named = "Senator Jane Ford called her vote in favour of the war a mistake.\n";
        Assert.Equal(("Jane Ford", "called"), (One(named, "a mistake").Speaker, One(named, "a mistake").Cue.Text));
        Assert.DoesNotContain(claims, a => a.Speaker.Contains("charge", StringComparison.Ordinal) || a.Content.Text.Contains("Special Investigations Unit", StringComparison.Ordinal));
    }

    /// <summary>One look-back names the body that spoke before, whichever tagger read the remarks: "The agency said" after
    /// "Statistics Canada said Tuesday …", "the health authority said" after "…, Nova Scotia Health announced Thursday.", and "the
    /// commission recognized" after "a New Hampshire ballot commission" is that commission, not the board that spoke before it.</summary>
    [Fact]
    public void The_body_that_spoke_before_is_found_once()
    {
        const string text = "OTTAWA — The economy shrank 0.2 per cent in the third quarter, Statistics Canada said Tuesday.\n\n"
                            + "The agency said exports fell for a second straight quarter.\n\n"
                            + "HALIFAX — The emergency department at the Dartmouth General Hospital will close overnight for six weeks, Nova Scotia Health announced Thursday.\n\n"
                            + "In a news release, the health authority said it could not find enough nurses to staff the department at night.\n\n"
                            + "The Illinois Board of Elections said the challenge to the senator's eligibility had no merit.\n\n"
                            + "But a New Hampshire ballot commission was more cautious. The commission said a court should settle the matter.\n";
        Assert.Equal("Statistics Canada", One(text, "exports fell").Speaker);
        Assert.Equal("Nova Scotia Health", One(text, "enough nurses").Speaker);
        Assert.Equal("New Hampshire ballot commission", One(text, "court should settle").Speaker);
    }

    /// <summary>"…, their union announced Sunday." in a lede before "The Air Line Pilots Association said …" is that association;
    /// "The airline had warned in September that …" is Air Canada, its cue "had warned"; "Former PM says" in a headline and "the
    /// former Conservative leader said" are the one person the article names, Stephen Harper.</summary>
    [Fact]
    public void An_association_an_airline_and_a_former_prime_minister()
    {
        const string text = "Air Canada pilots ratify new contract\n\n"
                            + "MONTREAL — Air Canada pilots have voted to accept a new four-year contract that includes raises of about 42 per cent, their union announced Sunday.\n\n"
                            + "The Air Line Pilots Association said 67 per cent of members who voted supported the deal.\n\n"
                            + "In a statement, Air Canada chief executive Michael Rousseau said the deal provided stability.\n\n"
                            + "The airline had warned in September that it would cancel flights if pilots went on strike.\n";
        Assert.Equal("Air Line Pilots Association", One(text, "four-year contract").Speaker);
        var warned = One(text, "cancel flights");
        Assert.Equal(("Air Canada", "had warned"), (warned.Speaker, warned.Cue.Text));
        const string harper = "Former PM says Canada must spend more on defence\n\n"
                              + "OTTAWA — Former prime minister Stephen Harper says Canada must reach NATO's target of two per cent \"sooner, not later.\"\n\n"
                              + "Harper made the comments during a speech in Ottawa on Thursday night.\n\n"
                              + "\"Our allies are watching, and they are not impressed,\" the former Conservative leader said.\n\n"
                              + "Defence Minister David McGuinty's office said the government had already committed to reaching the target by 2032.\n";
        Assert.Equal("Stephen Harper", One(harper, "spend more on defence").Speaker);
        Assert.Equal("Stephen Harper", One(harper, "not impressed").Speaker);
    }

    /// <summary>"according to a report prepared for the city by consulting firm Deloitte" is Deloitte's, via a report; "produced by
    /// A, B and C" is all of them; "denied the claim, saying …" is the saying alone; "could not discuss individual claims" claims
    /// nothing; "who has long questioned the city's subsidy" is a stance, no claim.</summary>
    [Fact]
    public void Makers_of_a_report_a_denial_and_a_stance()
    {
        const string text = "EDMONTON — The downtown arena district has brought millions of visitors downtown, according to a report prepared for the city by consulting firm Deloitte.\n\n"
                            + "\"The benefits stop at the edge of it,\" said Coun. Michael Janz, who has long questioned the city's subsidy.\n\n"
                            + "The report, produced by Dalhousie University, the University of Guelph and the University of Saskatchewan, predicts a family of four will spend $16,833 on food.\n\n"
                            + "Her insurer, SGI Canada, denied the claim, saying her policy did not cover overland flooding.\n\n"
                            + "In an email, spokesperson Tyler McMurchy said the company could not discuss individual claims because of privacy laws.\n";
        var visitors = One(text, "millions of visitors");
        Assert.Equal(("Deloitte", "a report"), (visitors.Speaker, visitors.Channel));
        Assert.Equal("Dalhousie University, the University of Guelph and the University of Saskatchewan", One(text, "family of four").Speaker);
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Cue.Text is "denied" or "questioned" or "claims");
        Assert.Equal("SGI Canada", One(text, "overland flooding").Speaker);
    }

    /// <summary>A headline's "Couple says …" is the couple the lede names, two people on the card; "The company's owner" is the owner
    /// of the incorporated name written before ("Renovate Right Inc."); "told the couple the work would resume" leaves "the couple"
    /// out of the words; "Spokesperson NAME" right after "The Public Prosecution Service said" is its spokesperson; "A poll by Leger
    /// released last month" is Leger's.</summary>
    [Fact]
    public void A_couple_an_owner_a_spokesperson_and_a_pollster()
    {
        const string text = "Couple says contractor walked away with $80,000 deposit\n\n"
                            + "OTTAWA — An Ottawa couple says a contractor took an $80,000 deposit for a home renovation and never came back.\n\n"
                            + "Mark and Julie Tessier hired Renovate Right Inc. last spring to add a second storey to their home.\n\n"
                            + "The company's owner, Dan Kowalchuk, did not respond to requests for comment. In a phone call in October, he told the couple the work would resume soon.\n\n"
                            + "The Public Prosecution Service said it was reviewing the decision. Spokesperson Chris Hansen said in an email that the service respects the ruling.\n\n"
                            + "A poll by Leger released last month found that 61 per cent of Albertans opposed creating a provincial plan.\n";
        var headline = One(text, "walked away");
        Assert.Equal("Mark and Julie Tessier", headline.Speaker);
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Person, FactCheck.Publishing.SpeakerKinds.Kind(headline.Speaker));
        var resume = One(text, "would resume");
        Assert.Equal(("Dan Kowalchuk", "owner of Renovate Right Inc."), (resume.Speaker, resume.SpeakerRole));
        Assert.StartsWith("the work would resume", resume.Content.Text, StringComparison.Ordinal);
        Assert.Equal("spokesperson for the Public Prosecution Service", One(text, "respects the ruling").SpeakerRole);
        Assert.Equal(("Leger", "a poll"), (One(text, "61 per cent").Speaker, One(text, "61 per cent").Channel));
    }

    /// <summary>"The family of a man shot and killed by RCMP officers … is calling for …" in a lede is the family of the man the
    /// story then names, never the RCMP; "“…,” said co-founder and chief executive NAME." is that person, with that role; "A
    /// Vancouver startup … has raised $50 million, the company said" is the company that speaks next; "help doctors write their
    /// notes" is nobody's saying.</summary>
    [Fact]
    public void A_family_a_signed_quotation_and_a_startup()
    {
        const string family = "SURREY, B.C. — The family of a man shot and killed by RCMP officers in Surrey last month is calling for a public inquiry into his death.\n\n"
                              + "Harjit Sandhu, 52, was shot outside his home on March 3 after officers responded to a call about a man with a knife.\n";
        Assert.Equal("Harjit Sandhu’s family", One(family, "public inquiry").Speaker);
        const string startup = "VANCOUVER — A Vancouver startup that builds artificial intelligence tools to help doctors write their notes has raised $50 million, the company said Thursday.\n\n"
                               + "Tali AI said the funding round was led by U.S. venture firm Accel.\n\n"
                               + "\"Doctors spend up to two hours a day on paperwork. We want to give that time back to patients,\" said co-founder and chief executive Mahshid Yassaei.\n";
        Assert.Equal("Tali AI", One(startup, "raised $50 million").Speaker);
        var paperwork = One(startup, "paperwork");
        Assert.Equal(("Mahshid Yassaei", "co-founder and chief executive"), (paperwork.Speaker, paperwork.SpeakerRole));
        Assert.DoesNotContain(AttributionExtractor.Extract(startup), a => a.Cue.Text is "notes" or "write");
    }

    /// <summary>"The Fish, Food and Allied Workers union, which represents …, said in a statement" is that union by its whole name;
    /// "Surrey RCMP referred questions to the IIO" says nothing.</summary>
    [Fact]
    public void A_name_with_commas_and_questions_referred()
    {
        const string text = "The Fish, Food and Allied Workers union, which represents about 14,000 harvesters, said in a statement that inshore fishers had been \"shut out.\"\n\n"
                            + "Surrey RCMP referred questions to the Independent Investigations Office.\n";
        Assert.Equal("Fish, Food and Allied Workers union", One(text, "shut out").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text.Contains("referred", StringComparison.Ordinal));
    }

    /// <summary>"The Canadian Union of Postal Workers disputed those numbers. National president Jan Simpson told a rally …": the
    /// national president of that union; "President Barack Obama said" after "The White House …" stays president, of nothing.</summary>
    [Fact]
    public void A_national_president_of_the_body_the_sentence_before_opens_with()
    {
        const string text = "The Canadian Union of Postal Workers disputed those numbers. National president Jan Simpson told a rally in Ottawa that the corporation was trying to \"gut\" the service.\n\n"
                            + "The White House released the letter on Monday. President Barack Obama said that his successor would push for the same goals.\n";
        Assert.Equal("national president of the Canadian Union of Postal Workers", One(text, "gut").SpeakerRole);
        Assert.Equal("president", One(text, "same goals").SpeakerRole);
    }

    /// <summary>"…, said Anthony Dale, the association's president and CEO. He added …": a title written in full ends its sentence
    /// and "He" is the one just named, not a person called "He"; "A Halifax family is calling for …" is that family; "citing the
    /// bargaining process" and "what doctors told the family was a chest infection" are a reason and a description, no one's claim.</summary>
    [Fact]
    public void A_title_ending_a_sentence_a_demand_a_reason_and_what_was_told()
    {
        const string text = "HALIFAX — A Halifax family is calling for an investigation after they say their father was sent home hours before he died.\n\n"
                            + "Robert MacLeod, 71, was discharged on March 3 with what doctors told the family was a chest infection.\n\n"
                            + "The Ontario Hospital Association said it was disappointed by the vote.\n\n"
                            + "\"We believe the offer was fair and reasonable,\" said Anthony Dale, the association's president and CEO. He added that hospitals were facing \"unprecedented financial pressure.\"\n\n"
                            + "Health Minister Sylvia Jones declined to comment on the vote, citing the bargaining process.\n";
        var added = One(text, "financial pressure");
        Assert.Equal(("Anthony Dale", "president and CEO of the Ontario Hospital Association"), (added.Speaker, added.SpeakerRole));
        var claims = AttributionExtractor.Extract(text);
        Assert.Equal("Halifax family", One(text, "an investigation").Speaker);
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("citing", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("chest infection", StringComparison.Ordinal));
        Assert.Contains(claims, a => a.Content.Text.Contains("sent home", StringComparison.Ordinal));
    }

    /// <summary>"despite complaints from business owners who say …": the group before "who", named without an article, speaks; and
    /// "A Toronto family said" is the family, not "A Toronto" (a noun ending in "-ly" is no adverb).</summary>
    [Fact]
    public void A_group_before_who_and_a_family_ending_in_ly()
    {
        const string text = "Council voted 11-5 on Tuesday to keep the bike lanes, despite complaints from business owners who say the lanes have cut into their sales.\n\n"
                            + "The plan drew criticism from residents and critics who say it ignores seniors.\n\n"
                            + "A Toronto family said the hospital sent their son home twice.\n";
        Assert.Equal("business owners", One(text, "cut into their sales").Speaker);
        Assert.Equal("residents and critics", One(text, "ignores seniors").Speaker);
        Assert.Equal("Toronto family", One(text, "sent their son home").Speaker);
    }

    /// <summary>"“It's huge for us,” the German forward said" after "Teammate Leon Draisaitl … said he was relieved" is Draisaitl;
    /// "One of the victims, who cannot be identified …, read a statement. “…,” she said" is that victim, never the prosecutor named
    /// before, and "cannot be identified" is no claim.</summary>
    [Fact]
    public void A_player_by_position_and_one_of_the_victims()
    {
        const string team = "General manager Stan Bowman said the deal gives the team flexibility.\n\n"
                            + "Teammate Leon Draisaitl, who signed an eight-year deal last summer, said he was relieved.\n\n"
                            + "\"It's huge for us,\" the German forward said. \"We know what we have in this room.\"\n";
        Assert.Equal("Leon Draisaitl", One(team, "huge for us").Speaker);
        const string court = "Crown prosecutor Renée Lagimodière had asked for eight years. She told the court the victims had lived with the trauma for two decades.\n\n"
                             + "One of the victims, who cannot be identified because of a publication ban, read a statement in court.\n\n"
                             + "\"You took my childhood from me,\" she said. \"I will never get it back.\"\n";
        Assert.Equal("one of the victims", One(court, "my childhood").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(court), a => a.Cue.Text.Contains("identified", StringComparison.Ordinal));
    }

    /// <summary>"In a letter to tenants obtained by The Canadian Press, the company said …" is the landlord's company, never the outlet
    /// that obtained the letter; "Oceans North, a conservation group, said …" makes "the group's science director" its director;
    /// "…,” Rose said, referring to the 1992 collapse" and an unnamed "is defending the province's support for …" make no claim.</summary>
    [Fact]
    public void A_letter_obtained_by_an_outlet_a_group_described_and_a_reference()
    {
        const string text = "ST. JOHN'S, N.L. — Newfoundland and Labrador's fisheries minister is defending the province's support for a higher northern cod quota despite warnings from scientists.\n\n"
                            + "\"We've seen this movie before,\" Rose said, referring to the 1992 collapse.\n\n"
                            + "Oceans North, a conservation group, said the quota put the stock's recovery at risk.\n\n"
                            + "\"It's a political decision dressed up as a scientific one,\" said Robert Rangeley, the group's science director.\n\n"
                            + "The building's owner, Parkview Holdings Inc., did not respond to requests for comment. In a letter to tenants obtained by The Canadian Press, the company said the work was \"necessary to bring the building up to current standards.\"\n";
        Assert.Equal("Parkview Holdings Inc.", One(text, "current standards").Speaker);
        Assert.Equal("science director of Oceans North", One(text, "political decision").SpeakerRole);
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("referring", StringComparison.Ordinal) || a.Cue.Text.Contains("defending", StringComparison.Ordinal));
    }

    /// <summary>"“…,” said NTI president Jeremy Tunraluk." is Tunraluk, not the body named the sentence before; "Longtime Altadore
    /// resident Gail Morrison said" is Morrison ("Longtime Altadore" is nobody's name); "the rezoning could add up to 3,000 homes a
    /// year" is an amount, no claim.</summary>
    [Fact]
    public void A_signed_quotation_with_a_body_before_the_role_and_a_longtime_resident()
    {
        const string text = "Nunavut Tunngavik Inc., which represents Inuit under the land claim, said it welcomed the declaration.\n\n"
                            + "\"Declarations do not save lives. Resources do,\" said NTI president Jeremy Tunraluk.\n\n"
                            + "Longtime Altadore resident Gail Morrison said she feared the character of her neighbourhood would be lost.\n\n"
                            + "According to city administration, the rezoning could add up to 3,000 homes a year.\n";
        Assert.Equal("Jeremy Tunraluk", One(text, "save lives").Speaker);
        Assert.Equal("Gail Morrison", One(text, "character of her neighbourhood").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text.Contains("add", StringComparison.Ordinal));
    }

    /// <summary>"A Sumas Prairie man … is suing …" before "Harpreet Gill, 58, filed …" is Gill ("Sumas Prairie" is a place, nobody's
    /// name); "a notice of civil claim" and "engineering reports dating back to 2015" make no claim; "The Canadian Home Builders'
    /// Association – Calgary Region … Its CEO, Brian Hahn" is that body's CEO, by its whole name.</summary>
    [Fact]
    public void A_place_ending_in_prairie_a_civil_claim_and_a_chapter_after_a_dash()
    {
        const string text = "ABBOTSFORD, B.C. — A Sumas Prairie man whose house was destroyed in the 2021 floods is suing the B.C. government, alleging it failed to maintain a dike that officials knew was weak.\n\n"
                            + "Harpreet Gill, 58, filed a notice of civil claim in B.C. Supreme Court last week. The lawsuit alleges the province ignored engineering reports dating back to 2015.\n\n"
                            + "The Canadian Home Builders' Association – Calgary Region welcomed the decision. Its CEO, Brian Hahn, said the change would let builders \"get shovels in the ground faster.\"\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.Equal("Harpreet Gill", Assert.Single(claims, a => a.Cue.Text == "alleging").Speaker);
        Assert.DoesNotContain(claims, a => a.Cue.Text is "claim" or "reports");
        Assert.Equal("CEO of the Canadian Home Builders' Association – Calgary Region", One(text, "shovels").SpeakerRole);
    }

    /// <summary>"A 2024 report by the Tyee Research Council found that …" is the council via a report (before, "Tyee Research Council
    /// found" spoke through "report"); "An audit by the provincial auditor general concluded …" is the auditor general via an audit;
    /// "Hereditary Chief Smogelgem of the Likhts'amisyu Clan" is Smogelgem; "the department said" after "Transport Canada" is that
    /// department, via "a notice"; "…, citing erosion fears" makes no claim; "Nurses have voted to strike, their union said Monday,
    /// raising the prospect of …" is the nurses' vote, not the prospect.</summary>
    [Fact]
    public void A_report_by_a_body_a_chief_of_a_clan_a_federal_department_and_a_consequence()
    {
        const string text = "Ottawa pauses ferry terminal expansion, citing erosion fears\n\n"
                            + "HALIFAX — Nurses at three Cape Breton hospitals have voted 94 per cent in favour of a strike, their union said Monday, raising the prospect of cancelled surgeries.\n\n"
                            + "Transport Canada is reviewing the terminal plan. In a notice posted Friday, the department said the shoreline had retreated two metres in a decade.\n\n"
                            + "A 2024 report by the Tyee Research Council found that the wharf was sinking faster than forecast.\n\n"
                            + "An audit by the provincial auditor general concluded that the ministry had lost track of $12 million.\n\n"
                            + "Hereditary Chief Smogelgem of the Likhts'amisyu Clan welcomed the pause, saying the shoreline was sacred.\n";
        var claims = AttributionExtractor.Extract(text);
        var nurses = One(text, "94 per cent");
        Assert.StartsWith("Nurses at three Cape Breton hospitals", nurses.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("prospect", nurses.Content.Text, StringComparison.Ordinal);
        var notice = One(text, "two metres");
        Assert.Equal(("Transport Canada", "a notice"), (notice.Speaker, notice.Channel));
        var report = One(text, "sinking faster");
        Assert.Equal(("Tyee Research Council", "a report"), (report.Speaker, report.Channel));
        var audit = One(text, "lost track");
        Assert.Equal(("provincial auditor general", "an audit"), (audit.Speaker, audit.Channel));
        Assert.Equal("Smogelgem", One(text, "sacred").Speaker);
        Assert.DoesNotContain(claims, a => a.Cue.Text == "fears" || a.Speaker.Contains("erosion", StringComparison.Ordinal));
    }

    /// <summary>"A witness, who asked not to be named because …, told Global News he saw …" is the witness via Global News (before, the
    /// outlet and the words were read as the speaker, and the witness as the words); "Court heard he billed the clinic for …" is what
    /// the court heard, not a claim of his; "pleaded guilty in March to theft" is a plea, no claim; "said in a victim impact
    /// statement" is a channel.</summary>
    [Fact]
    public void A_witness_set_off_before_told_a_court_heard_without_that_and_a_plea()
    {
        const string text = "A witness, who asked not to be named because he worked at the plant, told Global News he saw smoke pouring from the roof an hour before the alarm.\n\n"
                            + "Dale Orrin, 54, pleaded guilty in March to theft over $5,000. Court heard he wrote himself 140 cheques from the clinic's account over six years.\n\n"
                            + "The clinic's director, Nadia Farouk, said in a victim impact statement that patients had lost trust in the staff.\n";
        var claims = AttributionExtractor.Extract(text);
        var witness = One(text, "smoke pouring");
        Assert.Equal(("witness", "Global News"), (witness.Speaker, witness.Channel));
        Assert.StartsWith("he saw smoke", witness.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, a => a.Speaker.Contains("smoke", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, a => a.Speaker == "Dale Orrin");
        Assert.Equal("heard", One(text, "140 cheques").Cue.Text);
        Assert.Equal(("Nadia Farouk", "a victim impact statement"), (One(text, "lost trust").Speaker, One(text, "lost trust").Channel));
    }

    /// <summary>"Polio was declared eradicated in the Americas in 1994, according to the Pan American Health Organization" is the
    /// organisation's (before, "Polio" spoke through "was declared"); "the number of apprentices its colleges can admit" makes no
    /// claim; "before Election Day, he laughed and said" is the campaign manager, never a person called "Election Day".</summary>
    [Fact]
    public void A_passive_before_according_to_a_modal_admit_and_a_day_named_by_the_calendar()
    {
        const string text = "Polio was declared eradicated in the Americas in 1994, according to the Pan American Health Organization.\n\n"
                            + "Manitoba will limit the number of apprentices its colleges can admit starting next year, Advanced Education Minister Renée Cable announced Tuesday.\n\n"
                            + "When Tom Delacroix, the party's campaign manager, was asked whether the leader would debate before Election Day, he laughed and said, \"We'll see.\"\n";
        var claims = AttributionExtractor.Extract(text);
        var polio = One(text, "eradicated");
        Assert.Equal("Pan American Health Organization", polio.Speaker);
        Assert.StartsWith("Polio was declared", polio.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, a => a.Speaker is "Polio" or "colleges" || a.Cue.Text.Contains("admit", StringComparison.Ordinal));
        Assert.Equal("Renée Cable", One(text, "limit the number").Speaker);
        Assert.Equal("Tom Delacroix", One(text, "We'll see").Speaker);
    }

    /// <summary>"Chief Laura Sam of the Ts'kw'aylaxw Band" is the band's chief: a nation's or a band's name may hold apostrophes.</summary>
    [Fact]
    public void A_chief_of_a_band_whose_name_holds_apostrophes()
    {
        const string text = "Chief Laura Sam of the Ts'kw'aylaxw Band said the band had not been consulted on the dam.\n";
        var chief = One(text, "not been consulted");
        Assert.Equal(("Laura Sam", "chief of the Ts'kw'aylaxw Band"), (chief.Speaker, chief.SpeakerRole));
    }

    /// <summary>"Warden Bruce Halloran told CBC News …" is Bruce Halloran, the warden ("Warden" and "Reeve" are titles, no part of a
    /// name); "A utility spokesperson, Dana Reid, rejected that claim, saying the utility had spent $1 billion …" is what follows
    /// "saying", not "that claim, saying …".</summary>
    [Fact]
    public void A_warden_and_a_rejection_that_says_why()
    {
        const string text = "Warden Bruce Halloran told CBC News that some residents had been without power since Thursday.\n\n"
                            + "Critics said the outages were the result of years of underinvestment. A utility spokesperson, Dana Reid, rejected that claim, saying the utility had spent $1 billion on its grid since 2020.\n";
        var warden = One(text, "without power");
        Assert.Equal(("Bruce Halloran", "warden"), (warden.Speaker, warden.SpeakerRole));
        var reid = One(text, "$1 billion");
        Assert.Equal("Dana Reid", reid.Speaker);
        Assert.StartsWith("the utility had spent", reid.Content.Text, StringComparison.Ordinal);
    }
    /// <summary>"Residents can return home starting Saturday, territorial officials announced, after rain slowed a wildfire …": the words are the clause before the
    /// source, not the reporter's "after …" (before, the claim was that crews cleared it); "told a news conference at City Hall the
    /// county had …" leaves the place out of the words; "said in a call with analysts" is a channel; "defended her ministry's plan to
    /// charge tolls on the bridge within two years of opening" is a stance toward a plan, no claim.</summary>
    [Fact]
    public void A_reporters_after_clause_a_place_after_a_news_conference_a_call_with_analysts_and_a_plan_defended()
    {
        const string text = "Evacuees can go home\n\nYELLOWKNIFE — Residents of Fort Simpson can return home starting Saturday, territorial officials announced, after rain slowed a wildfire that had burned within five kilometres of the village.\n\n"
                            + "\"The fire is not out, but it is no longer a threat to the community,\" said Mike Westwick, a spokesperson for NWT Fire.\n\n"
                            + "Warden Lena Boutilier told a news conference at City Hall the county had spent $4 million on repairs since spring.\n\n"
                            + "\"We expect demand to pick up once the bridge opens,\" chief executive Rita Ocampo said in a call with analysts.\n\n"
                            + "Transport Minister Gail Whynot on Thursday defended her ministry's plan to charge tolls on the new bridge within two years of its opening, saying the province could not afford it otherwise.\n";
        var claims = AttributionExtractor.Extract(text);
        var homes = One(text, "return home");
        Assert.Equal("territorial officials", homes.Speaker);
        Assert.StartsWith("Residents of Fort Simpson", homes.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, a => a.Content.Text.StartsWith("after rain", StringComparison.Ordinal));
        var repairs = One(text, "$4 million");
        Assert.Equal(("Lena Boutilier", "a news conference"), (repairs.Speaker, repairs.Channel));
        Assert.StartsWith("the county had spent", repairs.Content.Text, StringComparison.Ordinal);
        var demand = One(text, "pick up");
        Assert.Equal(("Rita Ocampo", "a call with analysts"), (demand.Speaker, demand.Channel));
        Assert.DoesNotContain(claims, a => a.Content.Text.StartsWith("her ministry's plan", StringComparison.Ordinal));
        Assert.Equal("Gail Whynot", One(text, "could not afford").Speaker);
    }
    /// <summary>"told CBC Radio's Information Morning the blaze started …" keeps its "the" (before, the words began "blaze started");
    /// "told the court Pratt used the money …" keeps the name the words open with (before, "used the money …"); "told The Globe and
    /// Mail the province …" is told to the whole paper; "said at a news conference" names the news conference as the channel.</summary>
    [Fact]
    public void Whom_a_told_names_ends_where_the_words_begin_and_a_news_conference_is_a_channel()
    {
        const string text = "Fire Chief Ken McKinnon told CBC Radio's Information Morning the blaze started in a kitchen on Main Street.\n\n"
                            + "Crown prosecutor Gillian Lee told the court Pratt used the money to pay gambling debts.\n\n"
                            + "Premier Tim Houston told The Globe and Mail the province would not back down on the tolls.\n\n"
                            + "Mayor Olivia Chow said at a news conference on Monday that the city would hire 200 more bus drivers.\n";
        var blaze = One(text, "blaze started");
        Assert.Equal(("Ken McKinnon", "CBC Radio's Information Morning"), (blaze.Speaker, blaze.Channel));
        Assert.StartsWith("the blaze started", blaze.Content.Text, StringComparison.Ordinal);
        var debts = One(text, "gambling debts");
        Assert.Equal("Gillian Lee", debts.Speaker);
        Assert.StartsWith("Pratt used the money", debts.Content.Text, StringComparison.Ordinal);
        var tolls = One(text, "back down");
        Assert.Equal(("Tim Houston", "The Globe and Mail"), (tolls.Speaker, tolls.Channel));
        Assert.StartsWith("the province would not", tolls.Content.Text, StringComparison.Ordinal);
        var drivers = One(text, "bus drivers");
        Assert.Equal(("Olivia Chow", "a news conference"), (drivers.Speaker, drivers.Channel));
    }
    /// <summary>"Average asking rents … fell, according to a new report from Rentals.ca and Urbanation" is the two firms' finding via a
    /// report (before, "Average" spoke through "asking", and the firm was cut to "Rentals" at the web address's dot); ", though he would
    /// not commit to a date" and ", but his office did not provide details" are the reporter's, not the speaker's words.</summary>
    [Fact]
    public void Asking_rents_a_firm_named_by_its_web_address_and_what_the_reporter_adds_after_though_and_but()
    {
        const string text = "Rents ease again\n\nVANCOUVER — Average asking rents in Vancouver fell for a third straight month in October, according to a new report from Rentals.ca and Urbanation.\n\n"
                            + "TORONTO — The long-delayed Finch West light rail line will open to riders this fall, Metrolinx chief executive Michael Lindsay said Thursday, though he would not commit to a specific date.\n\n"
                            + "Ontario's Solicitor General Michael Kerzner said the province was \"ready to help,\" but his office did not provide details.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Speaker == "Average" || a.Cue.Text == "asking");
        var rents = One(text, "third straight month");
        Assert.Equal(("Rentals.ca and Urbanation", "a report"), (rents.Speaker, rents.Channel));
        var line = One(text, "open to riders");
        Assert.Equal("Michael Lindsay", line.Speaker);
        Assert.StartsWith("The long-delayed Finch West", line.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("commit to a specific date", StringComparison.Ordinal));
        var help = One(text, "ready to help");
        Assert.Equal("Michael Kerzner", help.Speaker);
        Assert.DoesNotContain("provide details", help.Content.Text, StringComparison.Ordinal);
    }
    /// <summary>"Hunters have seen thinner fish for years, said Bobby Anavilok, chair of the hunters' group." is Anavilok's (before, no
    /// claim, or the hunters' through "have reported"); "said in the House of Commons that …" begins the words at "that" (before,
    /// "Commons that …"); "saying up to 15 millimetres" keeps "up to" in the words; "warning preparedness meteorologist" is a title, no
    /// warning; "told investigators a dark SUV left" is told to investigators.</summary>
    [Fact]
    public void A_source_after_its_cue_with_a_role_a_house_of_commons_up_to_a_title_and_investigators()
    {
        const string text = "Char are vanishing\n\nHunters in the region have reported smaller and thinner fish for years, said Bobby Anavilok, chair of the Ekaluktutiak Hunters and Trappers Organization.\n\n"
                            + "Residents have complained about the smell for years, said Coun. Mia Tran.\n\n"
                            + "Conservative public safety critic Frank Caputo said in the House of Commons that the government had \"wasted a year\" on the file.\n\n"
                            + "Environment Canada has issued freezing rain warnings for eastern Ontario, saying up to 15 millimetres of ice could build up on roads by Thursday morning.\n\n"
                            + "\"This is the kind of event that brings down trees and knocks out power for days,\" warning preparedness meteorologist Peter Kimbell said.\n\n"
                            + "Witnesses told investigators a dark-coloured SUV left the scene at high speed.\n";
        var claims = AttributionExtractor.Extract(text);
        var fish = One(text, "thinner fish");
        Assert.Equal("Bobby Anavilok", fish.Speaker);
        Assert.StartsWith("Hunters in the region", fish.Content.Text, StringComparison.Ordinal);
        var smell = One(text, "the smell");
        Assert.Equal("Mia Tran", smell.Speaker);
        Assert.DoesNotContain(claims, a => a.Speaker is "Hunters in the region" or "Residents");
        Assert.StartsWith("that the government", One(text, "wasted a year").Content.Text, StringComparison.Ordinal);
        var ice = One(text, "millimetres");
        Assert.Equal("saying", ice.Cue.Text);
        Assert.StartsWith("up to 15", ice.Content.Text, StringComparison.Ordinal);
        var trees = One(text, "brings down trees");
        Assert.Equal(("Peter Kimbell", "said"), (trees.Speaker, trees.Cue.Text));
        Assert.NotEmpty(trees.Quotes);
        Assert.DoesNotContain(claims, a => a.Cue.Text == "warning");
        var suv = One(text, "dark-coloured SUV");
        Assert.Equal("investigators", suv.Channel);
        Assert.StartsWith("a dark-coloured SUV", suv.Content.Text, StringComparison.Ordinal);
    }
    /// <summary>"promised Saturday to remove all federal taxes from home heating oil, a pledge the Liberals called “reckless.”" is the
    /// promise, never "reckless" in the leader's mouth; "cut service without warning" gives no warning and no speaker "cut service
    /// without"; "said the plan would cost $3 billion and offered no way to pay for it" makes no claim of offering nothing.</summary>
    [Fact]
    public void A_verdict_set_beside_a_promise_no_warning_and_an_offer_of_nothing()
    {
        const string text = "MONCTON, N.B. — Conservative Leader Pierre Poilievre promised Saturday to remove all federal taxes from home heating oil if his party forms government, a pledge the Liberals called \"reckless.\"\n\n"
                            + "Business owners on the island say BC Ferries has cut service without warning four times this year.\n\n"
                            + "Finance Minister François-Philippe Champagne said the Conservative plan would cost $3 billion a year and offered no way to pay for it.\n";
        var claims = AttributionExtractor.Extract(text);
        var pledge = Assert.Single(claims, a => a.Speaker == "Pierre Poilievre");
        Assert.StartsWith("to remove all federal taxes", pledge.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("reckless", pledge.Content.Text, StringComparison.Ordinal);
        Assert.Empty(pledge.Quotes);
        Assert.DoesNotContain(claims, a => a.Cue.Text == "warning" || a.Speaker.Contains("without", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, a => a.Cue.Text == "offered");
        Assert.Equal("François-Philippe Champagne", One(text, "$3 billion").Speaker);
        // The lede alone, where the tagger reads only the quoted verdict as the words.
        var lede = text[..text.IndexOf('\n')];
        Assert.DoesNotContain(AttributionExtractor.Extract(lede), a => a.Speaker == "Pierre Poilievre" && a.Content.Text.Contains("reckless", StringComparison.Ordinal));
        Assert.StartsWith("to remove all federal taxes", Assert.Single(AttributionExtractor.Extract(lede), a => a.Speaker == "Pierre Poilievre").Content.Text, StringComparison.Ordinal);
    }
    /// <summary>"Shopify is laying off 10 per cent of its staff, chief executive Tobi Lütke told employees in a memo Tuesday that was
    /// later posted to the company's website" is the layoff, not the memo's posting; "the union had “no choice” after Canada Post
    /// refused to move on wages" runs on past the corporation's refusal; "the corporation said" after Canada Post is Canada Post.</summary>
    [Fact]
    public void A_memo_that_was_posted_a_refusal_inside_the_words_and_a_crown_corporation()
    {
        const string text = "Shopify to cut staff\n\nOTTAWA — Shopify Inc. is laying off about 10 per cent of its workforce, chief executive Tobi Lütke told employees in a memo Tuesday that was later posted to the company's website.\n\n"
                            + "CUPW national president Jan Simpson said the union had \"no choice\" after Canada Post refused to move on wages and safety.\n\n"
                            + "Canada Post said in a statement that it had offered raises totalling 11.5 per cent over four years.\n\n"
                            + "\"We remain committed to reaching agreements at the bargaining table,\" the corporation said.\n";
        var claims = AttributionExtractor.Extract(text);
        var layoffs = One(text, "10 per cent of its workforce");
        Assert.Equal(("Tobi Lütke", "a memo"), (layoffs.Speaker, layoffs.Channel));
        Assert.DoesNotContain(claims, a => a.Content.Text.StartsWith("that was later posted", StringComparison.Ordinal));
        Assert.EndsWith("refused to move on wages and safety", One(text, "no choice").Content.Text, StringComparison.Ordinal);
        Assert.Equal("Canada Post", One(text, "bargaining table").Speaker);
    }
    /// <summary>"Gary Filmon, who led Manitoba …, has died at 83, his family said Sunday" keeps its subject (before, the words began
    /// "Manitoba through …"); "wrote on X, formerly Twitter, that …" is written on X (before, no claim: "formerly Twitter" took the
    /// words as its cue); "One official, who spoke on condition of anonymity because …, said …" is the official; "A spokesperson for
    /// Immigration, Refugees and Citizenship Canada" names the whole department; "posted on social media" is a channel.</summary>
    [Fact]
    public void A_subject_with_its_clause_a_platform_formerly_named_a_long_who_clause_and_a_department_named_with_commas()
    {
        const string text = "Former premier dies\n\nWINNIPEG — Gary Filmon, who led Manitoba through a decade of budget cuts and a historic flood, has died at 83, his family said Sunday.\n\n"
                            + "Farkas later wrote on X, formerly Twitter, that he would meet with business groups before the vote.\n\n"
                            + "One official, who spoke on condition of anonymity because they were not authorized to discuss the files, said processing times have doubled.\n\n"
                            + "A spokesperson for Immigration, Refugees and Citizenship Canada said in a written statement that temporary status for many Ukrainians will expire next year.\n\n"
                            + "Saskatoon Mayor Cynthia Block posted on social media that the city was \"proud to be a home\" for Ukrainian families.\n";
        Assert.StartsWith("Gary Filmon, who led Manitoba", One(text, "died at 83").Content.Text, StringComparison.Ordinal);
        var vote = One(text, "business groups");
        Assert.Equal(("Farkas", "X"), (vote.Speaker, vote.Channel));
        Assert.Equal(("One official", null), (One(text, "processing times").Speaker, One(text, "processing times").Channel));
        Assert.Equal("Immigration, Refugees and Citizenship Canada", One(text, "temporary status").Speaker);
        Assert.Equal(("Cynthia Block", "social media"), (One(text, "proud to be").Speaker, One(text, "proud to be").Channel));
    }
    /// <summary>"was fined $25,000 by the NBA on Tuesday for publicly criticizing the officiating" is no claim of the NBA's (before, the
    /// league "criticized the officiating"); "announced the fine in a statement, saying …" is the statement's words, not the step.</summary>
    [Fact]
    public void A_fine_for_criticizing_and_a_fine_announced()
    {
        const string text = "Barnes fined\n\nTORONTO — Toronto Raptors forward Scottie Barnes was fined $25,000 by the NBA on Tuesday for publicly criticizing the officiating after Sunday's loss to the Boston Celtics.\n\n"
                            + "The league announced the fine in a statement, saying Barnes had made \"public criticism of the officiating.\"\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Speaker == "NBA" || a.Cue.Text.Contains("criticizing", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, a => a.Cue.Text == "announced");
        Assert.Equal("saying", One(text, "public criticism").Cue.Text);
    }
    /// <summary>A headline's "regulator says" and a lede's "Alberta's energy regulator says" are the Alberta Energy Regulator the
    /// story names (before, "regulator" and "Alberta's energy regulator").</summary>
    [Fact]
    public void A_regulator_described_before_the_story_names_it()
    {
        const string text = "Tailings leak went unreported for months, regulator says\n\nCALGARY — Alberta's energy regulator says Imperial Oil failed to report a seepage of wastewater from its Kearl mine for nine months.\n\n"
                            + "The Alberta Energy Regulator issued an environmental protection order on Monday.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.Equal("Alberta Energy Regulator", One(text, "failed to report").Speaker);
        Assert.Equal("Alberta Energy Regulator", Assert.Single(claims, a => a.Content.Text.StartsWith("Tailings leak", StringComparison.Ordinal)).Speaker);
    }
    /// <summary>"Marty Warren, the national director of the union, said …" is a person whatever his names are (both a place's and
    /// a given name nobody listed), so the "he" after it is Warren, not the woman quoted before him; a company's statement that
    /// "expected" something is the company's, not that of the analysts opening the next paragraph.</summary>
    [Fact]
    public void A_person_named_with_a_role_set_off_and_the_company_before_analysts()
    {
        const string text = "Steel tariffs bite\n\nU.S. Commerce Secretary Gina Raimondo defended the tariffs in an interview on Wednesday.\n\n"
                            + "Marty Warren, the national director of the steelworkers' union, said thousands of jobs were at risk. \"Our members did nothing wrong,\" he said.\n\n"
                            + "The company said in a statement it was relieved by the vote and expected the smelter to restart within days.\n\n"
                            + "Analysts had warned the shutdown could cost the company $30 million.\n";
        Assert.Equal("Marty Warren", One(text, "did nothing wrong").Speaker);
        Assert.Equal("company", One(text, "smelter to restart").Speaker);
    }
    /// <summary>"…, the province's chief medical officer of health announced Tuesday, expanding a program …" says the words before the
    /// source, not the reporter's "expanding …" (before, the claim was "Tuesday, expanding a program"); "that it says will …" is
    /// the government the sentence opens with (before, "it"); "Not everyone is convinced the system can keep up" is nobody's
    /// claim; the accounts released "Wednesday, which show …" show it, not the minister; and the officer the lede describes is not
    /// the landlord named three sentences on.</summary>
    [Fact]
    public void A_participle_after_the_source_a_body_called_it_not_everyone_and_accounts_released_on_a_day()
    {
        const string text = "Shingles vaccine\n\nManitoba will offer free shingles vaccines to everyone over 65 this winter, the province's chief provincial public health officer announced Monday, expanding a program that covered only people over 80.\n\n"
                            + "The provincial government introduced a bill Thursday that it says will cap rent increases at two per cent.\n\n"
                            + "Not everyone is convinced the cap will hold. Landlord Jim Ross said he would sell his building.\n\n"
                            + "Finance Minister Adrien Sala released the public accounts Tuesday, which show a deficit of $1.1 billion.\n";
        var claims = AttributionExtractor.Extract(text);
        var vaccine = One(text, "shingles vaccines");
        Assert.Equal("Manitoba will offer free shingles vaccines to everyone over 65 this winter", vaccine.Content.Text);
        Assert.Equal("province's chief provincial public health officer", vaccine.Speaker);
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("expanding a program", StringComparison.Ordinal));
        Assert.Equal("provincial government", One(text, "cap rent increases").Speaker);
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("cap will hold", StringComparison.Ordinal));
        Assert.Equal("Jim Ross", One(text, "sell his building").Speaker); // "Landlord" opening the sentence describes him
        Assert.Equal("public accounts", One(text, "deficit of").Speaker);
    }
    /// <summary>"…, the territorial government said, two weeks after the town was ordered to leave" says the return, not the reporter's
    /// "two weeks after …"; "Halifax software company Kinduct has raised …, the company said" is Kinduct (before, "company").</summary>
    [Fact]
    public void A_time_after_the_source_and_a_company_named_after_its_noun()
    {
        const string text = "Hay River residents return\n\nResidents of Hay River can go home on Friday, the territorial government said, two weeks after the town was ordered to leave because of a wildfire.\n\n"
                            + "Halifax software company Kinduct has raised $20 million from investors, the company said Tuesday.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.Equal("Residents of Hay River can go home on Friday", One(text, "go home").Content.Text);
        Assert.DoesNotContain(claims, a => a.Content.Text.StartsWith("two weeks after", StringComparison.Ordinal));
        Assert.Equal("Kinduct", One(text, "raised $20 million").Speaker);
    }
    /// <summary>A pollster's name ("Abacus Data") is an organisation's, so "according to the firm" paragraphs later is that pollster
    /// (before, "firm", with "Abacus Data" read as a person's name); "said in its quarterly financial report" has the report as
    /// its channel (before, none).</summary>
    [Fact]
    public void A_pollster_called_the_firm_and_a_report_of_its_own()
    {
        const string text = "Poll shows close race\n\nThe survey by Abacus Data found 38 per cent of decided voters back the Conservatives.\n\n"
                            + "\"It is a two-way race,\" said Anna Petrov, the firm's vice-president. Liberal Leader Sam Diaz said the numbers show he is gaining.\n\n"
                            + "The poll has a margin of error of plus or minus three percentage points, 19 times out of 20, according to the firm.\n\n"
                            + "The utility said in its quarterly financial report that it expects demand to rise.\n";
        Assert.Equal("Abacus Data", One(text, "margin of error").Speaker);
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Organization, FactCheck.Publishing.SpeakerKinds.Kind("Abacus Data"));
        var demand = One(text, "demand to rise");
        Assert.Equal(("utility", "a quarterly financial report"), (demand.Speaker, demand.Channel)); // a pollster is no utility
    }
    /// <summary>"A spokesperson for the minister said all of the trips …" is the spokesperson (before, "for the minister": "all" read as
    /// the start of a clause a noun opens); two people named as one source are both the speaker ("Raj Patel and Ana Silva", before
    /// "Raj Patel"), without their titles ("Councillors Jim Ross and Mia Tran" is Jim Ross and Mia Tran).</summary>
    [Fact]
    public void A_spokesperson_before_all_and_two_people_speaking_together()
    {
        const string text = "Trips defended\n\nThe office of Premier Tim Houston is defending the trips.\n\n"
                            + "A spokesperson for the minister said all of the trips were necessary.\n\n"
                            + "Liberal MLA Derek Mombourquette and Independent MLA Elizabeth Smith-McCrossin both called for the premier to repay the money.\n\n"
                            + "Councillors Jim Ross and Mia Tran said the audit came too late.\n";
        Assert.Equal("spokesperson for the minister", One(text, "trips were necessary").Speaker);
        Assert.Equal("Derek Mombourquette and Elizabeth Smith-McCrossin", One(text, "repay the money").Speaker);
        var late = One(text, "too late");
        Assert.Equal("Jim Ross and Mia Tran", late.Speaker);
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Person, FactCheck.Publishing.SpeakerKinds.Kind(late.Speaker));
    }
    /// <summary>Where a remark was made, ending its sentence after the source, is not the remark: "…, the minister told a news
    /// conference in Quebec City.", "…, the premier said outside the legislature.", "…, she said in St. John's on Monday." (before,
    /// the claims were "in Quebec City" and "outside the legislature").</summary>
    [Fact]
    public void A_place_after_an_inverted_source_ends_the_sentence()
    {
        const string text = "Phones banned\n\nThe ban will apply during recess and lunch, the minister told a news conference in Quebec City.\n\n"
                            + "The deal is dead, the premier said outside the legislature.\n\n"
                            + "Talks will resume next week, the mediator said in St. John's on Monday.\n";
        var claims = AttributionExtractor.Extract(text);
        var ban = One(text, "recess and lunch");
        Assert.Equal(("The ban will apply during recess and lunch", "a news conference"), (ban.Content.Text, ban.Channel));
        Assert.Equal("The deal is dead", One(text, "deal is dead").Content.Text);
        Assert.Equal("Talks will resume next week", One(text, "Talks will").Content.Text);
        Assert.DoesNotContain(claims, a => a.Content.Text.StartsWith("in ", StringComparison.Ordinal) || a.Content.Text.StartsWith("outside", StringComparison.Ordinal));
    }
    /// <summary>"…, live tweeted as Chow spoke from the City Hall rotunda" and "after the weak showing in March" make no claims
    /// (before, "live" tweeted "as Chow spoke …").</summary>
    [Fact]
    public void Speaking_after_words_and_a_showing_as_a_noun_are_no_claims()
    {
        const string text = "Budget day\n\nCity Hall usually does the tweeting when Mayor Olivia Chow speaks.\n\n"
                            + "Maria Chen, president of the Toronto Teachers Union, live tweeted as Chow spoke from the City Hall rotunda.\n\n"
                            + "April's jump in retail sales made the quarter look strong, especially after the weak showing in March.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("spoke", StringComparison.Ordinal) || a.Content.Text.Contains("spoke", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("showing", StringComparison.Ordinal));
    }
    /// <summary>"Members have overwhelmingly rejected a tentative agreement" is a vote, not a claim (the adverb hid the verb); "the company
    /// said" after Air Canada's statement is Air Canada ("Canada" makes no federal body of an airline); and "he said" after
    /// "“…,” says Raj Patel, a longtime adviser to Olivia Chow who …" is Patel, not someone his description names.</summary>
    [Fact]
    public void An_adverb_before_a_vote_an_airline_named_for_canada_and_a_signer_described()
    {
        const string text = "Flight attendants reject deal\n\nWestJet flight attendants have overwhelmingly rejected a tentative agreement on wages, their union said Saturday.\n\n"
                            + "In a statement, Air Canada said it was disappointed with the result.\n\n"
                            + "Passengers should check the airline's website for updates, the company said.\n\n"
                            + "\"The strike is a test,\" says Raj Patel, a longtime adviser to Olivia Chow who helped shape her first campaign.\n\n"
                            + "\"Winning it is one thing,\" he said. \"Keeping the public on side is another.\"\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("rejected", StringComparison.Ordinal));
        Assert.Equal("Air Canada", One(text, "check the airline's website").Speaker);
        Assert.Equal("Raj Patel", One(text, "Winning it").Speaker);
    }
    /// <summary>A headline's opening word glued to a surname the story names again ("Careless Ford and Crombie") is no one's given
    /// name: "Ford and Crombie say …" is the two of them (before, Crombie alone), never "Careless Ford".</summary>
    [Fact]
    public void A_headline_word_glued_to_a_surname_is_no_given_name()
    {
        const string text = "Careless Ford and Crombie; \nThe opposition will go on offence over housing.\n\nPremier Doug Ford and Bonnie Crombie did not attend the vote.\n\n"
                            + "When the numbers came out, Ford and Crombie called them \"a blip\" and said the market would recover.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Speaker.Contains("Careless", StringComparison.Ordinal));
        Assert.Equal("Doug Ford and Bonnie Crombie", One(text, "market would recover").Speaker);
    }
    /// <summary>"The woman, whose identity is protected by a publication ban, told CBC News …" is the woman (before, "publication ban"),
    /// and her "she said" after it is hers, not the judge's; "… far short of the cut the government has promised" makes no second
    /// remark of the auditor's with "has promised" as its cue.</summary>
    [Fact]
    public void A_speaker_described_by_whose_and_a_promise_inside_a_finding()
    {
        const string text = "Officer convicted\n\nIn her decision, Justice Anne Molloy said she did not believe the accused.\n\n"
                            + "The woman, whose identity is protected by a publication ban, told CBC News she hoped others would come forward. \"I was afraid nobody would believe me,\" she said.\n\n"
                            + "Auditor Ravi Singh found that wait times rose by 40 per cent, far short of the cut the government has promised by 2027.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.Equal("woman", One(text, "others would come forward").Speaker);
        Assert.Equal("woman", One(text, "afraid nobody").Speaker);
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("promised", StringComparison.Ordinal));
    }
    /// <summary>"The family of a man killed when a truck crossed the median near Kingston is calling on …" is the family, not the
    /// place the clause after "when" names (before, "Kingston").</summary>
    [Fact]
    public void A_family_described_by_a_when_clause()
    {
        const string text = "Family calls for barrier\n\nThe family of a man killed when a transport truck crossed the median on Highway 17 near Sudbury is calling on the province to install a barrier.\n";
        var speaker = One(text, "install a barrier").Speaker;
        Assert.DoesNotContain("Sudbury", speaker, StringComparison.Ordinal);
        Assert.Contains("family", speaker, StringComparison.Ordinal);
    }
    /// <summary>"Hydro-Québec customers will see …, the Crown corporation confirmed" is Hydro-Québec; "American Alex Walsh" is Alex Walsh
    /// ("Walsh, who won silver, called …" before was "Walsh" alone); and a headline's "Regina mayor says" is the mayor the story
    /// names ("Regina Mayor Chad Bachynski").</summary>
    [Fact]
    public void A_crown_corporation_a_nationality_before_a_name_and_a_headline_mayor()
    {
        const string rates = "Rates to rise\n\nHydro-Québec customers will see their bills rise by three per cent on April 1, the Crown corporation confirmed Wednesday.\n";
        Assert.Equal("Hydro-Québec", One(rates, "bills rise").Speaker);
        const string swim = "Gold again\n\nMcIntosh touched the wall more than a second ahead of American Alex Walsh.\n\nWalsh, who won silver, called McIntosh \"a generational talent.\"\n";
        Assert.Equal("Alex Walsh", One(swim, "generational").Speaker);
        const string taxes = "Regina mayor says taxes will not rise\n\nRegina Mayor Chad Bachynski says the city will freeze property taxes this year.\n";
        Assert.Equal("Chad Bachynski", One(taxes, "taxes will not rise").Speaker);
    }
    /// <summary>"Alberta will ban photo radar …, the province's transportation minister said Tuesday, calling the cameras a “cash cow”"
    /// is two remarks: the ban under "said", the cash cow under "calling" (before, the ban was lost); so is ", adding that …".</summary>
    [Fact]
    public void A_remark_before_its_source_and_a_participle_of_saying_after_it()
    {
        const string text = "Photo radar banned\n\nEDMONTON — Alberta will ban photo radar on all provincial highways starting April 1, the province's transportation minister said Tuesday, calling the cameras a \"cash cow\" for towns.\n\n"
                            + "The pipeline will not be built, the company said Tuesday, adding that it would write off $2 billion.\n";
        var ban = One(text, "photo radar");
        Assert.Equal("Alberta will ban photo radar on all provincial highways starting April 1", ban.Content.Text);
        Assert.StartsWith("said", ban.Cue.Text, StringComparison.Ordinal);
        Assert.Equal("calling", One(text, "cash cow").Cue.Text);
        Assert.Equal("The pipeline will not be built", One(text, "pipeline").Content.Text);
        Assert.Equal("adding", One(text, "write off").Cue.Text);
    }
    /// <summary>"Organizers of the boycott, which started on Reddit, said …": where the boycott started is no channel of the remark
    /// (before, "Reddit").</summary>
    [Fact]
    public void A_platform_inside_the_sources_clause_is_no_channel()
    {
        const string text = "Boycott goes on\n\nOrganizers of the boycott, which started on Reddit, said the price cuts did not go far enough.\n";
        var claim = One(text, "price cuts");
        Assert.Equal(("Organizers of the boycott", null), (claim.Speaker, claim.Channel));
    }
    /// <summary>"Federal Housing Minister Sean Fraser's office said in a statement …" is the minister's office, not the minister
    /// (before, "Sean Fraser": a title of three words made the possessive too long to read).</summary>
    [Fact]
    public void An_office_owned_by_a_minister_with_a_long_title()
    {
        const string text = "Homelessness\n\nFederal Housing Minister Sean Fraser's office said in a statement that Ottawa had already given Quebec $400 million.\n";
        var claim = One(text, "$400 million");
        Assert.Equal(("Sean Fraser’s office", "a statement"), (claim.Speaker, claim.Channel));
    }
    /// <summary>A headline's "…, lawyer says" is the lawyer the story names ("lawyer Priya Sandhu told reporters"), not the man
    /// the lede names first nor the headline's own subject (before, "Family of woman").</summary>
    [Fact]
    public void A_headline_occupation_is_the_person_the_story_gives_it()
    {
        const string text = "Family of woman who died in Thompson jail wants inquest, lawyer says\n\nTHOMPSON, Man. — The family of a 41-year-old woman who died in RCMP custody wants a public inquest, their lawyer said Friday.\n\n"
                            + "Darlene Beardy was found unresponsive in her cell on March 3.\n\n\"Nobody looked in on her for six hours,\" lawyer Priya Sandhu told reporters.\n";
        Assert.Equal("Priya Sandhu", One(text, "wants inquest").Speaker);
    }
    /// <summary>"Nova Scotia's largest union has signed a deal that its president says will …" before "Ruth Okafor, president of the
    /// union, said …" is Ruth Okafor: a place's possessive before the description names nobody (before, "its president").</summary>
    [Fact]
    public void A_ledes_its_president_after_a_places_possessive()
    {
        const string text = "Deal reached\n\nHALIFAX — Nova Scotia's largest public-sector union has signed a contract that its president says will stop the loss of staff.\n\n"
                            + "Ruth Okafor, president of the Nova Scotia Government Employees Union, said 80 per cent of members backed it.\n";
        Assert.Equal("Ruth Okafor", One(text, "loss of staff").Speaker);
    }
    /// <summary>"Many Grey Horses's sister, Tara Many Grey Horses, said …": a surname that opens with a word that opens sentences
    /// ("Many") is the surname where the story writes it after a given name, and the sister is named in full (before, "Grey Horses").</summary>
    [Fact]
    public void A_surname_that_opens_with_a_common_word()
    {
        const string text = "Family wants answers\n\nWINNIPEG — The family of a man who died in a holding cell is calling for an inquest.\n\n"
                            + "Curtis Many Grey Horses was found unresponsive in the cell on Oct. 2, hours after his arrest.\n\n\"His family deserves to know why,\" lawyer Ana Ruiz told reporters.\n\n"
                            + "Many Grey Horses's sister, Tara Many Grey Horses, said her brother had been sober for a year.\n\n\"He was proud of that,\" she said.\n";
        Assert.Equal("Tara Many Grey Horses", One(text, "sober for a year").Speaker);
        Assert.Equal("Tara Many Grey Horses", One(text, "proud of that").Speaker);
    }
    /// <summary>"The Waterloo-based company said …" and "the e-commerce company reported …" after "OpenText Corp. shares fell …" are
    /// OpenText (before, "Waterloo-based company" and "e-commerce company").</summary>
    [Fact]
    public void A_company_described_by_a_hyphenated_word()
    {
        const string text = "Shares fall\n\nWATERLOO, Ont. — OpenText Corp. shares fell 9 per cent Thursday after the software company reported weaker licence sales.\n\n"
                            + "The Waterloo-based company said revenue fell 3 per cent to US$1.3 billion.\n\n"
                            + "Kinaxis Inc. shares rose after the supply-chain company said orders had doubled.\n";
        Assert.Equal("OpenText Corp.", One(text, "revenue fell").Speaker);
        Assert.Equal("Kinaxis Inc.", One(text, "orders had doubled").Speaker);
    }
    /// <summary>A headline's "…, study finds" is the lede's study and speaks as its authors do ("according to a new study by researchers
    /// at Dalhousie University"; before, "study").</summary>
    [Fact]
    public void A_headline_study_is_the_ledes()
    {
        const string text = "Right whales calving less often, study finds\n\nHALIFAX — North Atlantic right whales are giving birth half as often as they did in the 1990s, according to a new study by researchers at Dalhousie University.\n";
        var headline = One(text, "calving less often");
        Assert.Equal(("Dalhousie University", "a study"), (headline.Speaker, headline.Channel));
    }
    /// <summary>"…, according to the monthly jobs survey" right after "Statistics Canada said …" is the agency via its survey (before,
    /// "monthly jobs survey"); "the congressional report" paragraphs after someone else spoke is not theirs.</summary>
    [Fact]
    public void A_bodys_own_survey_right_after_it_spoke()
    {
        const string text = "Jobs\n\nOTTAWA — The economy shed 20,000 jobs in May, Statistics Canada said Friday.\n\nManufacturing lost 9,000 positions, according to the monthly jobs survey.\n";
        var claim = One(text, "Manufacturing lost");
        Assert.Equal(("Statistics Canada", "monthly jobs survey"), (claim.Speaker, claim.Channel));
        const string other = "Hacks\n\nRoyal Bank said Monday it had found no breach.\n\nFive servers were compromised, according to the congressional report.\n";
        Assert.Equal("Royal Bank", One(other, "no breach").Speaker);
        Assert.NotEqual("Royal Bank", One(other, "Five servers").Speaker);
    }
    /// <summary>"The province has the final say. Municipal Affairs Minister Rob Flack's press secretary, Alexandra Sanita, wrote in an
    /// email …" is Alexandra Sanita, named (before, "Rob Flack’s press secretary").</summary>
    [Fact]
    public void A_press_secretary_named_after_the_description()
    {
        const string text = "Rules stay\n\nThe province has the final say. Municipal Affairs Minister Rob Flack's press secretary, Alexandra Sanita, wrote in an email that the government had no plans to change the rules.\n";
        var claim = One(text, "no plans");
        Assert.Equal(("Alexandra Sanita", "an email"), (claim.Speaker, claim.Channel));
    }
    /// <summary>"…, who reports to the legislature rather than the cabinet, said …": whom someone answers to is no remark (before, a
    /// claim "the legislature rather than the cabinet" of nobody's).</summary>
    [Fact]
    public void Reporting_to_someone_is_no_remark()
    {
        const string text = "Review\n\nThe ombudsperson, Maya Lind, who reports to the legislature rather than the cabinet, said Monday the review would take a year.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("legislature rather", StringComparison.Ordinal));
        Assert.Equal("Maya Lind", One(text, "take a year").Speaker);
    }
    /// <summary>"Rhea Street, secretary-treasurer of the fishers' union, said …" is a person whose surname is a word of places: her
    /// "she said" and "Street said" are hers (before, "she" and "Street", unresolved).</summary>
    [Fact]
    public void A_surname_that_is_a_word_of_places_with_a_role_set_off()
    {
        const string text = "Quota fight\n\nRhea Street, secretary-treasurer of the Allied Fishers union, said crews had seen plenty of fish.\n\n"
                            + "\"The survey does not match the water,\" she said.\n\nStreet said the union wanted a meeting.\n";
        Assert.Equal("Rhea Street", One(text, "plenty of fish").Speaker);
        Assert.Equal("Rhea Street", One(text, "does not match").Speaker);
        Assert.Equal("Rhea Street", One(text, "wanted a meeting").Speaker);
    }
    /// <summary>"… on the Bow River is over budget, Calgary's city auditor says in a report" before "Dana Pierce's report says …" is
    /// Dana Pierce: a river named before the description names nobody (before, "Calgary's city auditor").</summary>
    [Fact]
    public void A_ledes_auditor_after_a_river()
    {
        const string text = "Over budget\n\nCALGARY — A dam project on the Bow River is $90 million over budget, Calgary's city auditor says in a report released Monday.\n\n"
                            + "Dana Pierce's report says staff kept council in the dark.\n";
        Assert.Equal("Dana Pierce", One(text, "over budget").Speaker);
    }
    /// <summary>Given names used for both sexes ("Jamie", "Sam") make a name whose surname is a word of places or bodies a person's:
    /// "Prosecution Service spokesperson Jamie Hall" is Jamie Hall, and "Austin said" after "Coun. Sam Austin" is Sam Austin (before,
    /// the whole source and "Austin").</summary>
    [Fact]
    public void Names_of_either_sex_before_a_surname_that_is_a_place()
    {
        const string text = "Appeal weighed\n\nManitoba Prosecution Service spokesperson Jamie Hall said the Crown would review the ruling.\n\n"
                            + "Coun. Sam Austin questioned the fare increase.\n\n\"Ridership is at a record,\" Austin said.\n";
        Assert.Equal("Jamie Hall", One(text, "review the ruling").Speaker);
        Assert.Equal("Sam Austin", One(text, "Ridership").Speaker);
    }
    /// <summary>"Thet Naing May, 58, a teacher, said …" is a person whose name ends in a month's word (an age set off after the name
    /// says so), and her "she said" is hers (before, the person named before her).</summary>
    [Fact]
    public void A_name_ending_in_a_months_word_set_off_by_an_age()
    {
        const string text = "Polls close\n\nGovernment spokesman Zaw Htay said the count would be fair.\n\nThet Naing May, 58, a teacher, said she was hopeful.\n\n\"We have waited a long time,\" she said.\n";
        Assert.Equal("Thet Naing May", One(text, "hopeful").Speaker);
        Assert.Equal("Thet Naing May", One(text, "waited a long time").Speaker);
    }
    /// <summary>"A Conservative MP from Alberta has quit caucus, saying …" before "Dana Whitford announced …" is Dana Whitford (before,
    /// "MP from Alberta").</summary>
    [Fact]
    public void A_ledes_member_from_a_province_is_named_next()
    {
        const string text = "MP quits\n\nOTTAWA — A Conservative MP from Alberta has quit the party's caucus, saying she could no longer defend its climate policy.\n\n"
                            + "Dana Whitford announced her decision on Sunday.\n";
        Assert.Equal("Dana Whitford", One(text, "climate policy").Speaker);
    }
    /// <summary>"A Saskatoon man has been acquitted after a judge found the Crown had not proven …" is the judge's finding (the judge the
    /// story titles next), not the acquitted man's.</summary>
    [Fact]
    public void A_finding_in_a_clause_after_the_subject()
    {
        const string text = "Acquitted\n\nSASKATOON — A Saskatoon man charged with arson has been acquitted after a judge found the Crown had not proven he set the fire.\n\n"
                            + "Court of King's Bench Justice Lena Moreau said the evidence was circumstantial.\n";
        Assert.Equal("Lena Moreau", One(text, "had not proven").Speaker);
    }
    /// <summary>"Skate Canada has suspended a coach …, the organization confirmed" is Skate Canada; "The branch found …" after "B.C.'s
    /// Residential Tenancy Branch has ruled" is that branch, without the province's possessive (before, "organization" and "branch").</summary>
    [Fact]
    public void A_national_body_and_a_branch_referred_back_to()
    {
        const string coach = "Coach suspended\n\nTORONTO — Skate Canada has suspended a national team coach pending an investigation, the organization confirmed Friday.\n";
        Assert.Equal("Skate Canada", One(coach, "suspended a national team coach").Speaker);
        const string ruling = "Tenants win\n\nVANCOUVER — A landlord must pay $80,000 to former tenants, B.C.'s Residential Tenancy Branch has ruled.\n\n"
                              + "The branch found that the landlord never meant to renovate.\n";
        Assert.Equal("Residential Tenancy Branch", One(ruling, "never meant to renovate").Speaker);
    }
    /// <summary>"Moe said he had spoken to Prime Minister Mark Carney, who promised military help if needed" is Carney's promise (before,
    /// Moe's, the speaker of the main clause). (A thing only offered, "who offered military help", is no claim at all, as a request
    /// for one is not.)</summary>
    [Fact]
    public void A_relative_clause_speaks_for_the_one_it_follows()
    {
        const string text = "Fire\n\nPremier Scott Moe said he had spoken to Prime Minister Mark Carney, who promised military help if needed.\n";
        Assert.Equal("Mark Carney", One(text, "military help").Speaker);
        Assert.Equal("Scott Moe", One(text, "he had spoken").Speaker);
    }
    /// <summary>"“We were left behind.”¶That's how Marie Caron describes the mood in …" is Marie Caron's quotation, not a claim about the
    /// mood; the headline's "'We were left behind': residents worry …" is no remark of "We" (before, "We feel" made one).</summary>
    [Fact]
    public void A_quotation_named_by_thats_how_in_the_next_paragraph()
    {
        const string text = "'We were left behind': Thompson residents worry as mill closes\n\nTHOMPSON, Man. — \"We were left behind.\"\n\n"
                            + "That's how Marie Caron describes the mood in this northern city, where the pulp mill is set to close in 2027.\n";
        var claims = AttributionExtractor.Extract(text);
        var quote = One(text, "left behind.");
        Assert.Equal(("Marie Caron", "\"We were left behind.\""), (quote.Speaker, quote.Content.Text));
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("the mood", StringComparison.Ordinal) || a.Content.Text.Contains("residents worry", StringComparison.Ordinal));
    }
    /// <summary>"Teck Metals, which owns the smelter, says …. The company said in a statement …" is Teck Metals, an organisation (before,
    /// "company": "Teck Metals" was read as a person's name).</summary>
    [Fact]
    public void A_company_named_by_its_trade_is_an_organisation()
    {
        const string text = "Smelter\n\nTRAIL, B.C. — Teck Metals, which owns the smelter, says the furnace will be rebuilt. The company said in a statement that no jobs would be lost.\n";
        Assert.Equal("Teck Metals", One(text, "no jobs").Speaker);
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Organization, FactCheck.Publishing.SpeakerKinds.Kind("Teck Metals"));
    }
    /// <summary>"Beloved Cape Breton fiddler dies" names no person "Beloved Cape Breton": the lede's "her family says" is the family of the
    /// fiddler the lede names; "Fort McMurray" and "Port Hawkesbury" are places, not people who speak.</summary>
    [Fact]
    public void Place_names_opening_with_cape_fort_or_port()
    {
        const string text = "Beloved Cape Breton piper dies at 91\n\nSYDNEY, N.S. — Rose MacAulay, the Cape Breton piper who taught hundreds of children, has died at 91, her family says.\n\n"
                            + "\"I am grateful,\" said Joan Pike of Port Hawkesbury, one of her students.\n";
        Assert.Equal("Rose MacAulay’s family", One(text, "taught hundreds").Speaker);
        Assert.Equal("Joan Pike", One(text, "grateful").Speaker);
    }
    /// <summary>"Rowing Canada has named a new coach, the governing body announced Wednesday" is Rowing Canada announcing it, with the
    /// whole sentence as the claim (before, the cue was "body announced" and the claim "its team").</summary>
    [Fact]
    public void A_governing_body_referred_back_to_in_the_same_sentence()
    {
        const string text = "New coach\n\nVICTORIA — Rowing Canada has named Lena Ortiz head coach of its national team, the governing body announced Wednesday.\n";
        var claim = One(text, "head coach");
        Assert.Equal("Rowing Canada", claim.Speaker);
        Assert.StartsWith("Rowing Canada has named", claim.Content.Text, StringComparison.Ordinal);
        Assert.StartsWith("announced", claim.Cue.Text, StringComparison.Ordinal);
    }
    /// <summary>A headline's "Yukon MP says …" and the lede's "Yukon's member of Parliament says …" are the member the story then names
    /// ("Brendan Hanley said Monday …"; before, "Yukon MP" and "Yukon's member of Parliament").</summary>
    [Fact]
    public void A_member_of_parliament_described_in_headline_and_lede()
    {
        const string text = "Yukon MP says mine cleanup plan falls short\n\nWHITEHORSE — Yukon's member of Parliament says the federal plan to clean up the Faro mine leaves out the First Nations downstream.\n\n"
                            + "Brendan Hanley said Monday that communities learned of the plan from the news.\n";
        Assert.Equal("Brendan Hanley", One(text, "falls short").Speaker);
        Assert.Equal("Brendan Hanley", One(text, "leaves out").Speaker);
    }
    /// <summary>"The minister's office said in an email …. “…,” wrote spokesperson Léa Roy" came in the same email: its channel is the
    /// email (before, none).</summary>
    [Fact]
    public void A_spokesperson_who_wrote_the_email_the_office_sent()
    {
        const string text = "Delay\n\nOTTAWA — Health Minister Ana Costa's office said in an email Friday that the expansion would begin in July.\n\n"
                            + "\"We want the plan to work for everyone,\" wrote spokesperson Léa Roy.\n";
        var claim = One(text, "work for everyone");
        Assert.Equal(("Léa Roy", "an email"), (claim.Speaker, claim.Channel));
    }
    /// <summary>"“We are ready,” she said" where only a man ("City manager Paul Grant") has been named is left to the desk as "she",
    /// never given to the man (before, Paul Grant).</summary>
    [Fact]
    public void She_after_only_a_man_is_named_is_nobody_yet()
    {
        const string text = "Shelter\n\nCity manager Paul Grant said the shelter would open in May.\n\n\"We are ready,\" she said.\n";
        Assert.Equal("Paul Grant", One(text, "open in May").Speaker);
        Assert.Equal("she", One(text, "We are ready").Speaker);
    }
    /// <summary>"Lena Moss has watched the line grow for two years. The shelter's executive director says …" is Lena Moss, whom the
    /// description gives a role (before, "shelter's executive director"); a description after someone named with a role of their own is
    /// not them.</summary>
    [Fact]
    public void A_description_after_a_person_named_without_a_role()
    {
        const string text = "Demand grows\n\nREGINA — The line stretches around the block.\n\nLena Moss has watched it grow for two years. The shelter's executive director says visits are up 40 per cent.\n";
        Assert.Equal("Lena Moss", One(text, "visits are up").Speaker);
        const string other = "Demand grows\n\nMayor Lena Moss toured the shelter on Monday. The shelter's executive director says visits are up 40 per cent.\n";
        Assert.NotEqual("Lena Moss", One(other, "visits are up").Speaker);
    }
    /// <summary>"Brother of man killed in crash tells inquest he warned the city" over "The brother of a man killed … told a coroner's inquest
    /// …" before "Omar Haddad testified that his brother …": Omar Haddad speaks, as the brother (before, "Omar Haddad’s brother"), and
    /// the headline's inquest is whom he told, not what.</summary>
    [Fact]
    public void A_relative_described_in_the_lede_and_named_speaking_next()
    {
        const string text = "Brother of man killed in crash tells inquest he warned the city\n\nTORONTO — The brother of a man killed at a dangerous intersection told a coroner's inquest on Monday that he had written to the city twice.\n\n"
                            + "Omar Haddad testified that his brother, Sami, crossed there every day.\n";
        var headline = One(text, "warned the city");
        Assert.Equal(("Omar Haddad", "inquest", "he warned the city"), (headline.Speaker, headline.Channel, headline.Content.Text));
        Assert.Equal("Omar Haddad", One(text, "written to the city").Speaker);
    }
    /// <summary>"KYIV — Russia launched more than 100 drones …, Ukraine's air force said" is the whole sentence (before, the claim began
    /// after "launched").</summary>
    [Fact]
    public void A_subject_and_its_verb_before_a_remark_signed_after_it()
    {
        const string text = "Drones\n\nKYIV, Ukraine — Russia launched more than 100 drones at Ukraine overnight, Ukraine's air force said Saturday.\n";
        Assert.Equal("Russia launched more than 100 drones at Ukraine overnight", One(text, "100 drones").Content.Text);
    }
    /// <summary>"Coun. Mia Tran said Thursday she had asked …" is a remark without its day ("said Thursday" is the cue); "told council's
    /// urban planning committee that …" names the whole committee as whom she told (before, "Thursday she had asked …" and
    /// "council").</summary>
    [Fact]
    public void A_day_after_the_verb_and_a_committee_told()
    {
        const string text = "LRT late\n\nEDMONTON — Coun. Mia Tran said Thursday she had asked for every report on the project.\n\n"
                            + "Branch manager Paul Ng told council's urban planning committee that utility work had caused most of the delay.\n";
        var tran = One(text, "every report");
        Assert.Equal(("said Thursday", "she had asked for every report on the project"), (tran.Cue.Text, tran.Content.Text));
        Assert.Equal("council's urban planning committee", One(text, "utility work").Channel);
    }
    /// <summary>"… over expense claims that the town's ethics commissioner found broke the rules" before "Coun. Ray Boyd apologized …" and
    /// "The ethics commissioner, Nadia Kerr, wrote …": the commissioner the story sets off in that office (before, Ray Boyd, the next
    /// person named); "Nadia Kerr, the town's ethics commissioner," after the name likewise.</summary>
    [Fact]
    public void A_lede_office_is_the_one_the_story_sets_off_in_it_not_the_next_name()
    {
        const string text = "Councillor reprimanded\n\nSMITHVILLE — Town council has reprimanded a councillor over expense claims that the town's ethics commissioner found broke the rules.\n\n"
                            + "Coun. Ray Boyd apologized at Monday's meeting.\n\nThe ethics commissioner, Nadia Kerr, wrote that three of the claims had no receipts.\n";
        Assert.Equal("Nadia Kerr", One(text, "broke the rules").Speaker);
        var after = text.Replace("The ethics commissioner, Nadia Kerr, wrote", "Nadia Kerr, the town's ethics commissioner, wrote", StringComparison.Ordinal);
        Assert.Equal("Nadia Kerr", One(after, "broke the rules").Speaker);
    }
    /// <summary>"The Liberal leader said …" after "Liberal Leader Dana Fox …" and another person quoted is Dana Fox, the one the article
    /// titles so (before, "Liberal leader").</summary>
    [Fact]
    public void A_party_leader_described_by_party_is_the_one_titled_so()
    {
        const string text = "Transit fight\n\nLiberal Leader Dana Fox accused the government of starving transit.\n\n"
                            + "Premier Hugh Lane said the budget was the largest ever.\n\nEconomist Rita Singh said both parties were right in part.\n\n"
                            + "The Liberal leader said a government she led would double bus service.\n";
        Assert.Equal("Dana Fox", One(text, "double bus service").Speaker);
    }
    /// <summary>"The union representing the province's paramedics has filed a grievance, accusing …" before "the Paramedic Association of
    /// Manitoba" is named: the union (before, "union representing the province's paramedics").</summary>
    [Fact]
    public void A_union_described_by_whom_it_represents_is_the_union_named_next()
    {
        const string text = "Grievance\n\nWINNIPEG — The union representing the province's paramedics has filed a grievance, accusing the health authority of ignoring overtime limits.\n\n"
                            + "The Paramedic Association of Manitoba said crews had worked 18-hour shifts.\n";
        Assert.Equal("Paramedic Association of Manitoba", One(text, "ignoring overtime").Speaker);
    }
    /// <summary>"Cyclist struck on bridge calls for barriers on city bridges" before "Omar Diallo was riding …": the cyclist is the person the lede
    /// names (before, "Cyclist"); and the headline's "'I couldn't move': …" has no claim of "I" in it (before, "I" "couldn't" …).</summary>
    [Fact]
    public void A_headline_cyclist_is_the_lede_person_and_a_headline_quotation_claims_nothing_of_its_own()
    {
        const string text = "'I thought nobody saw me': Cyclist struck on bridge calls for barriers on city bridges\n\nOmar Diallo was riding home on the Burrard Bridge when a van clipped his handlebar.\n\n"
                            + "\"I thought nobody saw me,\" Diallo says.\n";
        Assert.Equal("Omar Diallo", One(text, "city bridges").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker is "I");
        Assert.Equal("Omar Diallo", One(text, "nobody saw me").Speaker);
        // ("Cyclist hit by van": the whole subject, not "van", the tagger's last word of it.)
        var hit = text.Replace("Cyclist struck on bridge", "Cyclist hit by van", StringComparison.Ordinal);
        Assert.Equal("Omar Diallo", One(hit, "city bridges").Speaker);
    }
    /// <summary>"Coun. Lise Roy, who sits on the transit board, says she agrees." has no claim whose words are the councillor herself
    /// (before, "she" "agrees" with "Coun. Lise Roy, who sits on the transit board" as its words).</summary>
    [Fact]
    public void Says_she_agrees_does_not_reach_back_into_who_says_it()
    {
        const string text = "Buses\n\nRiders want more buses on Route 9.\n\nCoun. Lise Roy, who sits on the transit board, says she agrees.\n\n\"We need them now,\" Roy said.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("transit board", StringComparison.Ordinal));
        Assert.Equal("Lise Roy", One(text, "need them now").Speaker);
    }
    /// <summary>"A former bookkeeper who admitted to stealing $90,000 from a church has been sentenced …": the admission's words end at
    /// "church" (before, they ran on into "has been sentenced to two years").</summary>
    [Fact]
    public void A_subject_s_relative_clause_ends_before_the_sentence_s_own_verb()
    {
        const string text = "Bookkeeper sentenced\n\nREGINA — A former bookkeeper who admitted to stealing $90,000 from a church has been sentenced to two years less a day.\n";
        var claim = One(text, "stealing");
        Assert.Equal("to stealing $90,000 from a church", claim.Content.Text);
    }
    /// <summary>"Her son, Paul, said …" after a man was quoted is the son of the woman named before him, not of the man nor of a
    /// daughter introduced as a relative (before, "Paul Aucoin"); an "Obituary:" label names nobody.</summary>
    [Fact]
    public void Her_son_after_a_man_is_quoted_is_the_son_of_the_woman_named_before()
    {
        const string text = "Obituary: Rita Comeau, 88, ran the village post office for 40 years\n\nSHEDIAC, N.B. — Rita Comeau has died. She was 88.\n\n"
                            + "Her daughter, Anne Comeau-Doiron, said her mother died at home.\n\nLongtime customer René Aucoin said she knew every family's news.\n\n"
                            + "\"She knew before we did,\" he said.\n\nHer son, Marc, said a service would be held in May.\n";
        Assert.Equal("Marc Comeau", One(text, "service would be held").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker == "Obituary");
    }
    /// <summary>"A spokesperson for Seniors, Community and Social Services Minister Dan Ray says …": the minister's spokesperson, though
    /// the portfolio's name has commas (before, "Dan Ray").</summary>
    [Fact]
    public void A_spokesperson_for_a_minister_whose_portfolio_lists_with_commas()
    {
        const string text = "Wait lists\n\nA spokesperson for Seniors, Community and Social Services Minister Dan Ray says the province has hired 200 more workers.\n";
        Assert.Equal("Dan Ray’s spokesperson", One(text, "200 more workers").Speaker);
    }
    /// <summary>"A video shared online appeared to show him shoving a man" and "who hosts the popular weekly show" are no claims
    /// (before, the officer "appeared" and the host "show"); "appeared to suggest that …" still is one.</summary>
    [Fact]
    public void What_a_video_appeared_to_show_and_a_show_are_no_claims()
    {
        const string text = "Officer charged\n\nCALGARY — A Calgary police officer has been charged after a video shared online appeared to show him shoving a man to the ground.\n\n"
                            + "Comedian Lee Hart, who hosts the popular weekly show \"Late Shift,\" joked about the arrest.\n\n"
                            + "The mayor appeared to suggest that the officer should resign.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("shoving a man", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, a => a.Cue.Text == "show");
        Assert.Contains(claims, a => a.Content.Text.Contains("should resign", StringComparison.Ordinal));
    }
    /// <summary>"In an interview with The Globe and Mail, a senior executive said …" names the whole newspaper as channel (before,
    /// "The Globe"); "Sources told CBC News that the board discussed the sale on Friday" is one claim, the sources', whole
    /// (before, cut at "the board", and the board's discussion a claim of its own).</summary>
    [Fact]
    public void A_newspaper_with_and_in_its_name_and_a_discussion_inside_what_sources_told()
    {
        const string text = "Sale\n\nIn an interview with The Globe and Mail, a senior executive at the mill said the company had no buyer yet.\n\n"
                            + "Sources told CBC News that the board discussed the sale on Friday.\n";
        Assert.Equal("The Globe and Mail", One(text, "no buyer yet").Channel);
        var told = One(text, "board");
        Assert.Equal(("Sources", "CBC News"), (told.Speaker, told.Channel));
        Assert.EndsWith("the board discussed the sale on Friday", told.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text.Contains("discussed", StringComparison.Ordinal));
    }
    /// <summary>"Lakeridge Health Sciences spokesperson Dana Holt said in an email …. She said …": Dana Holt both times; a health body's
    /// name is no person's (before, "Lakeridge Health Sciences" spoke).</summary>
    [Fact]
    public void A_health_body_s_spokesperson_named_after_its_name()
    {
        const string text = "Beds\n\nOSHAWA — Nurses say the hospital is short of staff.\n\nLakeridge Health Sciences spokesperson Dana Holt said in an email that 40 nurses had been hired since June.\n\n"
                            + "She said overtime had fallen by a fifth.\n";
        Assert.Equal("Dana Holt", One(text, "40 nurses").Speaker);
        Assert.Equal("Dana Holt", One(text, "overtime had fallen").Speaker);
    }
    /// <summary>"Head coach Ana Ruiz … said Kowalski was “focused” …. “…,” the coach said": the coach who spoke just before, not the
    /// player her words named last (before, "Jan Kowalski").</summary>
    [Fact]
    public void The_coach_after_the_coach_spoke_about_a_player()
    {
        const string text = "Contract\n\nEDMONTON — Jan Kowalski says he is not worried about his contract.\n\n\"I love it here,\" Kowalski told reporters.\n\n"
                            + "Head coach Ana Ruiz declined to discuss the contract but said Kowalski was \"focused\" on the season.\n\n\"He's been our best player in camp,\" the coach said.\n";
        Assert.Equal("Ana Ruiz", One(text, "best player in camp").Speaker);
    }
    /// <summary>A quotation left open at a paragraph's end runs on into the next paragraph's quotation, whose "he said" names who speaks
    /// in both: "“It'll be hard on families. Six o'clock practices are nobody's idea of fun.¶“But we'll manage,” he said." (before, the
    /// first paragraph was nobody's claim).</summary>
    [Fact]
    public void An_open_quotation_runs_on_into_the_next_paragraph_s_speaker()
    {
        const string text = "Rink\n\nArena manager Lise Roy said the rink would close.\n\nMinor hockey president Sam Okoro said teams would practise elsewhere.\n\n"
                            + "\u201CIt'll be hard on families. Six o'clock practices are nobody's idea of fun.\n\n\u201CBut we'll manage. We always do,\u201D he said.\n";
        var first = One(text, "hard on families");
        Assert.Equal(("Sam Okoro", "\u201CIt'll be hard on families. Six o'clock practices are nobody's idea of fun."), (first.Speaker, first.Content.Text));
        Assert.Equal("Sam Okoro", One(text, "we'll manage").Speaker);
    }
    /// <summary>Two Lees: "Premier Rachel Lee … Lee told reporters …" and "Tom Lee, a consultant, said … said Tom Lee": the consultant is
    /// written in full each time to keep them apart, so a bare "Lee" far on is the premier (before, "Tom Lee", the one written in full
    /// most); "Mary Lee" written in full after "Lee's mother" is Mary Lee.</summary>
    [Fact]
    public void A_bare_surname_is_the_one_never_written_in_full_to_tell_them_apart()
    {
        const string text = "Transit\n\nEDMONTON — Premier Rachel Lee and Mayor Omar Diallo argued on Thursday over who should pay for the new line.\n\n"
                            + "\"We will pay our share,\" Lee told reporters.\n\nTom Lee, a transportation consultant, said both governments had underestimated the cost.\n\n"
                            + "\"Nobody wanted to say the real number,\" said Tom Lee.\n\nDiallo, a former councillor, was elected last fall on a promise to finish the line. "
                            + "The city's transit director told council the line would open no earlier than 2029, and that crews were working through the winter.\n\n"
                            + "Both Lee and Diallo said they were willing to meet next week.\n";
        Assert.Equal("Rachel Lee and Omar Diallo", One(text, "willing to meet").Speaker);
        Assert.Equal("Tom Lee", One(text, "real number").Speaker);
    }
    /// <summary>"The family of a Regina woman struck by a speeding driver says …": the family speaks, the whole phrase up to the cue,
    /// never the driver, and it is the family of the woman the next sentence names (before, "a speeding driver" read as the source,
    /// then named as the woman herself).</summary>
    [Fact]
    public void The_family_of_someone_harmed_by_another_is_who_speaks_not_the_other()
    {
        const string text = "Sentence\n\nREGINA — The family of a Regina woman struck by a speeding driver says the sentence is far too light.\n\n"
                            + "Amy Cardinal, 41, died in March after she was hit on Albert Street.\n";
        Assert.Equal("Amy Cardinal’s family", One(text, "far too light").Speaker);
    }
    /// <summary>"The deal, says union president Ana Reis, was never put to members." is Ana Reis's remark, the whole sentence (before,
    /// "deal" spoke "union president Ana Reis,"); "In Fillmore's words, the project is …" and "In the words of Mayor Jo Lind, …" are
    /// the named person's (before, no claim); "said on Saturday, …" is no one's name.</summary>
    [Fact]
    public void A_speaker_set_off_inside_the_sentence_and_in_someone_s_words()
    {
        const string text = "Port\n\nThe deal, says union president Ana Reis, was never put to members for a vote.\n\n"
                            + "In Fillmore's words, the project is \"short-term pain for long-term gain.\"\n\n"
                            + "In the words of Mayor Jo Lind, the port \"cannot wait another year.\"\n";
        var deal = One(text, "never put to members");
        Assert.Equal(("Ana Reis", "The deal, says union president Ana Reis, was never put to members for a vote"), (deal.Speaker, deal.Content.Text));
        Assert.Equal("Fillmore", One(text, "short-term pain").Speaker);
        Assert.Equal("Jo Lind", One(text, "another year").Speaker);
    }
    /// <summary>"A 71-year-old retired nurse from Timmins says she will …" after a headline's "$60M Lotto Max", before "Lise Caron bought the
    /// ticket at a store on Algonquin Boulevard": the nurse is Lise Caron, and "he said" later is not "Algonquin Boulevard" nor "M. Lotto
    /// Max" (a unit glued to a number is no initial; streets and lotteries are no one's names).</summary>
    [Fact]
    public void A_street_and_a_lottery_are_no_one_and_a_unit_is_no_initial()
    {
        const string text = "Timmins woman wins $60M Lotto Max jackpot\n\nTORONTO — A 71-year-old retired nurse from Timmins says she will share her $60M Lotto Max win with her family.\n\n"
                            + "Lise Caron bought the ticket at a store on Algonquin Boulevard, the lottery corporation said.\n\n\"I checked it four times,\" she said.\n";
        Assert.Equal("Lise Caron", One(text, "share her").Speaker);
        Assert.Equal("Lise Caron", One(text, "checked it four times").Speaker);
    }
    /// <summary>"The Saskatchewan Teachers' Federation, which filed the challenge with a group of parents, said it was disappointed" is
    /// the federation (before, "group of parents"); "Father of three Dale Wiebe said" is Dale Wiebe (before, the whole phrase); and "…,
    /// according to a report released Tuesday by the province's ombudsperson" before "Ombudsperson Mary Okafor said" is Mary Okafor (before,
    /// "province's ombudsperson").</summary>
    [Fact]
    public void A_possessive_inside_a_name_a_father_of_three_and_an_office_named_after_its_report()
    {
        const string text = "Report\n\nREGINA — Patients wait an average of nine months for surgery, according to a report released Tuesday by the province's ombudsperson.\n\n"
                            + "Ombudsperson Mary Okafor said the waits were unacceptable.\n\n"
                            + "The Saskatchewan Teachers' Federation, which filed the challenge with a group of parents, said it was disappointed.\n\n"
                            + "Father of three Dale Wiebe said his son waited a year for a hip operation.\n";
        Assert.Equal("Mary Okafor", One(text, "nine months").Speaker);
        Assert.Equal("Saskatchewan Teachers' Federation", One(text, "disappointed").Speaker);
        Assert.Equal("Dale Wiebe", One(text, "hip operation").Speaker);
    }
    /// <summary>"Chief Ana Ruiz said Wednesday the numbers "confirm what families have been telling us …"": the day is the cue's, though
    /// the words go on into a quotation (before, the claim began "Wednesday the numbers").</summary>
    [Fact]
    public void A_day_after_the_verb_before_words_that_quote()
    {
        const string text = "Apology\n\nChief Ana Ruiz said Wednesday the numbers \"confirm what families have been telling us for decades.\"\n";
        var claim = One(text, "the numbers");
        Assert.Equal(("said Wednesday", "the numbers \"confirm what families have been telling us for decades.\""), (claim.Cue.Text, claim.Content.Text));
    }
    /// <summary>"K'atl'odeeche First Nation Chief June Sabourin said …" is June Sabourin: a month's name is a given name after a title
    /// (before, no one was named and the whole phrase spoke).</summary>
    [Fact]
    public void A_month_s_name_as_a_given_name_after_a_title()
    {
        const string text = "Fire\n\nK'atl'odeeche First Nation Chief June Sabourin said her community was still rebuilding.\n";
        Assert.Equal("June Sabourin", One(text, "still rebuilding").Speaker);
    }
    /// <summary>"Q&A with Mayor Lena Park" then "Q: …¶A: …": each answer is Lena Park's and no question is anyone's claim (before, "A"
    /// and "Q" spoke); an explainer's "Q: Will my cheques arrive?" is no claim either.</summary>
    [Fact]
    public void A_q_and_a_s_answers_are_the_one_interviewed()
    {
        const string text = "Q&A with Mayor Lena Park on the transit budget\n\nMayor Lena Park sat down with us on Monday.\n\n"
                            + "Q: Why cut bus service now?\n\nA: Ridership is down 20 per cent since 2019, and we cannot run empty buses.\n";
        Assert.Equal("Lena Park", One(text, "Ridership is down").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker is "Q" or "A");
        const string explainer = "Strike: what you need to know\n\nQ: Will my cheques still arrive?\n\nA: The union has said it will deliver pension cheques.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(explainer), a => a.Speaker == "Q");
    }
    /// <summary>"A Truro food bank will cut its hours …, its executive director says." before "Karen Doyle of Colchester Food Bank said …":
    /// Karen Doyle, the one the next sentence opens with, though no title stands before her name (before, "its executive director").</summary>
    [Fact]
    public void Its_director_in_a_lede_is_the_one_the_next_sentence_opens_with()
    {
        const string text = "Food bank\n\nTRURO, N.S. — A Truro food bank will cut its hours in January because donations have fallen, its executive director says.\n\n"
                            + "Karen Doyle of Colchester Food Bank said the shelves had not been this bare since 2020.\n";
        Assert.Equal("Karen Doyle", One(text, "donations have fallen").Speaker);
    }
    /// <summary>"The report found that …" paragraphs after "…, according to a report released Monday by the province's seniors
    /// advocate" before "Advocate Carla Reyes said …": the advocate, via the report (before, "report" spoke).</summary>
    [Fact]
    public void The_report_later_is_the_one_whose_report_it_is()
    {
        const string text = "Care homes\n\nVICTORIA — Care home residents wait months for a bed, according to a report released Monday by the province's seniors advocate.\n\n"
                            + "Advocate Carla Reyes said the waits were the longest she had seen.\n\n\"Families are exhausted,\" she told reporters.\n\n"
                            + "The report found that wait times had doubled since 2019.\n";
        var found = One(text, "doubled since 2019");
        Assert.Equal(("Carla Reyes", "a report"), (found.Speaker, found.Channel));
    }
    /// <summary>"Nico Daws added an empty-net goal for Regina, which has won four straight": a goal added is a deed, no claim (before,
    /// Nico Daws "added" it as his words); "added that …" and "added the team would …" still are.</summary>
    [Fact]
    public void A_goal_added_is_no_remark()
    {
        const string text = "Pats win\n\nREGINA — Lio Marsh scored twice and Nico Daws added an empty-net goal for Regina, which has won four straight.\n\n"
                            + "Coach Dana Pryor added the team would rest its starters on Friday.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("empty-net", StringComparison.Ordinal));
        Assert.Equal("Dana Pryor", One(text, "rest its starters").Speaker);
    }
    /// <summary>"has argued for years that …" is arguing, its cue "has argued" (before, the cue was "has argued for", and once the cue
    /// lost its "for", a quarrel "argued for" dropped the claim); "said in a news release" is the cue whole, not "said in a news".</summary>
    [Fact]
    public void Arguing_for_years_and_a_news_release_in_the_cue()
    {
        const string text = "Tolls\n\nHALIFAX — Ray Osei, head of the truckers lobby, has argued for years that the bridge tolls are a tax on rural drivers.\n";
        var argued = One(text, "tax on rural drivers");
        Assert.Equal("Ray Osei", argued.Speaker);
        Assert.StartsWith("has argued", argued.Cue.Text, StringComparison.Ordinal);
        Assert.False(argued.Cue.Text.EndsWith(" for", StringComparison.Ordinal), argued.Cue.Text);
        const string charged = "Man charged in death of Surrey woman\n\nSURREY, B.C. — A 42-year-old man has been charged with second-degree murder in the death "
                               + "of a woman found in a Surrey home last week, police say.\n\nOmar Haddad, 42, was arrested at the home, Sgt. Nadia Fox said in a news "
                               + "release Monday. Fox said police were not looking for anyone else.\n";
        var released = One(charged, "arrested at the home");
        Assert.Equal("Nadia Fox", released.Speaker);
        Assert.StartsWith("said in a news release", released.Cue.Text, StringComparison.Ordinal);
    }
    /// <summary>"Residents crowded into a council meeting Monday to oppose a plan to …": why they came, nobody's claim (before, an
    /// unnamed source's "to oppose").</summary>
    [Fact]
    public void Coming_to_oppose_a_plan_is_no_remark()
    {
        const string text = "Council\n\nKELOWNA, B.C. — Residents crowded into a council meeting Monday evening to oppose a plan to build a parkade beside the lake.\n\n"
                            + "Mayor Tom Dyas said the parkade would free up street parking.\n";
        var found = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("parkade beside", StringComparison.Ordinal));
        Assert.Equal("Tom Dyas", One(text, "street parking").Speaker);
    }
    /// <summary>"One of the officials said …. The other said …": the other of the officials (before, the speaker was "other").</summary>
    [Fact]
    public void The_other_of_two_unnamed_people()
    {
        const string text = "Pipeline\n\nOTTAWA — Two officials familiar with the talks spoke on condition they not be named.\n\n"
                            + "One of the officials said the deal was close. The other said the province had not signed off on the route.\n";
        Assert.Equal("The other of the officials", One(text, "signed off").Speaker);
    }
    /// <summary>"Maplewood will close the night shift at its Oshawa Stamping Plant …, the company confirmed Monday.¶The automaker blamed
    /// …": Maplewood, the sentence's subject (before, the plant it owns spoke, in both paragraphs).</summary>
    [Fact]
    public void The_company_is_the_subject_not_the_plant_it_owns()
    {
        const string text = "Layoffs\n\nOSHAWA, Ont. — Maplewood will close the night shift at its Oshawa Stamping Plant in March, cutting 900 jobs, the company confirmed Monday.\n\n"
                            + "The automaker blamed falling truck sales and new tariffs on parts.\n";
        Assert.Equal("Maplewood", One(text, "cutting 900 jobs").Speaker);
        Assert.Equal("Maplewood", One(text, "falling truck sales").Speaker);
    }
    /// <summary>"A retired police inspector says …" before "Testifying on Monday, former inspector Dale Hume said": the one the next
    /// sentence names after its opening phrase (before, the description spoke).</summary>
    [Fact]
    public void A_lede_s_officer_named_after_an_opening_phrase()
    {
        const string text = "Inquiry\n\nHALIFAX — A retired police inspector says no one told him the suspect had a second vehicle until the next morning.\n\n"
                            + "Testifying on Monday, former inspector Dale Hume said the information would have changed the search.\n";
        Assert.Equal("Dale Hume", One(text, "second vehicle").Speaker);
    }
    /// <summary>"told local radio station CKBW that …": the station is the channel (before, none).</summary>
    [Fact]
    public void A_local_radio_station_told_is_the_channel()
    {
        const string text = "Ferry\n\nThe captain, Luc Bouchard, told local radio station CKBW that the ferry had never missed a crossing.\n";
        var told = One(text, "missed a crossing");
        Assert.Equal(("Luc Bouchard", "CKBW"), (told.Speaker, told.Channel));
    }
    /// <summary>"a wildlife rescue group said Sunday" before "Ana Pires, director of the Coastal Wildlife Rescue Group, said …", then "The
    /// group said …" two paragraphs on: the group by its name each time (before, "wildlife rescue group" and "group").</summary>
    [Fact]
    public void A_group_in_a_lede_is_the_one_named_next()
    {
        const string text = "Seal freed\n\nTOFINO, B.C. — A seal caught in a fishing net near the Clayoquot Peninsula has been freed, a wildlife rescue group said Sunday.\n\n"
                            + "Ana Pires, director of the Coastal Wildlife Rescue Group, said the net was wrapped twice around its neck.\n\n"
                            + "\"It swam off on its own,\" Pires said.\n\nThe group said it was called by a kayaker on Saturday.\n";
        Assert.Equal("Coastal Wildlife Rescue Group", One(text, "has been freed").Speaker);
        Assert.Equal("Coastal Wildlife Rescue Group", One(text, "called by a kayaker").Speaker);
    }
    /// <summary>"A Regina man … says" before "Linda Kaye and her sister …": a woman is not the man described (before, "Linda Kaye").</summary>
    [Fact]
    public void A_lede_s_man_is_never_the_woman_named_next()
    {
        const string text = "Compensation\n\nSASKATOON — A Saskatchewan man whose murder conviction was overturned last year says the province still has not offered "
                            + "him a dime.\n\nLinda Kaye and her sister Nerissa spent nearly 30 years in prison for a 1993 killing before the charges were stayed.\n";
        Assert.Equal("Saskatchewan man", One(text, "offered him a dime").Speaker);
        // ("… whose conviction was quashed in the spring says": the man, not "spring", the noun before the cue.)
        const string spring = "Compensation\n\nREGINA — A Regina man whose conviction was quashed in the spring says the province has not offered him anything.\n";
        Assert.Equal("Regina man", One(spring, "offered him anything").Speaker);
    }
    /// <summary>"Okafor said divisions that try the model should …": "divisions" is the subject of what was said, not left out before a
    /// "that" read as the complement (before, the words began "that adopt the plan").</summary>
    [Fact]
    public void A_plural_subject_right_after_said_keeps_its_relative_clause()
    {
        const string text = "Four-day week\n\nThree school divisions are considering a four-day week, but researchers say the evidence is thin.\n\n"
                            + "Grace Okafor, a professor of education, has reviewed the studies.\n\nOkafor said divisions that try the model should track student results closely.\n";
        Assert.Equal("divisions that try the model should track student results closely", One(text, "track student").Content.Text.TrimEnd('.'));
    }
    /// <summary>"…, according to Okafor": the channel is the person the article named in full, "Grace Okafor" (before, "Okafor").</summary>
    [Fact]
    public void According_to_a_surname_is_the_person_in_full()
    {
        const string text = "Schools\n\nResearcher Grace Okafor has reviewed the studies.\n\nStudies in Finland have found gains of two per cent, according to Okafor.\n";
        Assert.Equal("Grace Okafor", One(text, "two per cent").Channel);
    }
    /// <summary>"…, alleging staff ignored repeated warnings that …": the words begin after "alleging" (before, "warnings that …").</summary>
    [Fact]
    public void Alleging_keeps_its_whole_clause()
    {
        const string text = "Lawsuit\n\nWINNIPEG — The family of a woman who died after a fall at a Winnipeg care home is suing the home and the regional health "
                            + "authority, alleging staff ignored repeated warnings that she was at risk.\n";
        Assert.StartsWith("staff ignored", One(text, "she was at risk").Content.Text, StringComparison.Ordinal);
    }
    /// <summary>"A father of two in Selkirk, who asked that his name not be used …, said …. He said …": the father each time, without
    /// an article (before, "Selkirk", the town, then "father").</summary>
    [Fact]
    public void A_described_parent_of_a_town_speaks_twice_as_one()
    {
        const string text = "Measles\n\nSome parents remain hesitant. A father of two in Selkirk, who asked that his name not be used because he fears backlash, "
                            + "said he was worried about side effects. He said his children had received other vaccines.\n";
        Assert.Equal("father of two in Selkirk", One(text, "side effects").Speaker);
        Assert.Equal("father of two in Selkirk", One(text, "other vaccines").Speaker);
    }
    /// <summary>"Dana, 51, is a band councillor who voted against the deal. She says …": Dana, the sister named before (before, "band
    /// councillor", the description after "is", read as someone else).</summary>
    [Fact]
    public void What_someone_is_is_not_someone_else()
    {
        const string text = "Sisters\n\nMaya Thomas and her older sister, Dana Thomas-Reid, grew up in the same house.\n\n"
                            + "Maya, 44, works as a welder. \"I had to leave for Alberta,\" she said.\n\n"
                            + "Dana, 51, is a band councillor who voted against the agreement. She says the risks to the salmon are too great.\n";
        Assert.Equal("Dana Thomas-Reid", One(text, "salmon").Speaker);
    }
    /// <summary>"Lumen CEO says …" over "Lumen chief executive Priya Rao says …": the chief executive; "He said" after "Its president, Omar
    /// Haddad, echoed the point in an interview" is Haddad, and echoing a point is no claim (before, "Lumen CEO" was a person, spoke
    /// twice, and "the point in an interview" was a claim).</summary>
    [Fact]
    public void A_headline_s_ceo_is_the_chief_executive_named()
    {
        const string text = "Lumen CEO says AI will not replace its engineers\n\nTORONTO — Lumen chief executive Priya Rao says artificial intelligence will change "
                            + "how the company hires.\n\nShe told a tech conference in Toronto on Tuesday that her memo had been misread.\n\n"
                            + "Lumen's president, Omar Haddad, echoed the point in an interview with BNN Bloomberg. He said the company had hired more engineers this year.\n";
        Assert.Equal("Priya Rao", One(text, "replace its engineers").Speaker);
        Assert.Equal("a tech conference", One(text, "misread").Channel);
        Assert.Equal("Omar Haddad", One(text, "more engineers").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("the point", StringComparison.Ordinal));
    }
    /// <summary>"the Haddad family says …" before "Omar Haddad, who …": the family (before, Omar Haddad alone); "spoke through an
    /// interpreter", "remembers the night they landed" and "has issued a snowfall warning for …" are no claims.</summary>
    [Fact]
    public void A_family_speaks_as_one_and_deeds_are_no_claims()
    {
        const string text = "Ten years\n\nHALIFAX — Ten years after they landed with two suitcases, the Haddad family says Halifax is home.\n\n"
                            + "Omar Haddad, who opened a bakery in 2017, now employs 30 people. His mother, Rana Haddad, spoke through an interpreter.\n\n"
                            + "Ellen Burke, who helped sponsor the family, remembers the night they landed.\n\n"
                            + "Environment Canada has issued a snowfall warning for the Halifax area.\n";
        Assert.Equal("Haddad family", One(text, "Halifax is home").Speaker);
        var found = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(found, a => a.Content.Text.Contains("interpreter", StringComparison.Ordinal)
                                          || a.Content.Text.Contains("the night they landed", StringComparison.Ordinal)
                                          || a.Content.Text.Contains("Halifax area", StringComparison.Ordinal));
    }
    /// <summary>"Skate Canada's chief executive told a parliamentary committee …" before "Laura Finch, who took over as president and CEO
    /// …, said": the chief executive named next (before, the description).</summary>
    [Fact]
    public void A_lede_s_chief_executive_is_the_one_named_next()
    {
        const string text = "Skate Canada\n\nOTTAWA — Skate Canada's chief executive told a parliamentary committee Monday that the organization has changed since 2019.\n\n"
                            + "Laura Finch, who took over as president and CEO in 2023, said coaches now complete safeguarding training.\n";
        Assert.Equal("Laura Finch", One(text, "has changed since 2019").Speaker);
    }
    /// <summary>"A Red Deer woman who was buried by an avalanche while snowshoeing near Banff says …": the woman, named next (before,
    /// "snowshoeing near Banff", the clause's last words).</summary>
    [Fact]
    public void A_relative_clause_s_last_words_are_not_the_speaker()
    {
        const string text = "Avalanche\n\nBANFF, Alta. — A Red Deer woman who was buried by an avalanche while snowshoeing near Banff says her friends saved her life.\n\n"
                            + "Carla Ruiz, 41, was hiking with two friends on Saturday when the slope released.\n";
        Assert.Equal("Carla Ruiz", One(text, "saved her life").Speaker);
    }
    /// <summary>"The Toronto Star reported last week, citing three people familiar with the talks, that the deal was close": the people
    /// cited, through the paper, "reported" the cue (before, the Star "citing"); "In a message to members, union president Lena Ward said
    /// …" has the message as its channel (before, none).</summary>
    [Fact]
    public void Cited_sources_speak_through_the_paper_and_a_message_is_a_channel()
    {
        const string text = "Talks\n\nOTTAWA — The Toronto Star reported last week, citing three people familiar with the talks, that the deal was close.\n\n"
                            + "In a message to members, union president Lena Ward said the offer \"falls short on staffing.\"\n";
        var cited = One(text, "the deal was close");
        Assert.Equal(("three people familiar with the talks", "Toronto Star", "reported"), (cited.Speaker, cited.Channel, cited.Cue.Text));
        Assert.Equal(("Lena Ward", "a message to members"), (One(text, "staffing").Speaker, One(text, "staffing").Channel));
    }
    /// <summary>"A CRA official who spoke on background said …" after Omar Haddad's quotation: the official (before, "who" was the person
    /// named last, Haddad).</summary>
    [Fact]
    public void An_acronym_s_official_who_spoke_on_background()
    {
        const string text = "Audits\n\nOTTAWA — Small businesses say audits are rising.\n\n\"The rules changed overnight,\" said accountant Omar Haddad.\n\n"
                            + "\"Nobody told us,\" Haddad said.\n\nA CRA official who spoke on background said the number of audits had tripled since 2022.\n";
        Assert.Equal("CRA official", One(text, "had tripled").Speaker);
    }
    /// <summary>"told council the arena needs $4 million in repairs that the city cannot afford": the words begin at "the arena" (before,
    /// at the relative "that"); "Staff will be moved …, according to the library" stays the Saskatoon Public Library's: a sentence's first
    /// word is no company for "the library" to mean (the one-word company subject, "Stellantis will cut …", first read "Staff" so).</summary>
    [Fact]
    public void A_relative_that_after_told_and_a_common_noun_opening_a_sentence()
    {
        const string text = "Library\n\nSASKATOON — Council voted to close a branch of the Saskatoon Public Library on Wednesday.\n\n"
                            + "Board chair Ana Lopes told council the branch needs $4 million in repairs that the library cannot afford.\n\n"
                            + "The branch will close in March. Staff will be moved to other locations, according to the library.\n";
        Assert.StartsWith("the branch needs", One(text, "cannot afford").Content.Text, StringComparison.Ordinal);
        Assert.Equal("Saskatoon Public Library", One(text, "other locations").Speaker);
    }
    /// <summary>"Tenants … say their landlord is pushing them out, a practice critics call "renoviction."": the tenants' words end before
    /// the reporter's aside, and "renoviction" is never shown as their verbatim words (before, it was quoted as theirs).</summary>
    [Fact]
    public void What_critics_call_it_is_not_the_speaker_s_quotation()
    {
        const string text = "Tenants\n\nLONDON, Ont. — Tenants in two London apartment towers say their landlord is using repairs as an excuse to push them out, "
                            + "a practice critics call \"renoviction.\"\n";
        var claim = One(text, "push them out");
        Assert.Equal("their landlord is using repairs as an excuse to push them out", claim.Content.Text);
        Assert.Empty(claim.Quotes);
    }
    /// <summary>Quotation marks inside a claim that hold someone else's words are never the speaker's quotation: a promise ("broken his
    /// promise to “fix health care”"), a pledge ("the premier's pledge to “end hallway medicine”"), a nickname ("Sidney “Sid the Kid”
    /// Crosby") and a report's title ("titled “Waiting for Care,”", which is no claim either). The card shows a claim's first quotation
    /// as the speaker's verbatim words, so before, the opposition leader "said" “fix health care”.</summary>
    [Fact]
    public void Others_words_in_quotation_marks_are_not_the_speaker_s_quotation()
    {
        const string text = "Promises\n\nHALIFAX — Nova Scotia's Opposition leader says Premier Tim Houston has broken his promise to \"fix health care\" by 2025.\n\n"
                            + "Liberal Leader Derek Mombourquette said the premier's pledge to \"end hallway medicine\" had not been kept either.\n\n"
                            + "A report by the province's auditor general, titled \"Waiting for Care,\" found last year that 40 per cent of patients waited too long.\n\n"
                            + "Former hockey player Sidney \"Sid the Kid\" Crosby's foundation has donated $1 million to the hospital, the IWK said Monday.\n\n"
                            + "Health Minister Michelle Thompson called the Opposition's numbers \"cherry-picked.\"\n";
        var found = AttributionExtractor.Extract(text);
        var promise = One(text, "fix health care");
        Assert.Equal("Derek Mombourquette", promise.Speaker);
        Assert.Empty(promise.Quotes);
        Assert.Empty(One(text, "end hallway medicine").Quotes);
        Assert.Empty(One(text, "Sid the Kid").Quotes);
        Assert.Equal("province's auditor general", One(text, "40 per cent").Speaker);
        Assert.DoesNotContain(found, a => a.Content.Text.Trim().StartsWith("\"Waiting", StringComparison.Ordinal));
        Assert.Equal("cherry-picked", Assert.Single(One(text, "Opposition's numbers").Quotes).Text);
    }
    /// <summary>A quotation that the claim gives to someone else — "the mayor had called the budget “…”", "the province described the
    /// request as “…”", "critics who call the plan “…”" — is not the speaker's; "she had warned colleagues the plan was “…”", "he respects
    /// her and calls her “…”" and a quotation the reporter interrupted ("“…,” Mayor Ann Smith said, “…”") stay the speaker's.</summary>
    [Fact]
    public void A_quotation_someone_else_called_it_is_not_the_speaker_s()
    {
        const string text = "Budget\n\nCoun. Janice Lukes said the mayor had called the budget \"the toughest in a generation\" but voted for a raise for his office.\n\n"
                            + "Lukes said she had warned colleagues the plan was \"a house of cards.\"\n\n"
                            + "Finance chair Jeff Browaty said the province described the city's request as \"reasonable\" in a letter.\n\n"
                            + "Mayor Scott Gillingham said critics who call the plan \"reckless\" have offered no alternative.\n\n"
                            + "Browaty said he respects the mayor and calls him \"a steady hand.\"\n\n"
                            + "\"We will cut taxes,\" Mayor Ann Smith said, \"every one of them.\"\n";
        Assert.Empty(One(text, "toughest in a generation").Quotes);
        Assert.Empty(One(text, "reasonable").Quotes);
        Assert.Empty(One(text, "reckless").Quotes);
        Assert.Equal("a house of cards", Assert.Single(One(text, "house of cards").Quotes).Text);
        Assert.Equal("a steady hand", Assert.Single(One(text, "steady hand").Quotes).Text);
        Assert.Equal(["We will cut taxes", "every one of them"], One(text, "cut taxes").Quotes.Select(q => q.Text));
    }
    /// <summary>"told CBC's Power & Politics" names the whole programme (before, "CBC's Power"); "in a post on his Truth Social platform"
    /// is "a post on Truth Social" (before, "a post"); "…, a move the dairy industry says would cost jobs" is no part of the president's
    /// words (before, his claim ran on into the industry's judgement).</summary>
    [Fact]
    public void A_programme_with_an_ampersand_a_platform_of_his_and_a_move_an_industry_judges()
    {
        const string text = "Tariffs\n\nWASHINGTON — U.S. President Donald Trump says he will raise tariffs on Canadian cheese next month, a move the dairy industry says would cost thousands of jobs.\n\n"
                            + "Trump made the threat in a post on his Truth Social platform late Sunday, writing that Canada had \"cheated\" American farmers for decades.\n\n"
                            + "Canada's ambassador, Kirsten Hillman, told CBC's Power & Politics that Ottawa was \"prepared to respond.\"\n";
        // The president's words end before the reporter's aside: what the industry says of the move is not his.
        Assert.Equal("he will raise tariffs on Canadian cheese next month", One(text, "Canadian cheese").Content.Text);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker.StartsWith("move", StringComparison.Ordinal));
        Assert.Equal("a post on Truth Social", One(text, "cheated").Channel);
        Assert.Equal("CBC's Power & Politics", One(text, "prepared to respond").Channel);
    }
    /// <summary>"Inquest hears guard ignored calls for help …": pleas, no one's call for anything (before, a claim of "Inquest hears
    /// guard").</summary>
    [Fact]
    public void Calls_for_help_are_no_claim()
    {
        const string text = "Inquest hears guard ignored calls for help before inmate's death\n\nKINGSTON, Ont. — An officer testified Wednesday that the unit was short two staff.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.StartsWith("help", StringComparison.Ordinal));
    }
    /// <summary>"the transit agency's board decided Thursday fares will go up" is an act, as a vote is; "told the board that …" names the
    /// board as the channel; "Transit advocacy group TTCriders called …" is TTCriders (before: a claim, no channel, and the kind of body
    /// kept in the name).</summary>
    [Fact]
    public void A_board_s_decision_the_board_told_and_an_advocacy_group_s_name()
    {
        const string text = "Fares\n\nTORONTO — Fares will go up by 10 cents in March, the transit agency's board decided Thursday.\n\n"
                            + "Chief executive Mandeep Lali told the board that ridership has recovered to 85 per cent of pre-pandemic levels.\n\n"
                            + "Transit advocacy group TTCriders called the increase \"a tax on the people who can least afford it.\"\n";
        var found = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(found, a => a.Cue.Text.Contains("decided", StringComparison.Ordinal));
        Assert.Equal("the board", One(text, "ridership").Channel);
        Assert.Equal("TTCriders", One(text, "least afford").Speaker);
    }
    /// <summary>"Doctors and the province have not reached a deal, the premier's office said Monday, days after the doctors' association
    /// said talks had broken down" holds two claims: the office's (before, its words were "Monday, days after …"), and the
    /// association's, named in the next paragraph (before, the premier's office); "Linda Pike of Mount Pearl, who said …" is Linda Pike
    /// (before, Mount Pearl).</summary>
    [Fact]
    public void A_remark_days_after_another_and_a_person_of_a_place_who_said()
    {
        const string text = "Doctors\n\nST. JOHN'S — The province's doctors and the government have not reached a deal on a new contract, the premier's office said "
                            + "Monday, days after the doctors' association said talks had broken down.\n\n"
                            + "The Newfoundland and Labrador Medical Association said Friday that the latest offer would not stop doctors from leaving.\n\n"
                            + "Patients say the standoff is wearing thin. They include Linda Pike of Mount Pearl, who said she has been on the waitlist since 2022.\n";
        Assert.Equal("premier's office", One(text, "not reached a deal").Speaker);
        Assert.Equal("Newfoundland and Labrador Medical Association", One(text, "broken down").Speaker);
        Assert.Equal("Linda Pike", One(text, "waitlist").Speaker);
    }
    /// <summary>"rejected Lee's characterization of his remarks as “fear-mongering”" and "residents in his ward tell him they “don't feel
    /// safe”" hold others' words, never the speaker's quotation (before, both were shown as the speaker's); "saying he had only
    /// “presented the facts”" stays his.</summary>
    [Fact]
    public void A_characterization_and_what_residents_tell_him_are_not_his_quotation()
    {
        const string text = "Police budget\n\nChief Eric Stubbs rejected Coun. Ariel Lee's characterization of his remarks as \"fear-mongering,\" saying he had only "
                            + "\"presented the facts.\"\n\nCoun. Rawlson King said residents in his ward tell him they \"don't feel safe\" on transit.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text).SelectMany(a => a.Quotes), q => q.Text is "fear-mongering" or "don't feel safe");
        Assert.Contains(One(text, "presented the facts").Quotes, q => q.Text == "presented the facts");
    }
    /// <summary>"The crews work for Coastal GasLink's contractor, which said …" and "owned by Teck Resources, which said …" are the bodies
    /// named right before "which" (before: the person named last, or "which"); "which" never means a person.</summary>
    [Fact]
    public void Which_said_is_the_body_named_before_it_never_the_last_person()
    {
        const string text = "Blockade\n\n\"We're staying,\" said Norman Stephens, a spokesperson for the chiefs.\n\n"
                            + "The survey crews work for Coastal GasLink's contractor, which said in an emailed statement that it has every permit it needs.\n\n"
                            + "The mine upstream is owned by Teck Resources, which said Tuesday the spill had been contained.\n";
        Assert.Equal("Coastal GasLink's contractor", One(text, "every permit").Speaker);
        Assert.Equal("Teck Resources", One(text, "spill had been contained").Speaker);
    }
    /// <summary>"Canadiens coach Martin St. Louis said …" and later "St. Louis said" are Martin St. Louis (before: "Martin St", the name cut at
    /// the saint's abbreviation); "said Chief Ann Joseph spokesperson Norman Stephens" is the spokesperson, not the chief whose
    /// spokesperson he is.</summary>
    [Fact]
    public void A_saint_s_name_as_a_surname_and_the_spokesperson_after_the_chief()
    {
        const string text = "Habs win\n\nMONTREAL — Canadiens coach Martin St. Louis said the team was tired after three games in four nights.\n\n"
                            + "\"We found a way,\" St. Louis said.\n\n"
                            + "\"We're not going anywhere,\" said Chief Ann Joseph spokesperson Norman Stephens at the gate.\n";
        Assert.Equal("Martin St. Louis", One(text, "team was tired").Speaker);
        Assert.Equal("Martin St. Louis", One(text, "found a way").Speaker);
        Assert.Equal("Norman Stephens", One(text, "not going anywhere").Speaker);
    }
    /// <summary>"Dan Kelly, president of …, said a survey of its members found that …" is Kelly's remark, the survey inside it (before: only
    /// the survey's, and Kelly's remark lost); "Her group has called on …" after "Medeana Moussa of the parent advocacy group Support Our
    /// Students" is the group (before: "Medeana Moussa's group"); "said in a letter to families that …" has the letter to families as
    /// its channel (before: "a letter", with "to" in the cue).</summary>
    [Fact]
    public void A_survey_inside_a_remark_her_group_named_and_a_letter_to_families()
    {
        const string text = "Strike\n\nOTTAWA — Dan Kelly, president of the Canadian Federation of Independent Business, said a survey of its members found "
                            + "that 63 per cent had been hurt by the strike.\n\n"
                            + "Medeana Moussa of the parent advocacy group Support Our Students said the strike was the result of underfunding. "
                            + "Her group has called on both sides to return to the table.\n\n"
                            + "Edmonton Public Schools said in a letter to families that students would not be able to attend classes during the strike. "
                            + "The board chair said buildings would stay open.\n";
        var survey = One(text, "63 per cent");
        Assert.Equal("Dan Kelly", survey.Speaker);
        Assert.StartsWith("a survey of its members found", survey.Content.Text, StringComparison.Ordinal);
        Assert.Equal("Support Our Students", One(text, "return to the table").Speaker);
        var letter = One(text, "attend classes");
        Assert.Equal("a letter to families", letter.Channel);
        Assert.Equal("said in a letter", letter.Cue.Text);
    }
    /// <summary>"When Olga Kowalchuk opened the diner, her husband told her …. “…,” Kowalchuk said" is Olga (before: the husband, named only
    /// in the next paragraph, took the surname); "Jordan Ramsay showed no reaction as the verdict was read" is no claim (before: a
    /// claim "no reaction …"); "…, Housing Minister Gregor Robertson announced Monday, in a bid to cut …" holds what came before
    /// the cue (before: "to cut the time …").</summary>
    [Fact]
    public void A_wife_s_surname_after_her_husband_s_remark_a_face_that_showed_nothing_and_what_a_bid_was_for()
    {
        const string text = "Diner\n\nWINNIPEG — When Olga Kowalchuk opened the Blue Door Diner in 1985, her husband told her it would last a year.\n\n"
                            + "\"He gave me 12 months,\" Kowalchuk, now 78, said with a laugh.\n\nHer husband, Walter, died in 2019.\n\n"
                            + "Former constable Jordan Ramsay, 37, showed no reaction as the verdict was read.\n\n"
                            + "The federal government is putting $1.5 billion toward modular housing, Housing Minister Gregor Robertson announced Monday, "
                            + "in a bid to cut the time it takes to build a home.\n";
        Assert.Equal("Olga Kowalchuk", One(text, "12 months").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("reaction", StringComparison.Ordinal));
        var plan = One(text, "modular housing");
        Assert.Equal("Gregor Robertson", plan.Speaker);
        Assert.DoesNotContain("in a bid", plan.Content.Text, StringComparison.Ordinal);
    }
    /// <summary>A lede remark closed by its cue and a clause of when ("…, the country's chief public health officer warned Thursday, as
    /// case counts continue to climb") is the officer's claim (before: lost, the tagger's words were the "as" clause); a quotation
    /// paragraph signed by the next ("That's how Tracy Zambory, president of …, describes …") is hers (before: no claim); "the
    /// province's Financial Accountability Office" is the office by its name; "The group says" after "a spokesperson for the
    /// Regroupement des comités logement …" is that group (before: "group").</summary>
    [Fact]
    public void A_lede_warning_a_quotation_signed_after_it_an_office_by_name_and_the_group_spoken_for()
    {
        const string text = "Measles\n\nOTTAWA — Canada is at risk of losing its measles elimination status, the country's chief public health officer warned "
                            + "Thursday, as case counts continue to climb in Ontario and Alberta.\n\nDr. Theresa Tam told reporters that 4,000 cases have been reported.\n\n"
                            + "SASKATOON — \"We had patients on stretchers in the hallway for three, four days. That's not care, that's storage.\"\n\n"
                            + "That's how Tracy Zambory, president of the Saskatchewan Union of Nurses, describes a recent week at Royal University Hospital.\n\n"
                            + "Ontario's deficit will be $2 billion larger than forecast, the province's Financial Accountability Office said in a report.\n\n"
                            + "\"Every year it gets worse,\" said Cédric Dussault, a spokesperson for the Regroupement des comités logement du Québec.\n\n"
                            + "The group says the average rent for a vacant apartment has risen 71 per cent since 2019.\n";
        Assert.Equal("Theresa Tam", One(text, "elimination status").Speaker);
        var storage = One(text, "stretchers");
        Assert.Equal(("Tracy Zambory", "describes"), (storage.Speaker, storage.Cue.Text));
        Assert.Equal("Financial Accountability Office", One(text, "deficit").Speaker);
        Assert.Equal("Regroupement des comités logement du Québec", One(text, "71 per cent").Speaker);
    }
    /// <summary>"She said a DNA test led her to a cousin in New Brunswick, who knew where Arsenault lived. ¶ “I never stopped looking,”
    /// she said" is the sister who searched, not Arsenault, named in the clause the remark ends with (before: Arsenault); "He said the
    /// society had surveyed its members and found that nearly nine in 10 …" is one remark (before: its "that" was taken for his).</summary>
    [Fact]
    public void A_name_in_the_clause_a_remark_ends_with_and_a_survey_the_society_found()
    {
        const string text = "Sisters\n\nMONCTON — When Jeanne Arsenault opened her door last Tuesday, her sister Lorraine Gaudet was standing on the step.\n\n"
                            + "\"I knew her right away,\" Arsenault, 71, said.\n\n"
                            + "Gaudet, who lives in Sudbury, Ont., spent years searching for her younger sister. She said a DNA test her granddaughter gave her "
                            + "finally led her to a cousin in New Brunswick, who knew where Arsenault lived.\n\n"
                            + "\"I never stopped looking,\" she said. \"Not for one day.\"\n\n"
                            + "Nathan Martindale, president of the Manitoba Teachers' Society, welcomed the move. He said the society had surveyed its "
                            + "members and found that nearly nine in 10 supported limits on phones.\n";
        Assert.Equal("Lorraine Gaudet", One(text, "never stopped looking").Speaker);
        var survey = One(text, "nine in 10");
        Assert.Equal("Nathan Martindale", survey.Speaker);
        Assert.StartsWith("the society had surveyed its members and found", survey.Content.Text, StringComparison.Ordinal);
    }
    /// <summary>"Council voted 10-5 on Tuesday to ask the province …" is no claim (before: the council's, cue "to ask"); "A briefing note
    /// prepared for the deputy minister in January said …" is the note's (before: the deputy minister's); "“…,” she said" after "A former
    /// Service Canada manager, who spoke … on condition of anonymity, said …" is that manager (before: the MP named before her).</summary>
    [Fact]
    public void A_council_vote_a_note_prepared_for_a_minister_and_an_anonymous_manager_s_quotation()
    {
        const string text = "Passports\n\nOTTAWA — Calgary city council voted 10-5 on Tuesday to ask the province for help paying for a new fluoride system.\n\n"
                            + "A briefing note prepared for the deputy minister in January said the department expected \"a significant spike\" in applications.\n\n"
                            + "Conservative MP Michelle Rempel Garner called that answer \"unbelievable.\" In an interview with CBC News, she said the minister's office "
                            + "\"either knew or should have known.\"\n\n"
                            + "A former Service Canada manager, who spoke to CBC News on condition of anonymity because she still works in the public service, "
                            + "said staff had raised concerns for months. \"Everybody on the floor could see it coming,\" she said.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("fluoride", StringComparison.Ordinal));
        Assert.Equal("briefing note", One(text, "significant spike").Speaker);
        Assert.Equal("former Service Canada manager", One(text, "see it coming").Speaker);
    }
    /// <summary>"… said the budget was “a fiscal disaster.” “Canadians can't afford this government,” he told reporters" is two remarks,
    /// the second told to reporters (before: one remark under "said", the channel lost); "told the legislative assembly the territory
    /// would …" has the assembly as its channel and not in the words (before: "legislative assembly the territory would …").</summary>
    [Fact]
    public void A_second_quotation_signed_by_its_own_cue_and_a_legislative_assembly_told()
    {
        const string text = "Budget\n\nOTTAWA — Conservative Leader Pierre Poilievre said the budget was \"a fiscal disaster.\" \"Canadians can't afford this "
                            + "government,\" he told reporters in the foyer.\n\n"
                            + "P.J. Akeeagok, Nunavut's premier, told the legislative assembly the territory would ask Ottawa to help pay for a permanent fix.\n";
        var disaster = One(text, "fiscal disaster");
        Assert.DoesNotContain("afford", disaster.Content.Text, StringComparison.Ordinal);
        var afford = One(text, "afford this government");
        Assert.Equal(("Pierre Poilievre", "reporters"), (afford.Speaker, afford.Channel));
        var fix = One(text, "permanent fix");
        Assert.Equal("P.J. Akeeagok", fix.Speaker);
        Assert.StartsWith("the territory would ask", fix.Content.Text, StringComparison.Ordinal);
        Assert.Contains("legislative assembly", fix.Channel, StringComparison.Ordinal);
    }
    /// <summary>"The Fish, Food and Allied Workers union, which represents harvesters, says …" is the union (before: "represents
    /// harvesters"); "His lawyer, Nader Hasan, said in a statement of claim filed in … that investigators ignored evidence …" is the
    /// lawyer's claim through the filing (before: lost to "a statement of" claiming).</summary>
    [Fact]
    public void A_union_named_with_commas_before_which_and_a_statement_of_claim()
    {
        const string text = "Crab\n\nST. JOHN'S, N.L. — The Fish, Food and Allied Workers union, which represents harvesters, says processors are colluding "
                            + "to keep prices low.\n\nMarcus Brown, 34, was arrested in 2021. His lawyer, Nader Hasan, said in a statement of claim filed in "
                            + "Ontario Superior Court that investigators ignored evidence pointing to Brown's innocence.\n";
        Assert.Equal("Fish, Food and Allied Workers union", One(text, "colluding").Speaker);
        var claim = One(text, "ignored evidence");
        Assert.Equal(("Nader Hasan", "a statement of claim"), (claim.Speaker, claim.Channel));
    }

    /// <summary>"Her co-author, Prof. Kenji Mori of Kyoto University, said the results should worry families in the North, who …" is Mori's
    /// (before: the speaker was "results should worry families in the North", read as a name set off after "said"); "He said drivers had
    /// been spat on, shoved and threatened with knives" keeps its whole list (before: cut at "spat on").</summary>
    [Fact]
    public void Words_with_a_verb_of_their_own_after_said_and_a_list_of_what_was_done()
    {
        const string text = "Snow study\n\nHALIFAX — Researchers say they found tiny plastic fibres in snow from Baffin Island.\n\n"
                            + "Lead author Dr. Anya Kowalski said most of the fibres came from clothing. Her co-author, Prof. Kenji Mori of Kyoto University, "
                            + "said the results should worry families in the North, who depend on seal and caribou.\n\n"
                            + "Ignacio Ruiz, who drives the No. 11 bus, said safety was his main worry. He said drivers had been spat on, shoved and threatened "
                            + "with knives this year.\n";
        var worry = One(text, "should worry families");
        Assert.Equal("Kenji Mori", worry.Speaker);
        Assert.StartsWith("the results should worry", worry.Content.Text, StringComparison.Ordinal);
        var spat = One(text, "spat on");
        Assert.Equal("Ignacio Ruiz", spat.Speaker);
        Assert.EndsWith("threatened with knives this year", spat.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"A nurse at the Dartmouth General Hospital in Dartmouth, who asked not to be named …, said" is the nurse (before: the
    /// place, "Dartmouth", the name right before "who").</summary>
    [Fact]
    public void A_who_after_a_person_at_a_long_named_place_is_the_person()
    {
        const string text = "Nurses ratify deal\n\nHALIFAX — Nova Scotia nurses have voted to accept a new contract, their union announced Thursday.\n\n"
                            + "Not every nurse was pleased. A nurse at the Dartmouth General Hospital in Dartmouth, who asked not to be named because she was "
                            + "not allowed to speak publicly, said short staffing was still the biggest problem.\n\n"
                            + "\"Money helps, but I still go home feeling I let my patients down,\" she said.\n";
        Assert.StartsWith("nurse at the Dartmouth General Hospital", One(text, "short staffing").Speaker, StringComparison.Ordinal);
    }

    /// <summary>"“…,” said its vice-president, Martin Vézina." is Vézina (before: the association, "its vice-president" read without the
    /// name); "said in a brief to the committee that …" has the brief to the committee as its channel and its words start at "that"
    /// (before: no channel, and the words "the committee that …").</summary>
    [Fact]
    public void A_role_then_its_name_after_said_and_a_brief_to_a_committee()
    {
        const string text = "Signs\n\nMONTREAL — Restaurant owners say new sign rules will cost them thousands.\n\n"
                            + "The Quebec Restaurant Owners Association said in a brief to the committee that small businesses cannot absorb more costs.\n\n"
                            + "\"Our members are barely hanging on,\" said its vice-president, Martin Vézina.\n";
        Assert.Equal("Martin Vézina", One(text, "barely hanging on").Speaker);
        var brief = One(text, "cannot absorb");
        Assert.Equal(("Quebec Restaurant Owners Association", "a brief to the committee"), (brief.Speaker, brief.Channel));
        Assert.StartsWith("that small businesses", brief.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"American Kate Douglass, who took silver, said" is "Kate Douglass" (before: "American Kate Douglass", though the story
    /// never writes her surname alone); "Lawyers for the protest organizers, including Tamara Lich and Chris Barber, say" are the lawyers
    /// (before: Chris Barber, the list's last name).</summary>
    [Fact]
    public void A_nationality_before_a_given_name_and_a_list_after_including()
    {
        const string text = "Gold\n\nPARIS — Summer McIntosh won gold in the 200-metre medley on Saturday.\n\n"
                            + "American Kate Douglass, who took silver, said McIntosh was \"in a class of her own.\"\n\n"
                            + "Lawyers for the protest organizers, including Tamara Lich and Chris Barber, say the rally was peaceful.\n";
        Assert.Equal("Kate Douglass", One(text, "class of her own").Speaker);
        Assert.Equal("Lawyers for the protest organizers", One(text, "rally was peaceful").Speaker);
    }

    /// <summary>A couple's story: "A Surrey couple who lost … are warning …" is the couple the story names (before: no one); "That's when
    /// Harjit knew …" and the "he said" after it are Harjit (before: "website", the subject of the sentence before); "the website asked for
    /// a $12,000 “release fee”" is no claim (before: the website's); "The centre estimates …" after "The Canadian Anti-Fraud Centre says …"
    /// is that centre (before: "centre").</summary>
    [Fact]
    public void A_couple_described_before_who_a_name_after_when_a_request_and_the_centre()
    {
        const string text = "Scam\n\nSURREY, B.C. — A Surrey couple who lost their savings to an online investment scam are warning others to be careful.\n\n"
                            + "Harjit and Paramjit Sandhu say a woman they met on WhatsApp talked them into investing.\n\n"
                            + "When they tried to take their money out, the website asked for a $12,000 \"release fee.\" That's when Harjit knew something was wrong.\n\n"
                            + "\"The manager at my bank told me, 'Sir, you have been scammed,'\" he said.\n\n"
                            + "The Canadian Anti-Fraud Centre says Canadians lost $569 million to fraud last year. The centre estimates that only one victim "
                            + "in ten reports it.\n";
        Assert.Equal("Harjit and Paramjit Sandhu", One(text, "others to be careful").Speaker);
        Assert.Equal("Harjit", One(text, "something was wrong").Speaker);
        Assert.Equal("Harjit", One(text, "you have been scammed").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("release fee", StringComparison.Ordinal));
        Assert.Equal("Canadian Anti-Fraud Centre", One(text, "one victim in ten").Speaker);
    }

    /// <summary>"A WestJet flight … turned back to Calgary International Airport …, the airline says" is WestJet (before: the airport named
    /// last); "Immigration, Refugees and Citizenship Canada said" is the department whole (before: "Refugees and Citizenship Canada");
    /// "said in an email to The Canadian Press" names the outlet in the channel (before: "an email").</summary>
    [Fact]
    public void An_airline_of_one_word_a_department_named_with_commas_and_an_email_to_an_outlet()
    {
        const string text = "Flight diverted\n\nVANCOUVER — A WestJet flight from Calgary to Honolulu turned back to Calgary International Airport on "
                            + "Monday after a passenger attacked a flight attendant, the airline says.\n\n"
                            + "Immigration, Refugees and Citizenship Canada said in a statement that it was reviewing the man's visa.\n\n"
                            + "His sister, Maria Ortiz, said in an email to The Canadian Press that he had not slept for days.\n";
        Assert.Equal("WestJet", One(text, "attacked a flight attendant").Speaker);
        Assert.Equal("Immigration, Refugees and Citizenship Canada", One(text, "reviewing the man's visa").Speaker);
        Assert.Equal(("Maria Ortiz", "an email to The Canadian Press"), (One(text, "not slept").Speaker, One(text, "not slept").Channel));
    }

    /// <summary>"A proposed class-action lawsuit filed Friday accuses …" and the "It alleges …" after it are the lawsuit's (before: no
    /// one's); "has offered customers a $25 coupon" and "who posted a video of her receipts on TikTok" are no claims (before: each
    /// one).</summary>
    [Fact]
    public void A_lawsuit_that_opens_its_sentence_and_things_offered_or_posted()
    {
        const string text = "Bread lawsuit\n\nTORONTO — A proposed class-action lawsuit filed Friday accuses three bakeries of fixing the price of bread "
                            + "for a decade.\n\nThe suit, filed in Federal Court, names Canada Bread, Weston Foods and Dempster's. It alleges the companies "
                            + "\"agreed to raise prices together.\"\n\nWeston Foods has offered customers a $25 coupon. One shopper, who posted a video of her "
                            + "receipts on TikTok, said she paid twice as much as in 2015.\n";
        Assert.Equal("proposed class-action lawsuit", One(text, "fixing the price").Speaker);
        Assert.Equal("proposed class-action lawsuit", One(text, "raise prices together").Speaker);
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("coupon", StringComparison.Ordinal) || a.Content.Text.Contains("receipts", StringComparison.Ordinal));
        Assert.Equal("One shopper", One(text, "twice as much").Speaker);
    }

    /// <summary>"said during a debate about a new shelter that …" has the words from "that" (before: "about a new shelter that …");
    /// "handed fresh ammunition to residents who say …" is the residents' (before: the councillor of the sentence before).</summary>
    [Fact]
    public void What_a_debate_was_about_and_people_who_say_after_to()
    {
        const string text = "Shelter\n\nTHUNDER BAY, Ont. — Councillor Dan Brisco said during a debate about a new shelter that the neighbourhood would "
                            + "\"never be safe again.\"\n\nThe vote handed fresh ammunition to residents who say the shelter is in the wrong place. Mayor Ann "
                            + "Lee said she would not change her mind.\n";
        Assert.StartsWith("that the neighbourhood", One(text, "never be safe").Content.Text, StringComparison.Ordinal);
        Assert.Equal("residents", One(text, "wrong place").Speaker);
    }

    /// <summary>"Alberta teachers have rejected the … offer and will hold a strike vote next month, the Alberta Teachers' Association
    /// announced Wednesday" is the association's announcement (before: the teachers' "have rejected", its words running into the
    /// association's name); "…, which he called “…”" is no remark of its own (before: "called" with the words before it); "The family of
    /// an 81-year-old man who died …" is his family, as the story then names him (before: "family of an 81").</summary>
    [Fact]
    public void A_body_signing_its_sentence_a_label_inside_a_remark_and_a_family_of_a_described_man()
    {
        const string text = "Teachers reject offer, strike vote set\n\nEDMONTON — Alberta teachers have rejected the province's latest contract offer "
                            + "and will hold a strike vote next month, the Alberta Teachers' Association announced Wednesday.\n\n"
                            + "ATA president Jason Schilling said the offer did nothing to address class sizes, which he called \"the single biggest problem "
                            + "in our schools.\"\n\nThe family of an 81-year-old man who died in a hallway at the Royal Alexandra Hospital is calling for "
                            + "a public inquiry. Walter Gale's daughter, Anne Gale, said he waited 19 hours for a bed.\n";
        var vote = One(text, "strike vote");
        Assert.Equal("Alberta Teachers' Association", vote.Speaker);
        Assert.StartsWith("Alberta teachers have rejected", vote.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Association", vote.Content.Text, StringComparison.Ordinal);
        var classes = AttributionExtractor.Extract(text).Where(a => a.Content.Text.Contains("class sizes", StringComparison.Ordinal)).ToList();
        Assert.Equal("said", Assert.Single(classes).Cue.Text);
        Assert.Equal("Walter Gale’s family", One(text, "public inquiry").Speaker);
        // ("told a board meeting Thursday that …": the meeting is the channel (before: none).)
        const string board = "Transit\n\nTORONTO — Metrolinx CEO Phil Verster told a board meeting Thursday that there were still \"hundreds\" of issues to fix.\n";
        Assert.Equal(("Phil Verster", "a board meeting"), (One(board, "issues to fix").Speaker, One(board, "issues to fix").Channel));
    }

    /// <summary>"Manitoba will cover insulin pumps for adults, the province announced Thursday" is the government of the province the
    /// sentence names (before: "province"); "The province estimates about 2,000 adults …" has "about 2,000" in its words, not its cue.</summary>
    [Fact]
    public void The_province_its_sentence_names_and_an_estimate_of_about()
    {
        const string text = "Pumps\n\nWINNIPEG — Manitoba will cover insulin pumps for adults of all ages, the province announced Thursday.\n\n"
                            + "Until now, the program only covered children. The province estimates about 2,000 adults will be eligible.\n";
        Assert.Equal("Government of Manitoba", One(text, "insulin pumps").Speaker);
        var estimate = One(text, "will be eligible");
        Assert.Equal("estimates", estimate.Cue.Text);
        Assert.StartsWith("about 2,000", estimate.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>An unnamed witness: "The nurse, whose name is protected by a publication ban, testified that Daniel Ross, 29, was
    /// vomiting …. “…,” she said" is the nurse (before: "she", the man named since blocking her), and "Under questioning from coroner's
    /// counsel Maureen Addie, the nurse said …" is the nurse (before: the counsel, named last).</summary>
    [Fact]
    public void An_unnamed_witness_after_a_man_and_a_lawyer_are_named()
    {
        const string text = "Inquest\n\nKINGSTON, Ont. — A nurse who treated an inmate at Millhaven Institution told a coroner's inquest Tuesday that "
                            + "she asked for him to be sent to hospital.\n\nThe nurse, whose name is protected by a publication ban, testified that Daniel "
                            + "Ross, 29, was vomiting and could barely stand.\n\n\"I said he needed to go out. I was told to monitor him,\" she said.\n\n"
                            + "Under questioning from coroner's counsel Maureen Addie, the nurse said she did not know who made the decision.\n";
        Assert.Equal("nurse", One(text, "monitor him").Speaker);
        Assert.Equal("nurse", One(text, "who made the decision").Speaker);
    }

    /// <summary>"The RCMP officer who was in charge during the first hours of the 2020 Nova Scotia mass shooting told the inquiry …" is
    /// the officer, whom the next paragraph names (before: "Nova Scotia mass shooting", the words at the end of his long "who" clause).</summary>
    [Fact]
    public void A_described_person_with_a_long_who_clause()
    {
        const string text = "Inquiry\n\nHALIFAX — The RCMP officer who was in charge during the first hours of the 2020 Nova Scotia mass shooting told "
                            + "the inquiry Tuesday that he did not know the gunman was driving a replica police car until the next morning.\n\n"
                            + "Staff Sgt. Brian Rehill said he was \"overwhelmed\" with calls and radio traffic that night.\n";
        Assert.Equal("Brian Rehill", One(text, "replica police car").Speaker);
    }

    /// <summary>A surname that is also a month: "Green Party Leader Elizabeth May says …" and "British Prime Minister Theresa May said …"
    /// are Elizabeth May and Theresa May, their titles in the role (before: "Green Party Leader Elizabeth", the tagger reading "May says"
    /// as the cue or leaving "May" out); "In May Trudeau said …" is Trudeau (before: "May Trudeau").</summary>
    [Fact]
    public void A_surname_that_is_a_month()
    {
        const string text = "Budget\n\nOTTAWA — Green Party Leader Elizabeth May says the federal budget ignores the climate crisis.\n\n"
                            + "British Prime Minister Theresa May said this week that the country would formally declare its intention to leave.\n\n"
                            + "In May Trudeau said the tariffs would be lifted by summer.\n";
        var green = One(text, "climate crisis");
        Assert.Equal(("Elizabeth May", "Green Party leader", "says"), (green.Speaker, green.SpeakerRole, green.Cue.Text));
        var british = One(text, "formally declare");
        Assert.Equal(("Theresa May", "British prime minister", "said"), (british.Speaker, british.SpeakerRole, british.Cue.Text));
        Assert.Equal("Trudeau", One(text, "tariffs").Speaker);
    }

    /// <summary>A body whose name has "and" in it, or ends in "Corp.": "…, Canada Mortgage and Housing Corp. said Friday" is the
    /// corporation's remark (before: no claim at all, the rules stopping at the abbreviation's point and at "and"), and "the Bank of
    /// Canada's governor, Tiff Macklem" has the bank's office as his role (before: none).</summary>
    [Fact]
    public void A_body_with_and_in_its_name_and_an_office_of_a_body_with_of_in_its_name()
    {
        const string text = "Starts\n\nVANCOUVER — Housing starts in Metro Vancouver fell 18 per cent in October from a year earlier, Canada Mortgage "
                            + "and Housing Corp. said Friday.\n\nSales fell in October as well, the Canada Mortgage and Housing Corporation said.\n\n"
                            + "The Bank of Canada's governor, Tiff Macklem, told a parliamentary committee Thursday that shelter costs remain high.\n";
        Assert.Equal("Canada Mortgage and Housing Corp.", One(text, "fell 18 per cent").Speaker);
        Assert.Equal("Canada Mortgage and Housing Corporation", One(text, "Sales fell").Speaker);
        var macklem = One(text, "shelter costs");
        Assert.Equal(("Tiff Macklem", "Bank of Canada's governor"), (macklem.Speaker, macklem.SpeakerRole));
    }

    /// <summary>Court copy: "A former officer who assaulted a man in custody should spend eight years in prison, a Crown prosecutor told
    /// court Monday" is the prosecutor's, the whole clause before the comma (before: the officer's, with the words "a man in custody
    /// should spend eight years"); "Crown attorney Daniel Chaput said Jason Kovacs, 41, showed “no remorse” …" is Chaput's (before:
    /// Kovacs "showed"); "Its medical officer of health, Dr. Rebecca Comley" has that office as her role (before: none); and "said
    /// incident commander Landon Shepherd at a briefing" ends the source at his name.</summary>
    [Fact]
    public void A_prosecutor_set_off_after_the_words_and_a_defendant_who_showed_no_remorse()
    {
        const string text = "Sentence\n\nWINNIPEG — A former Winnipeg police officer who assaulted a man in custody should spend eight years in "
                            + "prison, a Crown prosecutor told court Monday.\n\nCrown attorney Daniel Chaput said Jason Kovacs, 41, showed \"no remorse\" "
                            + "for the 2021 beating, which left the victim with a fractured skull.\n\nThe Grand Erie Public Health unit said 12 of the "
                            + "cases required a hospital visit. Its medical officer of health, Dr. Rebecca Comley, said the unit had run 15 clinics.\n\n"
                            + "\"This is a very dynamic situation,\" said incident commander Landon Shepherd at a briefing Tuesday morning.\n";
        var lede = One(text, "eight years");
        Assert.StartsWith("A former Winnipeg police officer who assaulted", lede.Content.Text, StringComparison.Ordinal);
        Assert.Equal("told", lede.Cue.Text);
        Assert.DoesNotContain("officer", lede.Speaker, StringComparison.Ordinal);
        var remorse = One(text, "no remorse");
        Assert.Equal(("Daniel Chaput", "said"), (remorse.Speaker, remorse.Cue.Text));
        Assert.StartsWith("Jason Kovacs", remorse.Content.Text, StringComparison.Ordinal);
        var comley = One(text, "15 clinics");
        Assert.Equal(("Rebecca Comley", "medical officer of health"), (comley.Speaker, comley.SpeakerRole));
        Assert.Equal("incident commander Landon Shepherd", One(text, "dynamic situation").Source.Text);
    }

    /// <summary>Police copy: "IHIT spokesperson Sgt. Timothy Pierotti said investigators believe the shooting was targeted but that the
    /// victim, Arjun Sandhu, was not the intended target" is one remark of Pierotti's, whole, with "IHIT spokesperson" as his role (before:
    /// the words cut at "the victim", a second claim of the investigators', and "sergeant"); "A witness who lives nearby, Gurpreet Gill,
    /// told CBC News …" is Gill (before: "witness").</summary>
    [Fact]
    public void A_name_set_off_inside_the_words_and_after_a_described_witness()
    {
        const string text = "Shooting\n\nSURREY, B.C. — IHIT spokesperson Sgt. Timothy Pierotti said investigators believe the shooting was targeted "
                            + "but that the victim, Arjun Sandhu, was not the intended target.\n\nA witness who lives nearby, Gurpreet Gill, told CBC News "
                            + "she heard at least six shots.\n";
        var target = Assert.Single(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("intended target", StringComparison.Ordinal));
        Assert.Equal(("Timothy Pierotti", "IHIT spokesperson", "said"), (target.Speaker, target.SpeakerRole, target.Cue.Text));
        Assert.StartsWith("investigators believe the shooting", target.Content.Text, StringComparison.Ordinal);
        Assert.Equal(("Gurpreet Gill", "CBC News"), (One(text, "six shots").Speaker, One(text, "six shots").Channel));
    }

    /// <summary>"The survey of 3,200 teachers found …" after "…, according to a survey released Tuesday by the Nova Scotia Teachers
    /// Union" is the union's, via its survey (before: "survey of 3", the name cut at the thousands separator).</summary>
    [Fact]
    public void A_survey_whose_maker_an_earlier_channel_names()
    {
        const string text = "Survey\n\nHALIFAX — Nearly half of Nova Scotia teachers say they were assaulted by a student last year, according to a survey "
                            + "released Tuesday by the Nova Scotia Teachers Union.\n\nThe survey of 3,200 teachers found 71 per cent had been threatened.\n\n"
                            + "A poll of 1,500 Canadians found 48 per cent support the plan.\n";
        var found = One(text, "71 per cent");
        Assert.Equal(("Nova Scotia Teachers Union", "a survey"), (found.Speaker, found.Channel));
        Assert.Equal("poll of 1,500 Canadians", One(text, "48 per cent").Speaker);
    }

    /// <summary>"Ontario's Health Minister Sylvia Jones said …" has "Ontario's health minister" as her role (before: "health minister",
    /// the province dropped).</summary>
    [Fact]
    public void An_office_whose_place_is_written_in_the_possessive()
    {
        const string text = "Nurses\n\nTORONTO — Ontario's Health Minister Sylvia Jones said the plan would add 3,000 nurses.\n\n"
                            + "Alberta's Environment Minister Rebecca Schulz said the province was ready to help if asked.\n";
        Assert.Equal(("Sylvia Jones", "Ontario's health minister"), (One(text, "3,000 nurses").Speaker, One(text, "3,000 nurses").SpeakerRole));
        Assert.Equal("Alberta's environment minister", One(text, "ready to help").SpeakerRole);
    }

    /// <summary>"Environmental group Équiterre said …" is Équiterre, whose name opens with an accented capital (before: "Environmental
    /// group Équiterre"), and "Émile Boisseau-Bouvier, the group's climate policy analyst" is Équiterre's analyst ("climate policy analyst at Équiterre"; before: Hydro-Québec's,
    /// the body that spoke before it); "the group's spokesperson" after "A group of tenants … said" is no earlier body's.</summary>
    [Fact]
    public void A_group_whose_name_opens_with_an_accent_and_whose_analyst_is_not_the_utilitys()
    {
        const string text = "Rates\n\nMONTREAL — Hydro-Québec says rates could rise faster than inflation.\n\nEnvironmental group Équiterre said the "
                            + "utility should focus on efficiency first. \"The cheapest electron is the one we don't use,\" said Émile Boisseau-Bouvier, the "
                            + "group's climate policy analyst.\n\nA group of tenants in Longueuil said rents would follow. \"We cannot pay more,\" said "
                            + "Marie Roy, the group's spokesperson.\n";
        Assert.Equal("Équiterre", One(text, "efficiency first").Speaker);
        Assert.Equal("climate policy analyst at Équiterre", One(text, "cheapest electron").SpeakerRole);
        Assert.DoesNotContain("Hydro", One(text, "cannot pay more").SpeakerRole ?? "", StringComparison.Ordinal);
    }

    /// <summary>"Newfoundland and Labrador Premier Andrew Furey" is the premier of the whole province (before: "Labrador premier"); "told
    /// reporters on Parliament Hill he was …" has the place out of the words (before: "Parliament Hill he was …").</summary>
    [Fact]
    public void A_province_with_and_in_its_name_and_reporters_told_on_the_hill()
    {
        const string text = "Apology\n\nST. JOHN'S, N.L. — Newfoundland and Labrador Premier Andrew Furey said the province had failed the children.\n\n"
                            + "OTTAWA — Labour Minister Steven MacKinnon told reporters on Parliament Hill he was \"running out of patience\" with both sides "
                            + "but stopped short of saying he would intervene.\n";
        Assert.Equal("Newfoundland and Labrador premier", One(text, "failed the children").SpeakerRole);
        var patience = One(text, "running out of patience");
        Assert.StartsWith("he was", patience.Content.Text, StringComparison.Ordinal);
        Assert.Equal("reporters", patience.Channel);
    }

    /// <summary>"Quebec's deficit will reach a record $11 billion this year, Finance Minister Éric Girard said Tuesday as he tabled his
    /// budget" is the deficit remark (before: "he tabled his budget", what he was doing when he said it).</summary>
    [Fact]
    public void A_remark_said_on_a_day_as_something_else_was_done()
    {
        const string text = "Budget\n\nQUEBEC — Quebec's deficit will reach a record $11 billion this year, Finance Minister Éric Girard said Tuesday "
                            + "as he tabled his budget.\n";
        var deficit = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal("Éric Girard", deficit.Speaker);
        Assert.StartsWith("Quebec's deficit will reach", deficit.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"Hours later, Trump returned the compliment to Adelson, telling Reuters, “…”" is Trump's: a participle's speaker is the
    /// sentence's subject, not the one the clause before did something to (before: Adelson).</summary>
    [Fact]
    public void A_participle_after_an_object_is_the_subjects()
    {
        const string text = "Casino magnate Sheldon Adelson told Reuters he had met Trump. \"He was very charming.\"\n\nHours later, Trump returned the "
                            + "compliment to Adelson, telling Reuters, \"Sheldon and I have been friends for a long time. He is an amazing man.\"\n";
        Assert.Equal("Trump", One(text, "amazing man").Speaker);
    }

    /// <summary>"BRAMPTON, Ont. — The family of a 16-year-old girl killed in a crash … is calling on the city …" is the family the next
    /// paragraph names ("the family of Aaliyah Singh said"): the sentence after the dateline's "Ont." opens past its dash (before: no
    /// source at all), the age's hyphen is inside the family's description (before: "The family of a 16"), and a family named by whom
    /// they speak for is found (before: only a person named alone).</summary>
    [Fact]
    public void A_family_after_a_dotted_dateline_named_in_the_next_paragraph()
    {
        const string text = "Crash\n\nBRAMPTON, Ont. — The family of a 16-year-old girl killed in a crash on Bovaird Drive last week is calling on the "
                            + "city to lower the speed limit on the road.\n\nIn a statement issued through Peel Regional Police, the family of Aaliyah Singh "
                            + "said she \"lit up every room she walked into.\"\n";
        var calling = One(text, "speed limit");
        Assert.Equal("Aaliyah Singh’s family", calling.Speaker);
        Assert.StartsWith("The family of a 16-year-old girl killed", calling.Source.Text, StringComparison.Ordinal);
    }

    /// <summary>"Chief Dino Flett said in a video posted to social media Sunday that the community was …" has the words from "that" and
    /// the video on social media as its channel (before: the words opened at "to social media Sunday"); "He asked the federal government
    /// for addiction counsellors" is a request, no claim (before: a claim of Flett's).</summary>
    [Fact]
    public void A_video_posted_on_a_day_and_a_request_of_someone_for_something()
    {
        const string text = "Emergency\n\nGARDEN HILL FIRST NATION, Man. — Garden Hill Chief Dino Flett said in a video posted to social media Sunday "
                            + "that the community was \"grieving and afraid.\" He asked the federal government for addiction counsellors and more police.\n";
        var video = One(text, "grieving");
        Assert.StartsWith("that the community", video.Content.Text, StringComparison.Ordinal);
        Assert.Equal(("Dino Flett", "a video on social media"), (video.Speaker, video.Channel));
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("counsellors", StringComparison.Ordinal));
    }

    /// <summary>"The agency said …" after "Statistics Canada said …" and an economist quoted between them is Statistics Canada (before:
    /// "agency"); "The Labour Force Survey found …" is the survey by its whole name (before: "Force Survey", read as a person whose
    /// title was "Labour").</summary>
    [Fact]
    public void An_agency_after_an_economist_and_a_survey_named_like_a_portfolio()
    {
        const string text = "Jobs\n\nOTTAWA — Canada's economy added 50,000 jobs in October, Statistics Canada said Friday.\n\n\"This is a solid report,\" "
                            + "said Andrew Grantham, senior economist at CIBC Capital Markets, in a note to clients.\n\nThe agency said most of the gains were in "
                            + "part-time work.\n\nThe Labour Force Survey found wages rose 4.9 per cent from a year earlier.\n";
        Assert.Equal("Statistics Canada", One(text, "part-time work").Speaker);
        Assert.Equal("Labour Force Survey", One(text, "wages rose").Speaker);
    }

    /// <summary>"…, a move the union said it would challenge in court" after "The International Longshore and Warehouse Union Local 514
    /// said …" and "The BC Maritime Employers Association … said …" is the longshore union (before: the employers' association, the last
    /// body whose name ends in "Association").</summary>
    [Fact]
    public void The_union_is_no_employers_association()
    {
        const string text = "Ports\n\nVANCOUVER — The International Longshore and Warehouse Union Local 514 said 74 per cent of members voted in favour.\n\n"
                            + "The BC Maritime Employers Association, which represents terminal operators, said it was \"pleased to have reached a fair "
                            + "agreement.\"\n\nFederal Labour Minister Steven MacKinnon had ordered binding arbitration last week, a move the union said it "
                            + "would challenge in court.\n";
        Assert.Equal("International Longshore and Warehouse Union", One(text, "challenge in court").Speaker);
    }

    /// <summary>"Shared Health, which runs the hospital, said it could not comment …. In an emailed statement, a spokesperson said …" is
    /// the spokesperson for Shared Health (before: a bare "spokesperson", nobody's).</summary>
    [Fact]
    public void An_unnamed_spokesperson_after_the_body_speaks_for_it()
    {
        const string text = "Wait\n\nWINNIPEG — Shared Health, which runs the hospital, said it could not comment on individual cases. In an emailed "
                            + "statement, a spokesperson said the median wait at the emergency department was 4.5 hours last month.\n";
        var wait = One(text, "median wait");
        Assert.Equal(("spokesperson for Shared Health", "an emailed statement"), (wait.Speaker, wait.Channel));
    }

    /// <summary>"The video, filmed by a bystander and shared more than 200,000 times, shows one officer striking the man …" is what the
    /// video shows (before: "bystander and", words of the aside).</summary>
    [Fact]
    public void A_video_with_an_aside_before_what_it_shows()
    {
        const string text = "Arrest\n\nSASKATOON — The video, filmed by a bystander and shared more than 200,000 times, shows one officer striking the "
                            + "man at least four times while he is on the ground.\n";
        Assert.Equal("video", One(text, "four times").Speaker);
    }

    /// <summary>"Na-Cho Nyäk Dun Chief Dawna Hope said …" is Dawna Hope (before: "Chief Dawna", the tagger reading "Hope said" as the
    /// cue).</summary>
    [Fact]
    public void A_surname_that_is_a_verb()
    {
        const string text = "Mine\n\nWHITEHORSE — Premier Ranj Pillai said the findings were \"deeply troubling.\"\n\nNa-Cho Nyäk Dun Chief Dawna Hope "
                            + "said her First Nation had raised concerns about the heap leach facility for years. \"Nobody listened to us,\" Hope said.\n";
        var concerns = One(text, "raised concerns");
        Assert.Equal(("Dawna Hope", "said"), (concerns.Speaker, concerns.Cue.Text));
    }

    /// <summary>"The review, commissioned by the Yukon government and led by engineer Hugh McLeod, says the mine's operator, Victoria
    /// Gold, ignored warning signs for months" keeps the whole finding (before: "the mine's operator, Victoria Gold", cut at the verb
    /// after the name) and no role made of its words (before: "says the mine's operator").</summary>
    [Fact]
    public void A_finding_with_a_name_set_off_before_its_verb()
    {
        const string text = "Mine\n\nWHITEHORSE — The review, commissioned by the Yukon government and led by engineer Hugh McLeod, says the mine's "
                            + "operator, Victoria Gold, ignored warning signs for months before the June collapse.\n";
        var finding = One(text, "Victoria Gold");
        Assert.EndsWith("ignored warning signs for months before the June collapse", finding.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("says", finding.SpeakerRole ?? "", StringComparison.Ordinal);
    }

    /// <summary>"Most Albertans oppose leaving the Canada Pension Plan, a new poll suggests, even as Premier Danielle Smith's government
    /// continues to study the idea" is one remark of the poll's, the words before the cue (before: two, one of them "even as …", the
    /// other the whole sentence with the cue inside it); "in an interview with CBC's Power & Politics" is the whole programme.</summary>
    [Fact]
    public void A_poll_set_off_before_an_even_as_clause_and_a_programme_with_an_ampersand()
    {
        const string text = "Pension\n\nEDMONTON — Most Albertans oppose leaving the Canada Pension Plan, a new poll suggests, even as Premier Danielle "
                            + "Smith's government continues to study the idea.\n\nFormer federal finance minister Bill Morneau, in an interview with CBC's "
                            + "Power & Politics, called the plan \"risky and unnecessary.\"\n";
        var poll = Assert.Single(AttributionExtractor.Extract(text), a => a.Cue.Text == "suggests");
        Assert.Equal("Most Albertans oppose leaving the Canada Pension Plan", poll.Content.Text);
        Assert.Equal("CBC's Power & Politics", One(text, "risky").Channel);
    }

    /// <summary>"In a statement, Nova Scotia RCMP spokesperson Cpl. Guillaume Tremblay said …. “…,” Tremblay said." gives both cards the
    /// occupation (before: the second card said "corporal", the rank alone).</summary>
    [Fact]
    public void A_spokespersons_later_remark_keeps_the_occupation_not_the_rank()
    {
        const string text = "Charged\n\nTRURO, N.S. — In a statement, Nova Scotia RCMP spokesperson Cpl. Guillaume Tremblay said the officer had been "
                            + "placed on administrative duties. \"We take these matters very seriously,\" Tremblay said.\n";
        Assert.Equal("Nova Scotia RCMP spokesperson", One(text, "administrative duties").SpeakerRole);
        Assert.Equal("Nova Scotia RCMP spokesperson", One(text, "very seriously").SpeakerRole);
    }

    /// <summary>"In a 63-page decision released Friday, Chief Justice Christopher Hinkson wrote that …" has the decision as its channel
    /// (before: none; a page count before the document was not read as its modifier).</summary>
    [Fact]
    public void A_decision_counted_in_pages_is_the_channel()
    {
        const string text = "Ruling\n\nVANCOUVER — In a 63-page decision released Friday, Chief Justice Christopher Hinkson wrote that the law would push "
                            + "people to use drugs alone.\n";
        var ruling = One(text, "use drugs alone");
        Assert.Equal(("Christopher Hinkson", "a 63-page decision"), (ruling.Speaker, ruling.Channel));
    }

    /// <summary>"Dr. Karl Weber, managing director of the Food Packaging Forum in Zurich, who was not involved in the study, called …" is
    /// Karl Weber (before: "Zurich", the place that ends the description before the "who").</summary>
    [Fact]
    public void A_who_after_a_description_ending_in_a_place_is_the_person_named_before_it()
    {
        const string text = "Study finds microplastics in every placenta tested\n\nA new study by researchers at the University of Toronto has found "
                            + "microplastics in every one of 62 placentas tested, raising questions about the effects on fetal development.\n\nThe study, "
                            + "published Monday in the journal Environmental Health Perspectives, found particles of polyethylene in all of the samples.\n\n"
                            + "\"We were surprised by how consistent it was,\" said lead author Dr. Miriam Diamond, a professor of earth sciences. \"There was "
                            + "not a single sample without plastic.\"\n\nDiamond cautioned that the study did not show the particles cause harm, but said "
                            + "further research was urgently needed.\n\nHealth Canada said in a statement that it was reviewing the findings and that the "
                            + "levels found were \"not currently considered a health risk.\"\n\nDr. Karl Weber, managing director of the Food Packaging "
                            + "Forum in Zurich, who was not involved in the study, called the results \"alarming but not surprising.\"\n\nAccording to the "
                            + "researchers, most of the particles likely come from food packaging and drinking water.\n";
        Assert.Equal("Karl Weber", One(text, "alarming").Speaker);
    }

    /// <summary>"Crews were called to a house …, where they found a man with burns, Const. Raj Patel told reporters at police
    /// headquarters." is one remark of Patel's, the words before his name (before: a remark of "they found a man …" with his name
    /// inside it, and his words read as "at police headquarters").</summary>
    [Fact]
    public void What_officers_came_upon_is_no_finding_and_a_building_after_told_ends_the_sentence()
    {
        const string text = "Fire\n\nREGINA — Crews were called to a house on Elm Street at about 2 a.m., where they found a man with serious burns, "
                            + "Const. Raj Patel told reporters at police headquarters.\n";
        var told = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(("Raj Patel", "told"), (told.Speaker, told.Cue.Text));
        Assert.StartsWith("Crews were called to a house on Elm Street", told.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"According to Immigration, Refugees and Citizenship Canada, the backlog …" has the department whole as its source and
    /// the words after its name (before: the words began "Refugees and Citizenship Canada, …").</summary>
    [Fact]
    public void According_to_a_name_that_lists_its_words_with_commas()
    {
        const string text = "Backlog\n\nAccording to Immigration, Refugees and Citizenship Canada, the backlog of citizenship files fell by a third last year.\n";
        var according = One(text, "backlog");
        Assert.Equal("Immigration, Refugees and Citizenship Canada", according.Speaker);
        Assert.Equal("the backlog of citizenship files fell by a third last year", according.Content.Text);
    }

    /// <summary>"The grocery and pharmacy giant says" after "Metro Inc. says …" is Metro Inc. (before: "grocery and pharmacy giant").</summary>
    [Fact]
    public void A_company_described_as_a_giant_of_two_trades_is_the_company_named_before()
    {
        const string text = "Profit\n\nMONTREAL — Metro Inc. says its quarterly profit rose eight per cent as shoppers traded down to its discount stores.\n\n"
                            + "The grocery and pharmacy giant says it earned $312 million in the quarter.\n";
        Assert.Equal("Metro Inc.", One(text, "$312 million").Speaker);
    }

    /// <summary>"A petition started on Reddit last month …, its organizers said, though the company said …" gives the company's remark
    /// no channel (before: "Reddit", where the petition started).</summary>
    [Fact]
    public void Where_a_petition_started_is_no_ones_channel()
    {
        const string text = "Boycott\n\nA petition started on Reddit last month gathered 40,000 names, its organizers said, though the company said it had "
                            + "seen no drop in sales.\n";
        Assert.Null(One(text, "no drop in sales").Channel);
    }

    /// <summary>"Secularism Minister Jean Tremblay said" has the role "secularism minister", a portfolio in lower case as the others are
    /// (before: "Secularism minister").</summary>
    [Fact]
    public void A_secularism_minister_is_written_in_lower_case()
    {
        const string text = "Symbols\n\nQUEBEC — Secularism Minister Jean Tremblay said the ban would take effect in September.\n";
        Assert.Equal("secularism minister", One(text, "take effect").SpeakerRole);
    }

    /// <summary>"Justice Ana Roy of the Court of King's Bench delivered her decision Friday. In her ruling, Roy said …" has the role
    /// "justice of the Court of King's Bench" (before: "… Bench delivered her decision Friday", the sentence's verb read into the court's
    /// name); "A judge has denied bail to a man …" is no claim.</summary>
    [Fact]
    public void A_judge_named_with_her_court_and_bail_denied_is_no_claim()
    {
        const string text = "Bail\n\nREGINA — A judge has denied bail to a man charged in a downtown shooting.\n\nJustice Ana Roy of the Court of King's Bench "
                            + "delivered her decision Friday.\n\nIn her ruling, Roy said the evidence against the accused \"appears strong.\"\n";
        var attributions = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(attributions, a => a.Cue.Text.Contains("denied", StringComparison.Ordinal));
        var ruling = One(text, "appears strong");
        Assert.Equal(("Ana Roy", "justice of the Court of King's Bench"), (ruling.Speaker, ruling.SpeakerRole));
    }

    /// <summary>"The Halifax Chamber of Commerce said …. “…,” its president, Ana Silva, said." gives Silva the role "president of the
    /// Halifax Chamber of Commerce" (before: "president", for an "its" after the quotation in lower case).</summary>
    [Fact]
    public void Its_president_after_a_quotation_is_the_president_of_the_body_that_spoke()
    {
        const string text = "Budget\n\nHALIFAX — The Halifax Chamber of Commerce said the tax increase would hurt small businesses. \"This is the wrong "
                            + "budget at the wrong time,\" its president, Ana Silva, said.\n";
        var president = One(text, "wrong budget");
        Assert.Equal(("Ana Silva", "president of the Halifax Chamber of Commerce"), (president.Speaker, president.SpeakerRole));
    }

    /// <summary>"A man who has been sleeping in a tent …, and who asked that his name not be used, said …" is that man (before: the
    /// professor quoted in the paragraph before), and "Jeff Karabanow, a Dalhousie University professor who studies homelessness" has the
    /// role "Dalhousie University professor" (before: none).</summary>
    [Fact]
    public void A_described_man_with_two_who_clauses_and_a_professor_by_his_university()
    {
        const string text = "Shelters\n\nHALIFAX — Tom Reilly, a Dalhousie University professor who studies homelessness, said the shortage was "
                            + "predictable.\n\nA man who has been sleeping in a tent near the Commons, and who asked that his name not be used, said he "
                            + "had tried three shelters on Sunday.\n";
        Assert.Equal("Dalhousie University professor", One(text, "predictable").SpeakerRole);
        Assert.Equal("man", One(text, "three shelters").Speaker);
    }

    /// <summary>"A spokesperson for the U.S. Trade Representative's office told The Canadian Press …" is that spokesperson (before:
    /// "Trade Representative’s spokesperson", the office read as a person's name without "U.S.").</summary>
    [Fact]
    public void A_spokesperson_for_an_office_named_for_no_person()
    {
        const string text = "Tax\n\nOTTAWA — A spokesperson for the U.S. Trade Representative's office told The Canadian Press that Washington "
                            + "was \"reviewing all options.\"\n";
        var office = One(text, "reviewing");
        Assert.Equal(("spokesperson for the U.S. Trade Representative's office", "The Canadian Press"), (office.Speaker, office.Channel));
    }

    /// <summary>"Health Sciences North's president and CEO, Dominic Giroux, acknowledged …" has the role "president and CEO of Health
    /// Sciences North", and "Jamie West, the NDP MPP for Sudbury, said" the role "NDP MPP for Sudbury" (before: neither had a role).</summary>
    [Fact]
    public void A_bodys_office_by_its_possessive_and_a_member_by_party_and_riding()
    {
        const string text = "Hospital\n\nSUDBURY, Ont. — Health Sciences North's president and CEO, Dominic Giroux, acknowledged the hospital was under "
                            + "strain.\n\nJamie West, the NDP MPP for Sudbury, said the province had starved northern hospitals of funding.\n";
        Assert.Equal("president and CEO of Health Sciences North", One(text, "under strain").SpeakerRole);
        Assert.Equal("NDP MPP for Sudbury", One(text, "starved").SpeakerRole);
    }

    /// <summary>"The Centre for Israel and Jewish Affairs said …. Its Quebec vice-president, Eta Yudin, said …. “…,” Yudin said." gives
    /// both of Yudin's cards "Quebec vice-president of the Centre for Israel and Jewish Affairs" (before: none, a region's capital before
    /// the office); "condemned the attack on social media, writing that …" has social media as its channel (before: none).</summary>
    [Fact]
    public void Its_regional_vice_president_on_every_card_and_social_media_before_writing()
    {
        const string text = "School\n\nMONTREAL — Mayor Valérie Plante condemned the attack on social media, writing that \"hate has no place in "
                            + "Montreal.\"\n\nThe Centre for Israel and Jewish Affairs said the community was shaken. Its Quebec vice-president, Eta "
                            + "Yudin, said parents were afraid to send their children to school.\n\n\"What am I supposed to tell them?\" Yudin said.\n";
        Assert.Equal("social media", One(text, "no place").Channel);
        const string role = "Quebec vice-president of the Centre for Israel and Jewish Affairs";
        Assert.Equal(role, One(text, "afraid").SpeakerRole);
        Assert.Equal(role, One(text, "supposed to tell").SpeakerRole);
    }

    /// <summary>"… has filed a grievance against Health Sciences North, alleging chronic understaffing …" has the allegation as its words
    /// (before: "a grievance against Health Sciences North", the tagger reading "alleging" as both the cue and the words' first word).</summary>
    [Fact]
    public void The_words_of_an_allegation_open_after_alleging()
    {
        const string text = "Grievance\n\nSUDBURY, Ont. — The Ontario Nurses' Association has filed a grievance against Health Sciences North, alleging "
                            + "chronic understaffing in the hospital's emergency department.\n";
        var alleged = Assert.Single(AttributionExtractor.Extract(text), a => a.Cue.Text == "alleging");
        Assert.Equal("chronic understaffing in the hospital's emergency department", alleged.Content.Text);
    }

    /// <summary>"The former girlfriend of a man accused of killing a student told a jury Wednesday that he called her … and said he had
    /// “done something bad.”" is one remark of hers, whole (before: only "he said …", hers lost to the cue after it).</summary>
    [Fact]
    public void A_former_girlfriend_told_a_jury_what_he_said()
    {
        const string text = "Trial\n\nKINGSTON, Ont. — The former girlfriend of a man accused of killing a Queen's University student told a jury "
                            + "Wednesday that he called her the night of the killing and said he had \"done something bad.\"\n";
        var told = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal("told", told.Cue.Text);
        Assert.StartsWith("former girlfriend of a man accused of killing", told.Speaker, StringComparison.Ordinal);
        Assert.Equal("that he called her the night of the killing and said he had \"done something bad.\"", told.Content.Text);
    }

    /// <summary>"The Saskatchewan Serious Incident Response Team is investigating. In a news release, the team said …" is the response
    /// team (before: "team").</summary>
    [Fact]
    public void The_team_is_the_body_named_a_team_before()
    {
        const string text = "Custody\n\nREGINA — The Saskatchewan Serious Incident Response Team is investigating. In a news release, the team said "
                            + "it had assigned two investigators.\n";
        Assert.Equal("Saskatchewan Serious Incident Response Team", One(text, "two investigators").Speaker);
    }

    /// <summary>"“I do not drive. What am I supposed to do?” Thomas said." is Thomas's, whole (before: no remark; a quotation of two
    /// sentences ending in a question mark did not reach the cue in the sentence after its last).</summary>
    [Fact]
    public void A_quotation_ending_in_a_question_before_name_said()
    {
        const string text = "Bus\n\nSASKATOON — Brenda Thomas lost her only way to get to her dialysis appointments.\n\n\"I do not drive. What am I "
                            + "supposed to do?\" Thomas said.\n";
        var quoted = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(("Brenda Thomas", "\"I do not drive. What am I supposed to do?\""), (quoted.Speaker, quoted.Content.Text));
    }

    /// <summary>"The report's lead author, Prof. Haizhen Mou, said" has the role "professor" (before: "prof"); "Saskatchewan's Highways
    /// Minister, Kim Gartner" the role "Saskatchewan's highways minister" (before: none).</summary>
    [Fact]
    public void A_professors_title_spelled_out_and_a_highways_minister_in_lower_case()
    {
        const string text = "Transit\n\nREGINA — The report's lead author, Prof. Haizhen Mou, said the findings should be a wake-up call.\n\n"
                            + "Saskatchewan's Highways Minister, Kim Gartner, said the province funds community transportation programs.\n";
        Assert.Equal("professor", One(text, "wake-up call").SpeakerRole);
        Assert.Equal("Saskatchewan's highways minister", One(text, "community transportation").SpeakerRole);
    }

    /// <summary>"Karen Dubois, whose two children attend school in Sherwood Park, said …. Her husband, Mark, said …" is Mark Dubois
    /// (before: "Mark Park", the place read as a person whose surname he took).</summary>
    [Fact]
    public void A_place_after_in_is_no_person_a_husband_takes_the_surname_of()
    {
        const string text = "School\n\nEDMONTON — Parent Karen Dubois, whose two children attend school in Sherwood Park, said families were anxious. "
                            + "Her husband, Mark, said they had started looking at child care options.\n";
        Assert.Equal("Mark Dubois", One(text, "child care").Speaker);
    }

    /// <summary>"The central bank also signalled it expects to cut rates more gradually" after "Governor Tiff Macklem said …" is the Bank
    /// of Canada (before: Macklem, the speaker before, for the pronoun between the two cues that the tagger left untagged).</summary>
    [Fact]
    public void The_central_bank_signalling_what_it_expects()
    {
        const string text = "Rates\n\nOTTAWA — The Bank of Canada cut its key interest rate on Wednesday.\n\nGovernor Tiff Macklem said the bank "
                            + "wanted to see stronger growth.\n\nThe central bank also signalled it expects to cut rates more gradually from here.\n";
        Assert.Equal("Bank of Canada", One(text, "more gradually").Speaker);
    }

    /// <summary>"The English Montreal School Board … welcomed the news. “…,” board chair Joe Ortona said" has the role "chair of the
    /// English Montreal School Board" (before: "board chair"); "U.S. President-elect Donald Trump said" the role "U.S. president-elect"
    /// (before: none, the title cut at its hyphen).</summary>
    [Fact]
    public void A_board_chair_of_the_board_named_and_a_president_elect()
    {
        const string text = "Court\n\nOTTAWA — The English Montreal School Board welcomed the news. \"This law strips people of their rights,\" board "
                            + "chair Joe Ortona said in an interview.\n\nU.S. President-elect Donald Trump said tariffs were coming.\n";
        Assert.Equal("chair of the English Montreal School Board", One(text, "strips people").SpeakerRole);
        Assert.Equal(("Donald Trump", "U.S. president-elect"), (One(text, "tariffs").Speaker, One(text, "tariffs").SpeakerRole));
    }

    /// <summary>"The number of measles cases … has risen to 40, the Southwestern Public Health unit said Friday, and officials warn more are
    /// likely." gives the unit its remark, the words before its cue (before: only the officials'); "according to the health unit" later is
    /// that unit (before: "health unit").</summary>
    [Fact]
    public void A_lede_remark_before_another_joined_by_and_and_the_health_unit_named_before()
    {
        const string text = "Measles\n\nLONDON, Ont. — The number of measles cases in southwestern Ontario has risen to 40, the Southwestern Public "
                            + "Health unit said Friday, and officials warn more are likely.\n\nDr. Ninh Tran urged parents to check their children's "
                            + "vaccination records.\n\nMost of the cases have been in unvaccinated children, according to the health unit.\n";
        var lede = One(text, "risen to 40");
        Assert.Equal(("Southwestern Public Health unit", "said"), (lede.Speaker, lede.Cue.Text));
        Assert.Equal("The number of measles cases in southwestern Ontario has risen to 40", lede.Content.Text);
        Assert.Equal("Southwestern Public Health unit", One(text, "unvaccinated").Speaker);
    }

    /// <summary>"KYIV, Ukraine (AP) — Russia launched more than 90 drones …, officials said Sunday, killing at least four people …" is
    /// one remark of the officials', the whole sentence (before: only "killing at least four people …", the participle after the cue);
    /// "The territory's Community and Government Services Minister, David Joanasie" is "territory's community and government services
    /// minister" (before: none); "Nunavut declares emergency" is no claim.</summary>
    [Fact]
    public void A_participle_after_the_cue_runs_on_and_a_territorys_minister()
    {
        const string text = "Strikes\n\nKYIV, Ukraine (AP) — Russia launched more than 90 drones and a dozen missiles at Ukraine overnight, officials "
                            + "said Sunday, killing at least four people and knocking out power to hundreds of thousands of homes.\n\nPresident Volodymyr "
                            + "Zelenskyy said in his nightly address that partners must speed up deliveries of air defence.\n";
        var lede = One(text, "90 drones");
        Assert.Equal("officials", lede.Speaker);
        Assert.StartsWith("Russia launched", lede.Content.Text, StringComparison.Ordinal);
        Assert.EndsWith("hundreds of thousands of homes", lede.Content.Text, StringComparison.Ordinal);
        const string water = "Nunavut declares emergency over water shortage\n\nIQALUIT, Nunavut — The territory's Community and Government Services "
                             + "Minister, David Joanasie, said the Government of Nunavut would help the city pay for pumping water.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(water), a => a.Cue.Text.Contains("declares", StringComparison.Ordinal));
        Assert.Equal("territory's community and government services minister", One(water, "pumping water").SpeakerRole);
    }

    /// <summary>"One first officer based in Vancouver, who spoke on condition he not be named because he was not authorized to speak to the
    /// media, said …" is that first officer, as "One official" is written (before: "he was not authorized to speak to the media", words
    /// of the clause).</summary>
    [Fact]
    public void An_unnamed_pilot_described_by_where_he_is_based()
    {
        const string text = "Pilots\n\nMONTREAL — Air Canada pilots have voted to ratify a new contract, the union said Saturday.\n\nOne first officer "
                            + "based in Vancouver, who spoke on condition he not be named because he was not authorized to speak to the media, said many "
                            + "younger pilots had voted against the deal.\n";
        Assert.Equal("One first officer based in Vancouver", One(text, "younger pilots").Speaker);
    }

    /// <summary>"Justice Maria Carroccia has told jurors the trial could last eight weeks" has the words after whom she told (before:
    /// "jurors the trial …"); "A friend of the woman at the centre of the trial testified that …" is the friend, whole.</summary>
    [Fact]
    public void Whom_a_judge_told_and_a_friend_of_someone_testified()
    {
        const string text = "Trial\n\nLONDON, Ont. — A friend of the woman at the centre of the Hockey Canada sexual assault trial testified Tuesday that "
                            + "she seemed \"really out of it\" that night.\n\nJustice Maria Carroccia has told jurors the trial could last eight weeks.\n";
        var told = One(text, "eight weeks");
        Assert.Equal(("the trial could last eight weeks", "jurors"), (told.Content.Text, told.Channel));
        Assert.EndsWith("sexual assault trial", One(text, "out of it").Speaker, StringComparison.Ordinal);
    }

    /// <summary>"Grain Growers of Canada chair Andre Harpe said" is Andre Harpe, "Grain Growers of Canada chair" (before: "Grain
    /// Growers", a body's plural occupation read as a person's name); "association spokesperson Sunny Sidhu" after the association spoke
    /// is "spokesperson for the BC Maritime Employers Association" (before: "spokesperson of …").</summary>
    [Fact]
    public void A_body_named_for_growers_and_a_spokesperson_for_an_association()
    {
        const string text = "Port\n\nVANCOUVER — The BC Maritime Employers Association said the union had rejected a generous offer. \"We've put "
                            + "everything we can on the table,\" association spokesperson Sunny Sidhu told reporters.\n\nGrain Growers of Canada chair "
                            + "Andre Harpe said some exporters had already lost contracts.\n";
        Assert.Equal(("Andre Harpe", "Grain Growers of Canada chair"), (One(text, "lost contracts").Speaker, One(text, "lost contracts").SpeakerRole));
        Assert.Equal("spokesperson for the BC Maritime Employers Association", One(text, "on the table").SpeakerRole);
    }

    /// <summary>"…, Nova Scotia's police watchdog said Wednesday." before "The Serious Incident Response Team said …" is that team
    /// (before: "Nova Scotia's police watchdog"); "The man who was arrested, 28-year-old Jamal Ward, told CBC News …" is Jamal Ward
    /// (before: "man", the age before the name hiding it).</summary>
    [Fact]
    public void A_watchdog_named_next_and_a_name_set_off_with_its_age()
    {
        const string text = "Charged\n\nHALIFAX — A Halifax Regional Police officer has been charged with assault, Nova Scotia's police watchdog said "
                            + "Wednesday.\n\nThe Serious Incident Response Team said in a news release that the officer will appear in court in March.\n\n"
                            + "The man who was arrested, 28-year-old Jamal Ward, told CBC News he still has headaches.\n";
        Assert.Equal("Serious Incident Response Team", One(text, "charged with assault").Speaker);
        Assert.Equal("Jamal Ward", One(text, "headaches").Speaker);
    }

    /// <summary>"Asked what kept her going, Lindhout paused. Then: “Hope. Just stubborn hope.”" is Lindhout's, the person her paragraph
    /// names (before: her mother's, the speaker of the paragraph before); "For 16 months, her family did not know whether she was alive"
    /// is no claim.</summary>
    [Fact]
    public void A_quotation_after_a_colon_is_the_person_its_paragraph_names()
    {
        const string text = "Captivity\n\nOTTAWA — For 16 months, Amanda Lindhout's family did not know whether she was alive.\n\nHer mother, Lorinda "
                            + "Stewart, admitted the family had considered selling their home. \"We would have done anything,\" Stewart said.\n\nAsked what "
                            + "kept her going, Lindhout paused. Then: \"Hope. Just stubborn hope.\"\n";
        Assert.Equal("Amanda Lindhout", One(text, "stubborn hope").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("whether she was alive", StringComparison.Ordinal));
    }

    /// <summary>"…, the agency confirmed Monday" in the sentence that names the Toronto Transit Commission is that commission (before:
    /// "agency"); "said in an email to CBC Toronto." has the channel without the sentence's full stop (before: "an email to CBC
    /// Toronto.").</summary>
    [Fact]
    public void A_commission_called_the_agency_and_an_email_to_an_outlet()
    {
        const string text = "Transit\n\nThe Toronto Transit Commission will cut service on four bus routes next month, the agency confirmed Monday.\n\n"
                            + "\"Nobody loses a route,\" spokesperson Daniel Ortiz said in an email to CBC Toronto. \"We are matching buses to riders.\"\n";
        Assert.Equal("Toronto Transit Commission", One(text, "four bus routes").Speaker);
        Assert.Equal("an email to CBC Toronto", One(text, "Nobody loses").Channel);
    }

    /// <summary>"…, saying Kyle Brandt, 24, showed “a complete disregard for human life”" is the judge's remark, whole (before: the
    /// judge's cue "showed", the words only the quotation); the judge says it, not Brandt.</summary>
    [Fact]
    public void A_finding_about_someone_inside_what_a_judge_said()
    {
        const string text = "Sentenced\n\nJustice Helen Ostrowski handed down the sentence Tuesday, saying Kyle Brandt, 24, showed \"a complete "
                            + "disregard for human life.\"\n";
        var said = One(text, "disregard");
        Assert.Equal(("Helen Ostrowski", "saying"), (said.Speaker, said.Cue.Text));
        Assert.StartsWith("Kyle Brandt, 24, showed", said.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"“…,” Hunter said" of Dave Hunter has his role as the article gave it, not "hunter" (a surname that is a word of work);
    /// the same for "Cook" and "King".</summary>
    [Fact]
    public void A_surname_that_is_an_occupation_is_no_role()
    {
        const string text = "Fans\n\nLongtime season-ticket holder Dave Hunter said he worried about the last years of the deal.\n\n\"He's great now,\" "
                            + "Hunter said.\n";
        Assert.All(AttributionExtractor.Extract(text), a => Assert.Equal("longtime season-ticket holder", a.SpeakerRole));
    }

    /// <summary>"The Fédération autonome de l'enseignement says …. In a complaint filed Tuesday, the union alleges …" is the
    /// Fédération (before: "Union", read from "Union president Mélanie Hubert" after it), and its president is "president of" it.</summary>
    [Fact]
    public void A_quebec_union_by_its_french_name_is_the_union()
    {
        const string text = "Teachers\n\nMONTREAL — The Fédération autonome de l'enseignement says violence against teachers has reached \"a "
                            + "breaking point.\"\n\nIn a complaint filed Tuesday, the union alleges the province has failed to protect its members.\n\n"
                            + "Union president Mélanie Hubert said teachers are being punched and bitten.\n";
        Assert.Equal("Fédération autonome de l'enseignement", One(text, "failed to protect").Speaker);
        Assert.Equal("president of the Fédération autonome de l'enseignement", One(text, "punched").SpeakerRole);
    }

    /// <summary>"A neighbour, who asked not to be named, told CBC News she heard shouting around 2:30 a.m." is the neighbour's remark,
    /// whole (before: none; the colon of the time was read as one opening a quotation, "30 a.m.").</summary>
    [Fact]
    public void The_colon_of_a_time_opens_no_quotation()
    {
        const string text = "Death\n\nPolice were called to the house at 3 a.m.\n\nA neighbour, who asked not to be named for fear of reprisal, told "
                            + "CBC News she heard shouting around 2:30 a.m.\n";
        var told = One(text, "shouting");
        Assert.Equal(("she heard shouting around 2:30 a.m.", "CBC News"), (told.Content.Text, told.Channel));
        Assert.Contains("neighbour", told.Speaker, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"The West Kelowna fire chief, Jason Brolund, said …" has the role "West Kelowna fire chief" (before: none).</summary>
    [Fact]
    public void A_place_before_a_description_set_off_before_a_name()
    {
        const string text = "Fires\n\nCrews are exhausted.\n\nThe Penticton fire chief, Jason Brolund, said his department had not yet recovered.\n";
        Assert.Equal(("Jason Brolund", "Penticton fire chief"), (One(text, "recovered").Speaker, One(text, "recovered").SpeakerRole));
    }

    /// <summary>"The Independent Investigation Unit of Manitoba said Wednesday the officer, a 12-year member of the Winnipeg Police
    /// Service, is due in court in February." has those words, whole (before: "of the Winnipeg Police Service").</summary>
    [Fact]
    public void Words_with_a_description_set_off_inside_them_are_whole()
    {
        const string text = "Charged\n\nThe Independent Investigation Unit of Manitoba said Wednesday the officer, a 12-year member of the Brandon "
                            + "Police Service, is due in court in February.\n";
        Assert.Equal("the officer, a 12-year member of the Brandon Police Service, is due in court in February", One(text, "due in court").Content.Text);
    }

    /// <summary>"Most economists had expected the hold. Tara Nguyen, head of rates strategy at Northbank, wrote in a note to clients
    /// that …" is Nguyen's remark (before: none; the expectation's words ran on over her whole sentence).</summary>
    [Fact]
    public void A_note_to_clients_after_an_expectation()
    {
        const string text = "Rates\n\nOTTAWA — The Bank of Canada kept its key interest rate unchanged.\n\nMost economists had expected the hold. Tara "
                            + "Nguyen, head of rates strategy at Northbank, wrote in a note to clients that the bar for another cut \"is now higher.\"\n";
        var note = One(text, "the bar for another cut");
        Assert.Equal(("Tara Nguyen", "a note to clients"), (note.Speaker, note.Channel));
        Assert.StartsWith("that the bar", note.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.StartsWith("the hold", StringComparison.Ordinal));
    }

    /// <summary>"…, according to a memo obtained by CBC News. The memo, sent to college presidents by the Ministry of Colleges and
    /// Universities on Friday, says …" is the ministry twice, via the memo (before: "CBC News", which only obtained it, then
    /// "memo").</summary>
    [Fact]
    public void A_memo_an_outlet_obtained_is_the_body_that_sent_it()
    {
        const string text = "Permits\n\nTORONTO — Ontario colleges will face another cut to international students next year, according to a memo "
                            + "obtained by CBC News.\n\nThe memo, sent to college presidents by the Ministry of Colleges and Universities on Friday, says "
                            + "the allocation will fall by 15 per cent.\n";
        var first = One(text, "another cut");
        Assert.Equal(("Ministry of Colleges and Universities", "a memo obtained by CBC News"), (first.Speaker, first.Channel));
        Assert.Equal(("Ministry of Colleges and Universities", "a memo"), (One(text, "15 per cent").Speaker, One(text, "15 per cent").Channel));
    }

    /// <summary>"The Saskatchewan Serious Incident Response Team confirmed it is investigating. Its executive director, Greg Brkich,
    /// said …" has the role "executive director of the Saskatchewan Serious Incident Response Team" (before: "executive director"); and
    /// "she said at a news conference Thursday, surrounded by relatives …" has the cue without what she was surrounded by.</summary>
    [Fact]
    public void Its_director_after_a_team_and_a_cue_before_a_comma()
    {
        const string text = "Custody\n\nREGINA — A man died in hospital two days after his arrest.\n\nThe Saskatchewan Serious Incident Response Team "
                            + "confirmed it is investigating. Its executive director, Greg Brkich, said investigators have interviewed the officers.\n\n"
                            + "His sister, Shayla Bighead, spoke outside the courthouse. \"We were told he had a medical emergency,\" she said at a news "
                            + "conference Thursday, surrounded by relatives holding his photo.\n";
        Assert.Equal("executive director of the Saskatchewan Serious Incident Response Team", One(text, "interviewed the officers").SpeakerRole);
        Assert.Equal("said at a news conference Thursday", One(text, "medical emergency").Cue.Text);
    }

    /// <summary>"British Columbia will end its … pilot project three months early, Health Minister Josie Osborne announced Tuesday,
    /// citing concerns about public drug use." is her announcement, whole (before: "its drug decriminalization pilot project" with the
    /// cue "citing concerns about").</summary>
    [Fact]
    public void A_clause_announced_before_a_minister_and_a_reason_after()
    {
        const string text = "Pilot\n\nVICTORIA — Manitoba will end its drug decriminalization pilot project three months early, Health Minister Dana "
                            + "Olsen announced Tuesday, citing concerns about public drug use.\n";
        var announced = One(text, "three months early");
        Assert.Equal(("Dana Olsen", "Manitoba will end its drug decriminalization pilot project three months early"), (announced.Speaker, announced.Content.Text));
        Assert.StartsWith("announced", announced.Cue.Text, StringComparison.Ordinal);
    }

    /// <summary>"…, telling reporters at city hall it was “the right call …”" has the words from "it" and the channel "reporters"
    /// (before: "at city hall it was …", no channel); "told Sen. Ana Ruiz" gives no channel "Sen".</summary>
    [Fact]
    public void Telling_reporters_at_city_hall()
    {
        const string text = "Decision\n\nMayor Ken Sato welcomed the decision, telling reporters at city hall it was \"the right call for our "
                            + "neighbourhoods.\"\n\nThe governor later told Sen. Ana Ruiz that he would veto the bill.\n";
        var telling = One(text, "right call");
        Assert.Equal(("reporters", "it was \"the right call for our neighbourhoods.\""), (telling.Channel, telling.Content.Text));
        Assert.NotEqual("Sen", One(text, "veto").Channel);
    }

    /// <summary>"Small businesses that depend on the mail said the strike cost them dearly" is the businesses (before: "mail").</summary>
    [Fact]
    public void A_group_described_by_what_it_depends_on()
    {
        const string text = "Strike\n\nCanada Post and its union reached a deal Sunday.\n\nSmall businesses that depend on the mail said the strike "
                            + "cost them dearly.\n";
        Assert.Equal("Small businesses that depend on the mail", One(text, "cost them dearly").Speaker);
    }

    /// <summary>"The witness … had told police in 2019 that she saw …. At trial, she testified she did not see …" gives the testimony no
    /// channel (before: "police", carried over from the remark before).</summary>
    [Fact]
    public void Testimony_is_not_told_to_the_police_of_the_remark_before()
    {
        const string text = "Acquitted\n\nThe witness, who cannot be identified because of a publication ban, had told police in 2019 that she saw "
                            + "Greene fire the shot. At trial, she testified she did not see the shooter's face.\n";
        Assert.Equal("police", One(text, "fire the shot").Channel);
        Assert.Null(One(text, "shooter's face").Channel);
    }

    /// <summary>"The Conseil du patronat du Québec, which represents employers, warned …. Its president, Karl Blackburn, said …" has the
    /// role "president of the Conseil du patronat du Québec" (before: "president"; the French name's lower-case words hid it).</summary>
    [Fact]
    public void Its_president_after_a_body_with_a_french_name()
    {
        const string text = "Immigration\n\nThe Conseil du patronat du Québec, which represents employers, warned the rule could worsen labour "
                            + "shortages.\n\nIts president, Karl Blackburn, said in an interview that farms rely on workers who arrive without French.\n";
        Assert.Equal("president of the Conseil du patronat du Québec", One(text, "farms rely").SpeakerRole);
    }

    /// <summary>"Lorraine Campbell's granddaughter, Tessa Campbell, said …. “…,” Tessa said. … Campbell said her grandmother is
    /// recovering" is Tessa (before: Lorraine, the first of two written in full as often); of two people of one surname, the one the
    /// article has speak by the given name alone.</summary>
    [Fact]
    public void A_bare_surname_is_the_relative_who_speaks_by_her_given_name()
    {
        const string text = "Discharged\n\nWINNIPEG — Lorraine Campbell's granddaughter, Tessa Campbell, said the family only learned what happened "
                            + "from a neighbour.\n\n\"She has dementia. She didn't have her keys,\" Tessa said.\n\nShared Health said it could not comment "
                            + "on a specific patient. It said patients are discharged when it is medically appropriate and that it reviews every complaint "
                            + "a family raises with it, whatever the hour of the discharge.\n\nThe health minister called the account troubling and said "
                            + "the department had asked for a review of what happened that night at the hospital and of its rules for discharges.\n\n"
                            + "Campbell said her grandmother is now recovering at home.\n";
        Assert.Equal("Tessa Campbell", One(text, "recovering at home").Speaker);
    }

    /// <summary>"He said the cost estimate had already risen … and that residents … would pay for it" is one remark of the councillor's
    /// (before: a second claim, "cost" estimating "that residents … would pay"); "Primary and Preventative Health Services Minister
    /// Adriana LaGrange" has her whole portfolio as the role.</summary>
    [Fact]
    public void A_cost_estimate_estimates_nothing_and_a_long_portfolio()
    {
        const string text = "Arena\n\nCoun. Gerry Montpellier disagreed. He said the cost estimate had already risen from $100 million to $160 million "
                            + "and that residents in outlying wards would pay for it.\n\nPrimary and Preventative Health Services Minister Adriana LaGrange "
                            + "said in a statement that the province has recruited 200 physicians.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text == "estimate");
        Assert.Equal("primary and preventative health services minister", One(text, "200 physicians").SpeakerRole);
    }

    /// <summary>"Some restaurant owners … say new bike lanes have driven away customers, but cycling advocates say …" gives the owners'
    /// words without ", but cycling" and the advocates whole (before: "advocates"); "The lawsuit claims the home was short-staffed and
    /// that nurses' notes were altered" is both clauses (before: the second only).</summary>
    [Fact]
    public void Two_groups_in_one_sentence_and_a_lawsuit_of_two_clauses()
    {
        const string text = "Lanes\n\nBike lanes split King Street\n\nHAMILTON — Some restaurant owners on King Street say new bike lanes have driven away "
                            + "customers, but cycling advocates say the data tells a different story.\n\nThe lawsuit claims the home was chronically "
                            + "short-staffed and that nurses' notes were later altered.\n";
        Assert.Equal("new bike lanes have driven away customers", One(text, "driven away").Content.Text);
        Assert.Equal("cycling advocates", One(text, "different story").Speaker);
        Assert.Equal("the home was chronically short-staffed and that nurses' notes were later altered", One(text, "short-staffed").Content.Text);
    }

    /// <summary>"The family of a woman who died at a care home has filed a $2-million lawsuit alleging staff ignored her bedsores for
    /// weeks." is the family's allegation, via the lawsuit (before: none; "ignored" was read as the cue).</summary>
    [Fact]
    public void A_lawsuit_filed_alleging()
    {
        const string text = "Lawsuit\n\nTORONTO — The family of a woman who died at a Mississauga long-term care home has filed a $2-million lawsuit "
                            + "alleging staff ignored her bedsores for weeks.\n";
        var alleged = One(text, "bedsores");
        Assert.Equal(("alleging", "staff ignored her bedsores for weeks", "a lawsuit"), (alleged.Cue.Text, alleged.Content.Text, alleged.Channel));
        Assert.StartsWith("family of a woman", alleged.Speaker, StringComparison.Ordinal);
    }

    /// <summary>"Former Hockey Canada board member Fran Rider, who has criticized …, said" has the role "former Hockey Canada board
    /// member" (before: "Former …", the sentence's capital kept).</summary>
    [Fact]
    public void Former_before_a_body_named_in_a_role_is_in_lower_case()
    {
        const string text = "Appointment\n\nFormer Hockey Canada board member Fran Rider, who has criticized the organization, said she hoped the "
                            + "appointment marked a real change.\n";
        Assert.Equal("former Hockey Canada board member", One(text, "real change").SpeakerRole);
    }

    /// <summary>"…, a senior government official said Tuesday. The official, who spoke on background because they were not authorized to
    /// discuss internal deliberations, said …" is the unnamed official, not the minister the story names next (before: "François-
    /// Philippe Champagne"), and "who spoke on background" is no claim.</summary>
    [Fact]
    public void An_official_kept_unnamed_is_never_the_next_person_named()
    {
        const string text = "Tariffs\n\nOTTAWA — The federal government is preparing a list of U.S. goods that could face tariffs, a senior government "
                            + "official said Tuesday.\n\nThe official, who spoke on background because they were not authorized to discuss internal "
                            + "deliberations, said cabinet would review the list next week.\n\nFinance Minister Anne Leclerc told the House of Commons "
                            + "that \"all options are on the table.\"\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain("Leclerc", One(text, "review the list").Speaker, StringComparison.Ordinal);
        Assert.Contains("official", One(text, "review the list").Speaker, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, a => a.Content.Text.StartsWith("background", StringComparison.Ordinal));
    }

    /// <summary>"The National Council of Canadian Muslims said in a news release it was “alarmed” …" has the words from "it" and the
    /// channel (before: "release it was …", no channel); "Its Quebec director, Stephen Brown," in the next paragraph is the council's
    /// (before: "Quebec director"); "Marty Warren, the United Steelworkers' national director for Canada," has that role.</summary>
    [Fact]
    public void A_news_release_its_regional_director_and_a_plural_possessive()
    {
        const string text = "Mosque\n\nMONTREAL — Police are investigating after a mosque was vandalized overnight Saturday.\n\nThe National Council of "
                            + "Canadian Muslims said in a news release it was \"alarmed\" by a rise in incidents targeting mosques in Quebec.\n\nIts Quebec "
                            + "director, Stephen Brown, called on the province to fund security upgrades.\n\nMarty Warren, the United Steelworkers' national "
                            + "director for Canada, said his members are already seeing layoffs.\n";
        var release = One(text, "alarmed");
        Assert.Equal(("a news release", "it was \"alarmed\" by a rise in incidents targeting mosques in Quebec"), (release.Channel, release.Content.Text));
        Assert.Equal("Quebec director of the National Council of Canadian Muslims", One(text, "security upgrades").SpeakerRole);
        Assert.Equal("United Steelworkers' national director for Canada", One(text, "layoffs").SpeakerRole);
    }

    /// <summary>"Council has voted to reduce a planned increase to the police budget by $10 million, a move Police Chief Warren Driechel
    /// warned could mean fewer officers on patrol." gives the chief his own words (before: the council's vote, "to reduce a planned
    /// increase …").</summary>
    [Fact]
    public void A_move_a_chief_warned_could_mean()
    {
        const string text = "Budget\n\nEDMONTON — Edmonton city council has voted to reduce a planned increase to the police budget by $10 million, a "
                            + "move Police Chief Warren Driechel warned could mean fewer officers on patrol.\n\nEDMONTON — Council voted to cut the budget, a "
                            + "move the police chief warned could mean fewer officers on patrol.\n";
        var warned = AttributionExtractor.Extract(text).First(a => a.Content.Text.Contains("fewer officers", StringComparison.Ordinal));
        Assert.Equal(("Warren Driechel", "could mean fewer officers on patrol"), (warned.Speaker, warned.Content.Text));
    }

    /// <summary>"The audit, conducted by the consulting firm KPMG for the Ontario Ministry of the Solicitor General, said …" is KPMG,
    /// via the audit (before: "KPMG for the Ontario Ministry of …"); "The union's president, Rob Ashton," after "The International
    /// Longshore and Warehouse Union Canada and the BC Maritime Employers Association have …" is that union's president.</summary>
    [Fact]
    public void An_audit_made_for_a_ministry_and_a_union_named_with_its_country()
    {
        const string text = "Audit\n\nTHUNDER BAY, Ont. — An audit found serious gaps in oversight.\n\nThe audit, conducted by the consulting firm KPMG "
                            + "for the Ontario Ministry of the Solicitor General, said the board had not reviewed its complaint data.\n\nThe International "
                            + "Longshore and Warehouse Union Canada and the BC Maritime Employers Association have been without a deal since March.\n\n"
                            + "The union's president, Rob Ashton, said members were ready to work.\n";
        Assert.Equal(("KPMG", "an audit"), (One(text, "complaint data").Speaker, One(text, "complaint data").Channel));
        Assert.Equal("president of the International Longshore and Warehouse Union Canada", One(text, "ready to work").SpeakerRole);
    }

    /// <summary>"It said ambulance crews in Regina responded to an unusually high number of calls that night." is the authority's remark
    /// (before: none; "that night" was read as the words of "responded").</summary>
    [Fact]
    public void That_night_opens_no_words()
    {
        const string text = "Ambulance\n\nThe Saskatchewan Health Authority said in an emailed statement that it was sorry for the delay.\n\nIt said "
                            + "ambulance crews in Regina responded to an unusually high number of calls that night.\n";
        var said = One(text, "unusually high");
        Assert.Equal(("Saskatchewan Health Authority", "ambulance crews in Regina responded to an unusually high number of calls that night"), (said.Speaker, said.Content.Text));
    }

    /// <summary>"The Saskatchewan Government and General Employees' Union, which represents corrections workers, welcomed the news but
    /// said staffing is the bigger problem." is the union's (before: "Saskatchewan Government", the name cut at its "and").</summary>
    [Fact]
    public void A_union_whose_name_has_and_and_a_plural_possessive()
    {
        const string text = "Jail\n\nThe Saskatchewan Government and General Employees' Union, which represents corrections workers, welcomed the news "
                            + "but said staffing is the bigger problem.\n";
        Assert.Equal("Saskatchewan Government and General Employees' Union", One(text, "bigger problem").Speaker);
    }

    /// <summary>"The union representing ferry workers, the BC Ferry and Marine Workers' Union, said …" is that union (before: "union
    /// representing ferry workers" later in a story, "Marine Workers' Union" in a lede); "A statement from the office of federal
    /// Environment Minister Julie Dabrusin said …" is her office, via a statement (before: Julie Dabrusin, no channel).</summary>
    [Fact]
    public void A_union_named_after_its_description_and_a_statement_from_an_office()
    {
        const string text = "Ferries\n\nNANAIMO, B.C. — BC Ferries cancelled 40 sailings over the weekend.\n\nSpokesperson Deborah Marshall said a ship "
                            + "was taken out of service Friday. \"We know how disruptive this is,\" Marshall said.\n\nResident Tom Hoyt said he missed a "
                            + "medical appointment. \"It took me three months to get that appointment,\" he said.\n\nThe union representing ferry workers, "
                            + "the BC Ferry and Marine Workers' Union, said the company has relied too heavily on overtime.\n\nA statement from the office "
                            + "of federal Environment Minister Julie Dabrusin said the review was required.\n";
        Assert.Equal("BC Ferry and Marine Workers' Union", One(text, "overtime").Speaker);
        Assert.Equal(("Julie Dabrusin’s office", "a statement"), (One(text, "review was required").Speaker, One(text, "review was required").Channel));
    }

    /// <summary>"Dying With Dignity Canada called the changes unnecessary. Its CEO, Helen Long, said …" is the whole name and its CEO
    /// (before: "Dignity Canada"); "But Cardus, a Christian think tank, praised the move. Its senior researcher, Andrea Mrozek, said" is
    /// Cardus's (before: "senior researcher"); "Gagnon's lawyer, Me Louis Belleau," is Louis Belleau, "Gagnon's lawyer" (before: "Me
    /// Louis Belleau", role "me").</summary>
    [Fact]
    public void A_name_in_title_case_a_think_tank_and_a_quebec_lawyer()
    {
        const string text = "MAID\n\nEDMONTON — Alberta will tighten its rules.\n\nDying With Dignity Canada called the changes unnecessary. Its CEO, "
                            + "Helen Long, said in a statement that the existing safeguards are \"robust.\"\n\nBut Cardus, a Christian think tank, praised the "
                            + "move. Its senior researcher, Andrea Mrozek, said Alberta was \"showing leadership.\"\n\nGagnon's lawyer, Me Louis Belleau, said "
                            + "his client would plead not guilty.\n";
        Assert.Equal("CEO of Dying With Dignity Canada", One(text, "robust").SpeakerRole);
        Assert.Equal("senior researcher at Cardus", One(text, "showing leadership").SpeakerRole);
        Assert.Equal(("Louis Belleau", "Gagnon's lawyer"), (One(text, "not guilty").Speaker, One(text, "not guilty").SpeakerRole));
    }

    /// <summary>"…'s largest homeless shelter will close overnight …, its operator says." read as Sue Calhoun, named next as "chair of
    /// the board of the … shelter", has that role on every card (before: "operator", the body's office, on three of four).</summary>
    [Fact]
    public void A_ledes_its_operator_is_no_role_of_the_person_named_next()
    {
        const string text = "Shelter\n\nMONCTON, N.B. — Moncton's largest homeless shelter will close overnight starting next month because it can no "
                            + "longer afford night staff, its operator says.\n\nRev. Sue Calhoun, chair of the board of the Lions Centre shelter, said the "
                            + "shelter had been running a deficit since the spring.\n\n\"We've tried everything,\" Calhoun said.\n";
        Assert.All(AttributionExtractor.Extract(text).Where(a => a.Speaker == "Sue Calhoun"), a => Assert.Equal("chair of the board of the Lions Centre shelter", a.SpeakerRole));
        Assert.Equal("Sue Calhoun", One(text, "close overnight").Speaker);
    }

    /// <summary>"An Iqaluit MLA is calling for an independent inquiry into a fuel spill that contaminated part of the city's water
    /// supply" has those words whole (before: "contaminated part of …", cut at the spill's relative clause); "“…,” she said, referring
    /// to an earlier fuel contamination that left residents without safe tap water" gives no claim of the gloss; "Dr. Kate Tilleczek,
    /// who chairs the city's physician recruitment committee," is "chair of the city's physician recruitment committee".</summary>
    [Fact]
    public void An_inquiry_called_for_a_gloss_on_a_quotation_and_who_chairs()
    {
        const string text = "Spill\n\nIQALUIT, Nunavut — An Iqaluit MLA is calling for an independent inquiry into a fuel spill that contaminated "
                            + "part of the city's water supply last month.\n\n\"They told us the same thing in 2021,\" said Elisapee Johnston, a mother "
                            + "of four. \"Nobody believes them,\" she said, referring to an earlier fuel contamination that left residents without safe "
                            + "tap water for two months.\n\nDr. Kate Tilleczek, who chairs the city's physician recruitment committee, said the city is "
                            + "competing for the same small pool of doctors.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.StartsWith("an independent inquiry into a fuel spill that contaminated", One(text, "water supply").Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, a => a.Cue.Text.StartsWith("referring", StringComparison.Ordinal));
        Assert.Equal("chair of the city's physician recruitment committee", One(text, "small pool").SpeakerRole);
    }

    /// <summary>"… town councillor Barb Mitchell said residents have stopped trusting that the hospital will be open" has the whole
    /// clause as its words (before: "that the hospital will be open", the inner clause's "that" taken for the remark's).</summary>
    [Fact]
    public void A_that_inside_the_remarks_own_clause()
    {
        const string text = "ER closures\n\nIn Kipling, where the emergency room was closed for 19 days in October, town councillor Barb Mitchell said "
                            + "residents have stopped trusting that the hospital will be open.\n";
        Assert.Equal("residents have stopped trusting that the hospital will be open", One(text, "hospital will be open").Content.Text);
    }

    /// <summary>"A former member of … told a London, Ont., court Tuesday he did not see any of his teammates pressure the complainant"
    /// is what he told the court (before: the cue "did not see", the words "any of his teammates …"); "Crown prosecutor Meaghan
    /// Cunningham asked Steenbergen whether …. He said he had not." is Steenbergen's answer (before: the prosecutor's).</summary>
    [Fact]
    public void Told_a_court_with_its_place_and_the_one_asked_answers()
    {
        const string text = "Trial\n\nLONDON, Ont. — A former member of Canada's 2018 world junior hockey team told a London, Ont., court Tuesday he "
                            + "did not see any of his teammates pressure the complainant.\n\nTyler Steenbergen, who was not charged, was called as a "
                            + "witness by the Crown.\n\nCrown prosecutor Meaghan Cunningham asked Steenbergen whether he had talked with his former "
                            + "teammates about the case before testifying. He said he had not.\n";
        var court = One(text, "pressure the complainant");
        Assert.Equal(("told", "he did not see any of his teammates pressure the complainant"), (court.Cue.Text, court.Content.Text));
        Assert.Equal("Tyler Steenbergen", One(text, "he had not").Speaker);
    }

    /// <summary>"…, a step the nation's president called “a turning point for our people.”" before "Gaagwiis Jason Alsop, president of
    /// the Council of the Haida Nation, said" is Alsop's (before: the Haida Nation and the province, the sentence's subject).</summary>
    [Fact]
    public void A_step_the_nations_president_called()
    {
        const string text = "Haida title\n\nThe Haida Nation and the British Columbia government have signed an agreement recognizing Haida title to "
                            + "all of Haida Gwaii, a step the nation's president called \"a turning point for our people.\"\n\nGaagwiis Jason Alsop, "
                            + "president of the Council of the Haida Nation, said the agreement is the first of its kind in Canada.\n";
        Assert.Equal("Gaagwiis Jason Alsop", One(text, "turning point").Speaker);
    }

    /// <summary>"…, according to figures released by the Opposition NDP, and nurses say the closures are putting patients at risk" is
    /// the nurses' (before: the NDP's, via figures).</summary>
    [Fact]
    public void Nurses_say_after_a_clause_joined_by_and()
    {
        const string text = "ER closures\n\nEmergency rooms in rural Saskatchewan were closed for a combined 2,300 hours in October, according to "
                            + "figures released by the Opposition NDP, and nurses say the closures are putting patients at risk.\n";
        var nurses = One(text, "putting patients at risk");
        Assert.Equal(("nurses", null), (nurses.Speaker, nurses.Channel));
        Assert.Equal("Opposition NDP", One(text, "2,300 hours").Speaker);
    }

    /// <summary>"Judge Elizabeth Buckle said in her decision …", two remarks later "“…,” the decision says": the judge's, via the
    /// decision (before: "decision" spoke). "The Halifax Board of Police Commissioners chair, Becky Kent," is "chair of the Halifax
    /// Board of Police Commissioners" (before: no role).</summary>
    [Fact]
    public void The_decision_says_and_a_boards_chair_before_her_name()
    {
        const string text = "Acquittal\n\nJudge Elizabeth Buckle said in her decision released Thursday that the officers' accounts \"cannot be "
                            + "reconciled\" with the video.\n\nThe officers testified Downey swung at one of them.\n\nBut the video shows Downey with his "
                            + "hands raised, Buckle wrote.\n\n\"The court is left with a serious concern about the reliability of the officers' evidence,\" "
                            + "the decision says.\n\nThe Halifax Board of Police Commissioners chair, Becky Kent, said she had not yet read the ruling.\n";
        var says = One(text, "serious concern");
        Assert.Equal(("Elizabeth Buckle", "a decision"), (says.Speaker, says.Channel));
        Assert.Equal("chair of the Halifax Board of Police Commissioners", One(text, "not yet read").SpeakerRole);
    }

    /// <summary>"Metlege Diab told reporters the government wants to bring population growth “…”" has the whole clause as its words
    /// (before: "to bring population growth …", the subject read as whom she told).</summary>
    [Fact]
    public void Told_reporters_the_government_wants()
    {
        const string text = "Immigration\n\nOTTAWA — Immigration Minister Lena Metlege Diab tabled the plan Wednesday.\n\nMetlege Diab told reporters the "
                            + "government wants to bring population growth \"back in line with what our communities can absorb.\"\n";
        var told = One(text, "population growth");
        Assert.Equal(("the government wants to bring population growth \"back in line with what our communities can absorb.\"", "reporters"), (told.Content.Text, told.Channel));
    }

    /// <summary>Roles: "Portage la Prairie Mayor Sharilyn Knox" is "Portage la Prairie mayor" (before: "Portage la prairie mayor");
    /// "said Belinda Trembath, Whistler Blackcomb's vice-president and chief operating officer" is "vice-president and chief operating
    /// officer of Whistler Blackcomb" (before: none, the company's name read as a person's); "Its president, Marvin Alfred" after "The
    /// Amalgamated Transit Union Local 113" keeps the local's number; "Union national president Jan Simpson" after "The Canadian Union
    /// of Postal Workers says" is its national president. "Whistler Blackcomb will open …, the resort announced Monday" is Whistler
    /// Blackcomb's (before: "resort").</summary>
    [Fact]
    public void A_place_with_a_particle_a_resorts_officer_a_locals_number_and_a_unions_national_president()
    {
        const string text = "Openings\n\nWHISTLER, B.C. — Whistler Blackcomb will open for the season on Nov. 21, a week earlier than planned, the resort "
                            + "announced Monday.\n\n\"Mother Nature has been very generous this month,\" said Belinda Trembath, Whistler Blackcomb's "
                            + "vice-president and chief operating officer.\n\nPortage la Prairie Mayor Sharilyn Knox said the announcement was \"the best "
                            + "news this city has had in decades.\"\n\nThe Amalgamated Transit Union Local 113, which represents TTC workers, has long called "
                            + "for more security. Its president, Marvin Alfred, said operators are assaulted \"almost daily.\"\n\nThe Canadian Union of "
                            + "Postal Workers says Canada Post has refused to negotiate on wages. Union national president Jan Simpson said members \"did not "
                            + "want to be on strike at Christmas.\"\n";
        Assert.Equal("Whistler Blackcomb", One(text, "open for the season").Speaker);
        Assert.Equal("vice-president and chief operating officer of Whistler Blackcomb", One(text, "Mother Nature").SpeakerRole);
        Assert.Equal("Portage la Prairie mayor", One(text, "best news").SpeakerRole);
        Assert.Equal("president of the Amalgamated Transit Union Local 113", One(text, "almost daily").SpeakerRole);
        Assert.Equal("national president of the Canadian Union of Postal Workers", One(text, "strike at Christmas").SpeakerRole);
    }

    /// <summary>"The Department of Natural Resources said the fire is now “being held” and is not expected to grow under current
    /// conditions" has the words whole (before: "… and is", cut at the reporter's "not expected"); "The Canadian Union of Public
    /// Employees, which represents about 10,000 flight attendants at Air Canada and its discount carrier Air Canada Rouge, said …" is
    /// the union's (before: "attendants at Air Canada and …", the clause's words).</summary>
    [Fact]
    public void Words_past_an_expectation_and_a_union_before_its_which_clause()
    {
        const string text = "Updates\n\nThe Department of Natural Resources said the fire is now \"being held\" and is not expected to grow under "
                            + "current conditions.\n\nThe Canadian Union of Public Employees, which represents about 10,000 flight attendants at Air "
                            + "Canada and its discount carrier Air Canada Rouge, said 99.1 per cent of members voted against the deal.\n";
        Assert.Equal("the fire is now \"being held\" and is not expected to grow under current conditions", One(text, "being held").Content.Text);
        Assert.Equal("Canadian Union of Public Employees", One(text, "99.1 per cent").Speaker);
    }

    /// <summary>"A nurse at the Dawson City hospital, who asked not to be named because she was not authorized to speak publicly, said
    /// staff had been working double shifts" is the nurse's (before: the critic who spoke a paragraph before, the "who" read as a
    /// pronoun for him); "Jason Bilsky, the corporation's chief executive officer" after "the Yukon Hospital Corporation confirmed" is
    /// its chief executive officer.</summary>
    [Fact]
    public void An_unnamed_nurse_after_a_named_critic_and_the_corporations_officer()
    {
        const string text = "ER diversions\n\nWHITEHORSE — Patients in Dawson City are being sent to Whitehorse for emergency care, the Yukon Hospital "
                            + "Corporation confirmed Friday.\n\nJason Bilsky, the corporation's chief executive officer, said the shortage was caused by "
                            + "\"a combination of illness and vacancies.\"\n\nYukon Party health critic Brad Cathers said the government had been warned "
                            + "about staffing problems for years.\n\nA nurse at the Dawson City hospital, who asked not to be named because she was not "
                            + "authorized to speak publicly, said staff had been working double shifts for weeks.\n";
        Assert.Equal("nurse at the Dawson City hospital", One(text, "double shifts").Speaker);
        Assert.Equal("chief executive officer of the Yukon Hospital Corporation", One(text, "illness and vacancies").SpeakerRole);
    }

    /// <summary>Sports copy: "Rick Tocchet was blunt after the Vancouver Canucks fell …¶“…,” the Canucks head coach said" is Tocchet
    /// (before: "Canucks", the headline's team read as a person's name); "Quinn Hughes, who …, took the blame.¶“…,” the captain said"
    /// is Hughes (before: "captain"). A player something was done to is not the description after him.</summary>
    [Fact]
    public void A_coach_and_a_captain_described_after_the_sentence_that_names_them()
    {
        const string text = "Vancouver Canucks drop fourth straight\n\nVANCOUVER — Rick Tocchet was blunt after the Vancouver Canucks fell 5-2 to the "
                            + "Seattle Kraken on Thursday night.\n\n\"We were soft on the puck all night,\" the Canucks head coach said at Rogers Arena.\n\n"
                            + "Quinn Hughes, who played almost 27 minutes, took the blame for two of the goals.\n\n\"That's on me. I have to be better,\" the "
                            + "captain said.\n";
        Assert.Equal("Rick Tocchet", One(text, "soft on the puck").Speaker);
        Assert.Equal("Quinn Hughes", One(text, "have to be better").Speaker);
        const string done = "Recall\n\nElias Pettersson was sent home with an injury on Friday.\n\n\"We will know more on Monday,\" the coach said.\n";
        Assert.NotEqual("Elias Pettersson", One(done, "know more on Monday").Speaker);
    }

    /// <summary>"A Nanaimo man who was refused a licence for two years has won his appeal after a tribunal found the ministry …" is the
    /// tribunal's finding (before: the man's); "Ontario's energy tribunal has ordered … after it found …" is the tribunal's, once
    /// (before: "Ontario's", read twice).</summary>
    [Fact]
    public void A_finding_in_a_clause_after_the_sentences_subject_and_a_tribunal_it_stands_for()
    {
        const string text = "Appeals\n\nNANAIMO, B.C. — A Nanaimo man who was refused a licence for two years has won his appeal after a tribunal found "
                            + "the ministry \"ignored\" his medical records.\n\nTORONTO — Ontario's energy tribunal has ordered a utility to refund "
                            + "customers after it found the company overbilled them for meter readings.\n";
        Assert.Equal("tribunal", One(text, "medical records").Speaker);
        Assert.Equal("Ontario's energy tribunal", One(text, "overbilled").Speaker);
    }

    /// <summary>"Environment Canada issued heat warnings …¶“…,” the agency said in its statement" is Environment Canada's (before:
    /// "agency"); "Retail sales fell 0.4 per cent in March, the agency said, led by …", with economists and an economist quoted
    /// after Statistics Canada spoke, is Statistics Canada's, and its words are the figure (before: "agency", of "led by lower gas
    /// sales").</summary>
    [Fact]
    public void An_agency_named_by_the_sentence_before_and_a_figure_beside_a_phrase_of_what_led_it()
    {
        const string text = "Heat\n\nWINNIPEG — Environment Canada issued heat warnings for southern Manitoba on Sunday as temperatures climbed past 33 C.\n\n"
                            + "\"Check on neighbours and relatives who live alone,\" the agency said in its statement.\n";
        Assert.Equal("Environment Canada", One(text, "live alone").Speaker);
        const string sales = "Sales\n\nOTTAWA — Retail sales fell 0.8 per cent in March, Statistics Canada said Friday.\n\nAnalysts had expected a smaller "
                             + "drop. \"Consumers are clearly tightening their belts,\" said Maya Patel, an economist at TD Bank.\n\nSales at gas stations "
                             + "fell 3.1 per cent, the agency said, led by lower prices.\n";
        var figure = One(sales, "gas stations");
        Assert.Equal(("Statistics Canada", "Sales at gas stations fell 3.1 per cent"), (figure.Speaker, figure.Content.Text));
    }

    /// <summary>Roles and channels as a careful editor writes them: "speaking on CJOB's afternoon show" is the show (before: "CJOB's");
    /// "Senators goaltender Leevi Meriläinen" keeps the team's capital (before: "senators goaltender"); "Economist Lena Ward, of the University of
    /// Manitoba," is "economist at the University of Manitoba" on each card (before: "economist of", and without "the" on the second);
    /// "Its co-ordinator, …" after "represented by the Comité logement Rosemont" is that committee's (before: "co-ordinator").</summary>
    [Fact]
    public void A_radio_show_a_teams_player_an_economist_at_a_university_and_a_french_bodys_officer()
    {
        const string text = "Budget\n\nWINNIPEG — Mayor Scott Gillingham, speaking on CJOB's afternoon show, said the budget would not raise fees.\n\n"
                            + "\"We held on to every puck,\" said Senators goaltender Leevi Meriläinen.\n\nEconomist Lena Ward, of the University of Manitoba, said the "
                            + "plan was sound. The city could borrow more, she said.\n\nThe tenants were represented by the Comité logement Rosemont. Its "
                            + "co-ordinator, Paul Tremblay, said the ruling was a relief.\n";
        Assert.Equal("CJOB's afternoon show", One(text, "raise fees").Channel);
        Assert.Equal("Senators goaltender", One(text, "every puck").SpeakerRole);
        Assert.Equal(("economist at the University of Manitoba", "economist at the University of Manitoba"),
            (One(text, "plan was sound").SpeakerRole, One(text, "borrow more").SpeakerRole));
        Assert.Equal("co-ordinator of the Comité logement Rosemont", One(text, "was a relief").SpeakerRole);
    }

    /// <summary>"Crown prosecutor Ana Ruiz told the court that Devon Clarke showed “…”" is one remark (before: a second one with the cue
    /// "showed", the prosecutor's again); "Animal rights group Animal Justice renewed its call …" is an organisation's, and "…, the group's
    /// executive director" is its director (before: a person named "Animal Justice", and "group's executive director").</summary>
    [Fact]
    public void One_remark_told_the_court_and_a_group_whose_name_reads_like_a_persons()
    {
        const string court = "Sentencing\n\nEDMONTON — Crown prosecutor Ana Ruiz told the court Thursday that Devon Clarke, 27, showed \"no concern for "
                             + "anyone\" when he drove through the crowd.\n";
        Assert.Single(AttributionExtractor.Extract(court), a => a.Content.Text.Contains("no concern", StringComparison.Ordinal));
        const string group = "Rodeo\n\nCALGARY — Animal rights group Animal Justice renewed its call for an end to chuckwagon races.\n\n\"One death is "
                             + "too many,\" said Camille Labchuk, the group's executive director.\n";
        var call = One(group, "chuckwagon races");
        Assert.Equal(("Animal Justice", "organization"), (call.Speaker, call.SpeakerKind));
        Assert.Equal("executive director of Animal Justice", One(group, "too many").SpeakerRole);
    }

    /// <summary>"The Royal Winter Fair drew …. The Fair said in a statement …" is the Royal Winter Fair (before: "Fair"), as "the Post"
    /// after "the Washington Post" is; "The department said a crew was flown in on Monday" keeps "in on Monday" (before: cut at "flown").</summary>
    [Fact]
    public void A_body_by_its_short_name_and_a_verbs_particle_at_the_sentences_end()
    {
        const string text = "Fair\n\nTORONTO — The Royal Winter Fair drew a record crowd this year, organizers said.\n\nA show horse was injured on "
                            + "Saturday. The Fair said in a statement that its veterinarians \"responded within minutes.\"\n\nNatural Resources Canada said "
                            + "the lines would be repaired. The department said a crew was flown in on Monday.\n";
        Assert.Equal("Royal Winter Fair", One(text, "within minutes").Speaker);
        Assert.Equal("a crew was flown in on Monday", One(text, "crew was flown").Content.Text);
    }

    /// <summary>Police and provincial copy: "Police say …" after "Regina police said …" is Regina police (before: "Police"); "…, the
    /// province announced" under "FREDERICTON, N.B. —" is the Government of New Brunswick (before: "province"); "according to nurses who
    /// say the unit is short-staffed" is the nurses (before: the clause whole); "Sgt. Dana Roy, a spokesperson for Regina police" is that
    /// spokesperson (before: "sergeant"); "Its founder, …" after "run by the charity group Warm Hands" is Warm Hands' founder.</summary>
    [Fact]
    public void Police_a_province_under_its_dateline_commenters_who_say_and_a_groups_founder()
    {
        const string text = "Shelter\n\nFREDERICTON, N.B. — A warming centre will open in December, the province announced Thursday.\n\nRegina police "
                            + "said in a news release that a man was missing. Police say there is no sign of foul play.\n\nSgt. Dana Roy, a spokesperson "
                            + "for Regina police, said officers searched the river bank.\n\nWaits are growing, according to nurses who say the unit is "
                            + "short-staffed.\n\nThe centre is run by the charity group Warm Hands. Its founder, Ellen Marsh, said volunteers are ready.\n";
        Assert.Equal("Government of New Brunswick", One(text, "warming centre").Speaker);
        Assert.Equal("Regina police", One(text, "foul play").Speaker);
        Assert.Equal("spokesperson for Regina police", One(text, "river bank").SpeakerRole);
        Assert.Equal("nurses", One(text, "Waits are growing").Speaker);
        Assert.Equal("founder of Warm Hands", One(text, "volunteers are ready").SpeakerRole);
        const string force = "Search\n\nHALIFAX — The search ended Monday, the Halifax Regional Police said.\n\nPolice say the boy was found safe.\n";
        Assert.Equal("Halifax Regional Police", One(force, "found safe").Speaker);
    }

    /// <summary>"Home sales fell to a 20-year low, a new report says.¶The report, by the brokerage Harbour Realty, found …" is Harbour
    /// Realty's via a report (before: "new report"); "Health Minister Lena Park's office rejected that. Her press secretary, Omar Aziz,
    /// said …" is Lena Park's press secretary (before: "press secretary"); "Teammate Nick Suzuki said …. “…,” the captain said" is
    /// Suzuki (before: "captain").</summary>
    [Fact]
    public void A_lede_report_its_maker_a_ministers_press_secretary_and_the_captain_who_just_spoke()
    {
        const string text = "Sales\n\nHALIFAX — Home sales in Halifax fell to a 20-year low this fall, a new report says.\n\nThe report, by the brokerage "
                            + "Harbour Realty, found that listings rose 30 per cent.\n\nHealth Minister Lena Park's office rejected that account. Her press "
                            + "secretary, Omar Aziz, said the numbers were out of date.\n\nTeammate Nick Suzuki said the win was \"huge for the room.\"\n\n"
                            + "\"We needed that one,\" the captain said.\n";
        var lede = One(text, "20-year low");
        Assert.Equal(("Harbour Realty", "a report"), (lede.Speaker, lede.Channel));
        Assert.Equal("Lena Park’s press secretary", One(text, "out of date").SpeakerRole);
        Assert.Equal("Nick Suzuki", One(text, "needed that one").Speaker);
    }

    /// <summary>"Manitoba coroner calls for …" and "“…,” the coroner wrote" after "chief medical examiner … coroner Ruth Okafor said" are
    /// Ruth Okafor (before: "Manitoba coroner", "coroner"); "… a rink in Selkirk, a town that has complained for years that it has no arena"
    /// is Selkirk's complaint (before: the premier's); "68 per cent of members who cast ballots supported the deal, which …" is the members' (before:
    /// "cast ballots"); "according to the province" under "WINNIPEG —" is the Government of Manitoba (before: "province"); "chamber
    /// president Ian Duff" is the president of the chamber the article named (before: "president").</summary>
    [Fact]
    public void An_office_in_lower_case_a_town_described_members_who_cast_ballots_and_a_chambers_president()
    {
        const string text = "Manitoba coroner calls for helmet law after ATV deaths\n\nWINNIPEG — In a report released Monday, coroner Ruth Okafor said "
                            + "nine riders died on Manitoba trails last year.\n\n\"Most of them were not wearing a helmet,\" the coroner wrote.\n\n"
                            + "Premier Wab Kinew said Ottawa would pay for a rink in Selkirk, a town that has complained for years that it has no arena.\n\n"
                            + "The Manitoba Teachers' Society said 68 per cent of members who cast ballots supported the deal, which was reached in May.\n\nThere were 300 empty "
                            + "classrooms, according to the province.\n\nThe Selkirk Chamber of Commerce said it welcomed the rink. \"It will bring "
                            + "visitors all winter,\" chamber president Ian Duff said.\n";
        Assert.Equal("Ruth Okafor", One(text, "helmet law").Speaker);
        Assert.Equal("Ruth Okafor", One(text, "wearing a helmet").Speaker);
        Assert.Equal("Selkirk", One(text, "has no arena").Speaker);
        Assert.Equal("members", One(text, "reached in May").Speaker);
        Assert.Equal("Government of Manitoba", One(text, "300 empty").Speaker);
        Assert.Equal("president of the Selkirk Chamber of Commerce", One(text, "visitors all winter").SpeakerRole);
    }

    /// <summary>"Yellowknife residents asked to conserve water after …" is no one's claim (before: the residents'); "asking residents
    /// … to conserve water after a water main broke …" keeps "main broke …" (before: cut at "a water"); "The hospital said …" after
    /// "The City of Yellowknife is asking …" is no city (before: the City of Yellowknife); "but acknowledged wait times were long"
    /// keeps "wait" (before: "times were long"); "¶Its executive director, …" after a paragraph naming "the N.W.T.
    /// Hunters' Association" is its executive director (before: "executive director"); "Bank governor Tiff Macklem" is the governor
    /// of the Bank of Canada named before (before: "bank governor").</summary>
    [Fact]
    public void A_headlines_passive_a_clause_cut_mid_subject_a_paragraphs_body_and_a_banks_governor()
    {
        const string text = "Yellowknife residents asked to conserve water after main break\n\nYELLOWKNIFE — The City of Yellowknife is asking residents "
                            + "in the downtown core to conserve water after a water main broke early Tuesday morning.\n\nThe hospital said it could not discuss "
                            + "patients, but acknowledged wait times were long this week.\n\nThe N.W.T. Hunters' Association has asked the territory "
                            + "to delay the hunt.\n\nIts executive director, Dana Kolb, said hunters need more notice.\n\nThe Bank of Canada held its "
                            + "rate. Bank governor Tiff Macklem said inflation is easing.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Cue.Start < text.IndexOf('\n'));
        Assert.Equal("residents in the downtown core to conserve water after a water main broke early Tuesday morning", One(text, "conserve water").Content.Text);
        Assert.Equal("hospital", One(text, "discuss patients").Speaker);
        Assert.Equal("wait times were long this week", One(text, "were long").Content.Text);
        Assert.Equal("executive director of the N.W.T. Hunters' Association", One(text, "more notice").SpeakerRole);
        Assert.Equal("governor of the Bank of Canada", One(text, "inflation is easing").SpeakerRole);
    }

    /// <summary>"The authority is asking …" after "Mara Singh, president and CEO of the Moncton Airport Authority" is the authority (before:
    /// "CEO of the Moncton Airport Authority"); "…, a step the town says will cut costs" is the town's (before: "step the town"); "the
    /// company's head of Atlantic operations" after "The company said …" (read as Irving Oil) is "head of Atlantic operations at Irving
    /// Oil" (before: as written); "according to the union" after "Unifor Local 444 president …" is that local (before: "union").</summary>
    [Fact]
    public void A_body_after_its_officers_title_a_step_the_town_says_and_a_companys_head_of_operations()
    {
        const string text = "Runway\n\nMONCTON, N.B. — Mara Singh, president and CEO of the Moncton Airport Authority, said the runway will be "
                            + "extended.\n\nThe authority is asking Ottawa to pay half of the cost.\n\nRiverview will merge its fire halls, a step the "
                            + "town says will cut costs.\n\nA refinery worker was hurt on Friday. Irving Oil said in a statement that he is in stable "
                            + "condition.\n\nThe company said it was working with inspectors.\n\n\"Safety comes first,\" said Omar Haddad, the "
                            + "company's head of Atlantic operations.\n\nUnifor Local 444 president Dave Cassidy said workers are shaken.\n\nIt was "
                            + "the third injury this year, according to the union.\n";
        Assert.Equal("Moncton Airport Authority", One(text, "half of the cost").Speaker);
        Assert.Equal("town", One(text, "cut costs").Speaker);
        Assert.Equal("head of Atlantic operations at Irving Oil", One(text, "Safety comes first").SpeakerRole);
        Assert.Equal("Unifor Local 444", One(text, "third injury").Speaker);
    }

    /// <summary>"Jets fan who caught milestone puck says …" and "A Winnipeg Jets fan who caught the puck from Kyle Connor's 300th goal says
    /// …" are the fan the story names next (before: the headline whole, and Kyle Connor); "a move critics say raises questions about …"
    /// is the critics' remark with those words (before: the cue "say raises questions about" with the words before it); "“…,” the group
    /// said" after "The Regroupement des cégeps, which …, said" is that body (before: "group").</summary>
    [Fact]
    public void A_fan_described_with_who_a_move_critics_say_and_a_french_bodys_group()
    {
        const string text = "Jets fan who caught milestone puck says he'll keep it\n\nWINNIPEG — A Winnipeg Jets fan who caught the puck from Kyle "
                            + "Connor's 300th goal says he will keep it for his son.\n\nDarnell Price, 41, was sitting behind the net on Friday.\n\n"
                            + "MONTREAL — The college board has hired a former minister, a move critics say raises questions about its independence.\n\n"
                            + "The Regroupement des cégeps, which represents 48 colleges, said the cuts would hurt students. \"Programs will close,\" the "
                            + "group said in a statement.\n";
        Assert.Equal("Darnell Price", One(text, "he'll keep it").Speaker);
        Assert.Equal("Darnell Price", One(text, "for his son").Speaker);
        var move = One(text, "its independence");
        Assert.Equal(("critics", "say", "raises questions about its independence"), (move.Speaker, move.Cue.Text, move.Content.Text));
        Assert.Equal("Regroupement des cégeps", One(text, "Programs will close").Speaker);
    }

    /// <summary>"…, the company said" after "… after Marine Atlantic Ferries cancelled crossings" is that body (before: "company"), its
    /// name no person's; "Thunder Bay mayor says …" is the mayor the story names (before: the headline's words).</summary>
    [Fact]
    public void A_company_by_its_deed_and_a_headlines_mayor_of_a_two_word_place()
    {
        const string text = "Thunder Bay mayor says port upgrade is on track\n\nTHUNDER BAY, Ont. — Mayor Ken Boshcoff says the city's port upgrade "
                            + "will finish on time.\n\nTravellers were stranded on Friday after Marine Atlantic Ferries cancelled two crossings.\n\n"
                            + "The vessel was pulled from service after crews found a fault, the company said.\n";
        Assert.Equal("Ken Boshcoff", One(text, "port upgrade is on track").Speaker);
        Assert.Equal("Marine Atlantic Ferries", One(text, "found a fault").Speaker);
    }

    /// <summary>"Marty Warren, Ontario director of the United Steelworkers, said …" is a person with that role, and "Warren said" later is
    /// Marty Warren (before: no role, and "Warren" alone, the town's name); "Sault Ste. Marie Mayor Matthew Shoemaker" is the Sault Ste.
    /// Marie mayor (before: "Marie mayor").</summary>
    [Fact]
    public void A_region_before_a_role_set_off_and_a_saints_abbreviation_in_a_place()
    {
        const string text = "Steel\n\nHAMILTON, Ont. — Marty Warren, Ontario director of the United Steelworkers, said the union would fight the "
                            + "tariffs.\n\n\"We will hit back,\" Warren said.\n\nSault Ste. Marie Mayor Matthew Shoemaker said the city depends on "
                            + "the mill.\n";
        var fight = One(text, "fight the tariffs");
        Assert.Equal(("Marty Warren", "Ontario director of the United Steelworkers"), (fight.Speaker, fight.SpeakerRole));
        Assert.Equal("Marty Warren", One(text, "hit back").Speaker);
        Assert.Equal("Sault Ste. Marie mayor", One(text, "depends on the mill").SpeakerRole);
    }

    /// <summary>"Two men who say they were refused a room … are asking the city …" ends the men's remark before "are asking" (before: it
    /// ran on); "Omar Reyes and his brother Luis Reyes say …" is both (before: Luis Reyes); "The RCMP said Cpl. Dana Lee, 41, is scheduled
    /// to appear …" keeps the officer (before: "to appear …"); "the chief said" after "Regina Police Chief Farooq Sheikh said" is the chief
    /// (before: "chief"); "The NDP health critic, Ana Ruiz," is the NDP health critic (before: no role); a later card of "Sue Park,
    /// executive director of the Mission Centre" carries the whole role (before: "executive director").</summary>
    [Fact]
    public void A_who_clause_remark_ends_at_the_sentences_verb_and_more_roles_and_subjects_kept()
    {
        const string text = "Shelter\n\nREGINA — Two men who say they were refused a room at a shelter during the storm are asking the city for "
                            + "more beds.\n\nOmar Reyes and his brother Luis Reyes say they slept in a bus shelter.\n\nThe RCMP said Cpl. Dana Lee, 41, "
                            + "is scheduled to appear in court in March.\n\nRegina Police Chief Farooq Sheikh said officers checked the shelters. \"We "
                            + "did what we could,\" the chief said.\n\nThe NDP health critic, Ana Ruiz, said the city must act.\n\nSue Park, executive "
                            + "director of the Mission Centre, said nobody was turned away.\n\n\"That is not our policy,\" Park said.\n";
        Assert.Equal("they were refused a room at a shelter during the storm", One(text, "refused a room").Content.Text);
        Assert.Equal("Omar Reyes and Luis Reyes", One(text, "bus shelter").Speaker);
        Assert.Equal("Cpl. Dana Lee, 41, is scheduled to appear in court in March", One(text, "appear in court").Content.Text);
        Assert.Equal("Farooq Sheikh", One(text, "did what we could").Speaker);
        Assert.Equal("NDP health critic", One(text, "must act").SpeakerRole);
        Assert.Equal("executive director of the Mission Centre", One(text, "not our policy").SpeakerRole);
    }

    /// <summary>"People living near a CN rail yard in west Regina say …" are those people (before: "Regina"); "Mexico's ambassador to
    /// Canada, Ana Torres," is that ambassador (before: no role).</summary>
    [Fact]
    public void People_living_near_a_place_and_a_countrys_ambassador()
    {
        const string noise = "Noise\n\nREGINA — People living near a CN rail yard in west Regina say the noise from trains is keeping them awake.\n";
        Assert.Equal("People living near a CN rail yard in west Regina", One(noise, "keeping them awake").Speaker);
        const string trade = "Trade\n\nOTTAWA — Mexico's ambassador to Canada, Ana Torres, said the trade deal is working.\n";
        Assert.Equal("Mexico's ambassador to Canada", One(trade, "deal is working").SpeakerRole);
        // (A party's possessive after "The" keeps the role without it.)
        const string critic = "Care\n\nEDMONTON — The Opposition NDP's health critic, Sarah Hoffman, said the plan will fail.\n";
        Assert.Equal("Opposition NDP's health critic", One(critic, "plan will fail").SpeakerRole);
    }

    /// <summary>"Rachel Notley, the former NDP premier who called the inquiry," is the former NDP premier (before: no role); "Capt. Dana
    /// Price, chair of the WestJet branch of the union," is that chair (before: "captain"); "local president Ana Diaz" after "CUPE Local 416 … said" is its president (before: "local
    /// president").</summary>
    [Fact]
    public void A_partys_office_before_a_who_clause_and_an_office_set_off_after_a_rank()
    {
        const string text = "Inquiry\n\nEDMONTON — Rachel Notley, the former NDP premier who called the inquiry, said the report was overdue.\n\n"
                            + "Capt. Dana Price, chair of the WestJet branch of the union, said pilots want stability.\n";
        Assert.Equal("former NDP premier", One(text, "report was overdue").SpeakerRole);
        Assert.Equal("chair of the WestJet branch of the union", One(text, "want stability").SpeakerRole);
        const string local = "Pilot\n\nTORONTO — CUPE Local 416, which represents outside workers, said it welcomed the pilot.\n\n\"Our members "
                             + "should have a say,\" said local president Ana Diaz.\n";
        Assert.Equal("president of CUPE Local 416", One(local, "should have a say").SpeakerRole);
    }

    /// <summary>"Energy Minister Tory Rushton" is Tory Rushton, energy minister (before: "Rushton", "energy minister Tory"); "It said …"
    /// after "“…,” the organization said" read as Shared Health is Shared Health (before: "organization"); "Water, Land and Resource
    /// Stewardship Minister Randene Neill" holds all three portfolios (before: "Resource Stewardship minister").</summary>
    [Fact]
    public void A_given_name_that_is_a_partys_word_and_it_after_a_body_read_from_the_one_before()
    {
        const string text = "Power\n\nHALIFAX — Energy Minister Tory Rushton said the province would help families.\n\nWINNIPEG — Shared Health, which "
                            + "runs the hospital, said it has launched a review.\n\n\"Our thoughts are with the family,\" the organization said in a "
                            + "statement. It said it could not discuss details because of privacy rules.\n";
        var power = One(text, "help families");
        Assert.Equal(("Tory Rushton", "energy minister"), (power.Speaker, power.SpeakerRole));
        Assert.Equal("Shared Health", One(text, "privacy rules").Speaker);
        const string portfolios = "Drought\n\nVICTORIA — Water, Land and Resource Stewardship Minister Randene Neill said the order protects salmon.\n";
        Assert.Equal("water, land and resource stewardship minister", One(portfolios, "protects salmon").SpeakerRole);
    }

    /// <summary>"Its director, Tom Cooper," after "filed by the Hamilton Roundtable for Poverty Reduction." is its director (before:
    /// "director"); "according to the provincial government" under "CHARLOTTETOWN —" is the Government of Prince Edward Island (before:
    /// "provincial government").</summary>
    [Fact]
    public void A_body_named_with_for_and_the_provincial_government_under_a_capitals_dateline()
    {
        const string text = "Care\n\nCHARLOTTETOWN — The program will cost $2 million a year, according to the provincial government.\n\nThe "
                            + "complaint was filed by the Island Roundtable for Fair Housing. Its director, Tom Cooper, said tenants need protection.\n";
        Assert.Equal("Government of Prince Edward Island", One(text, "$2 million").Speaker);
        Assert.Equal("director of the Island Roundtable for Fair Housing", One(text, "need protection").SpeakerRole);
    }

    /// <summary>"“…,” he told the paper" after "In an interview with the Winnipeg Free Press, Kinew said …" is told to the Winnipeg Free
    /// Press (before: no channel), and "he told the newspaper" after "interviewed … by the Chicago Tribune", with another outlet's
    /// remark before, is the Tribune.</summary>
    [Fact]
    public void Told_the_paper_is_the_outlet_named_last()
    {
        const string text = "Kinew\n\nWINNIPEG — In an interview with the Winnipeg Free Press, Wab Kinew said he would run again.\n\n\"I'm not done "
                            + "yet,\" he told the paper.\n\nOn Friday, Kinew told CBC News that the budget would balance. He was less serious when "
                            + "interviewed Thursday by the Chicago Tribune.\n\n\"I like hockey more than budgets,\" he told the newspaper.\n";
        Assert.Equal("Winnipeg Free Press", One(text, "not done yet").Channel);
        Assert.Equal("Chicago Tribune", One(text, "hockey more than budgets").Channel);
    }

    /// <summary>"The Ontario Land Tribunal has sided with a developer that wants to build a tower" is no claim of the tribunal's (before:
    /// the cue "has sided with a developer that wants" and the words "to build …"); "The economy added 40,000 jobs last month, but more
    /// people were looking for work, the agency said" is the agency's whole sentence (before: from "but").</summary>
    [Fact]
    public void A_cue_read_across_a_clause_of_someone_elses_wish_is_no_claim()
    {
        const string text = "Tower\n\nOTTAWA — The Ontario Land Tribunal has sided with a developer that wants to build a 30-storey condo tower in "
                            + "Westboro, overruling city council.\n\nIn its decision, the tribunal said the tower is consistent with provincial policy.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("30-storey", StringComparison.Ordinal));
        Assert.Equal("Ontario Land Tribunal", One(text, "consistent with provincial policy").Speaker);
        // ("The economy added 51,000 jobs last month, but more people were looking for work, the agency said": the whole sentence.)
        const string jobs = "Jobs\n\nOTTAWA — Statistics Canada said Friday the jobless rate rose.\n\nThe economy added 40,000 jobs last month, but more "
                            + "people were looking for work, the agency said in its labour force survey.\n";
        Assert.Equal("The economy added 40,000 jobs last month, but more people were looking for work", One(jobs, "looking for work").Content.Text);
    }

    /// <summary>"the group's executive director" after "led by the non-profit group Moncton Tiny Homes Alliance" is that alliance's
    /// (before: "group's executive director"); "A former Hockey Canada executive told a court …" before "Glen Burke, who was
    /// vice-president …, testified …" is Glen Burke (before: the description).</summary>
    [Fact]
    public void A_groups_officer_after_the_group_named_by_its_kind_and_a_ledes_executive()
    {
        const string homes = "Homes\n\nMONCTON, N.B. — The project, led by the non-profit group Moncton Tiny Homes Alliance, will open in the fall.\n\n"
                             + "\"This gives people a door they can lock,\" said Rita Vance, the group's executive director.\n";
        Assert.Equal("executive director of the Moncton Tiny Homes Alliance", One(homes, "door they can lock").SpeakerRole);
        const string trial = "Trial\n\nLONDON, Ont. — A former Hockey Canada executive told a court Tuesday that the organization learned of the "
                             + "complaint in June 2018.\n\nGlen Burke, who was vice-president of risk management at the time, testified that he called "
                             + "police the same day.\n";
        Assert.Equal("Glen Burke", One(trial, "learned of the complaint").Speaker);
    }

    /// <summary>"Beacon Hill Mayor Rosa Lind said …" is Rosa Lind (before: "Beacon" with the cue "Hill"-shaped words; here a place named
    /// with a cue's word, "Hope"), and "Chief Dana Hope said …" is a claim of hers (before: none from the rules, the words cut).</summary>
    [Fact]
    public void A_cues_word_inside_a_name_is_no_cue()
    {
        const string text = "Reactors\n\nTORONTO — Ontario will build a new reactor near Port Hope that could power a million homes, the minister said.\n\n"
                            + "Port Hope Mayor Rosa Lind said the town welcomed the jobs but wanted a say in how the site is built.\n\n"
                            + "Sandy Lake First Nation Chief Dana Hope said her nation had raised concerns about the site for years.\n";
        Assert.Equal("Rosa Lind", One(text, "welcomed the jobs").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker is "Port" or "town");
        var hope = One(text, "raised concerns");
        Assert.Equal("Dana Hope", hope.Speaker);
        Assert.Equal("her nation had raised concerns about the site for years", hope.Content.Text);
    }

    /// <summary>"Parents in the Red River School Division are scrambling after the division announced …" is the division's (before:
    /// "Parents in the … after the division"); "the division said" later is the Red River School Division (before: "division").</summary>
    [Fact]
    public void A_division_that_announced_after_parents_scrambled()
    {
        const string text = "Buses\n\nWINNIPEG — Parents in the Red River School Division are scrambling after the division announced it will cancel "
                            + "nine bus routes next month because it cannot hire drivers.\n\nThe division said routes could return if it hires eight drivers.\n";
        Assert.Equal("Red River School Division", One(text, "cancel nine bus routes").Speaker);
        Assert.Equal("Red River School Division", One(text, "routes could return").Speaker);
    }

    /// <summary>"But RideFair, an advocacy group, …" before "the group's executive director" is "executive director of RideFair" (before:
    /// "of But RideFair"); "figures released by the Canadian Radio-television and Telecommunications Commission last month" are the
    /// commission's (before: "… Commission last month").</summary>
    [Fact]
    public void A_body_without_the_word_opening_its_sentence_or_when_it_spoke()
    {
        const string fares = "Fares\n\nTORONTO — The transit board voted to raise fares.\n\nBut RideFair, an advocacy group, called the increase unfair.\n\n"
                             + "\"Ten cents a ride adds up fast,\" said Mona Petrie, the group's executive director.\n";
        Assert.Equal("executive director of RideFair", One(fares, "adds up fast").SpeakerRole);
        const string web = "Internet\n\nOTTAWA — Ottawa pledged more money for rural internet.\n\nAccording to figures released by the Canadian "
                           + "Radio-television and Telecommunications Commission last month, about 60 per cent of rural homes have fast service.\n";
        Assert.Equal("Canadian Radio-television and Telecommunications Commission", One(web, "60 per cent").Speaker);
    }

    /// <summary>"council ignored its own planning staff, who recommended …" is the planning staff's recommendation (before: the
    /// speaker of the sentence, Ada Brooks).</summary>
    [Fact]
    public void Who_after_a_possessives_staff_is_the_staff()
    {
        const string text = "Tower\n\nHALIFAX — Heritage Society president Ada Brooks said council had ignored its own planning staff, who recommended "
                            + "the tower be limited to 12 storeys.\n";
        Assert.Equal("planning staff", One(text, "limited to 12 storeys").Speaker);
        Assert.Equal("Ada Brooks", One(text, "had ignored").Speaker);
    }

    /// <summary>"Fish, Food and Allied Workers president …" opening a sentence keeps "Fish," (before: "Food and Allied Workers
    /// president"); "The Canadian Home Builders' Association — Calgary Region said" is the association's branch (before: "Calgary
    /// Region").</summary>
    [Fact]
    public void A_body_named_with_a_list_or_a_branch_after_a_dash()
    {
        const string crab = "Crab\n\nST. JOHN'S — Harvesters protested on Tuesday.\n\nFish, Food and Allied Workers president Ann Rideout said the price "
                            + "puts crews at risk.\n";
        Assert.Equal("Fish, Food and Allied Workers president", One(crab, "crews at risk").SpeakerRole);
        const string homes = "Homes\n\nCALGARY — Council will vote next week.\n\nThe Canadian Home Builders' Association — Calgary Region said about "
                             + "900 permits were issued.\n";
        Assert.Equal("Canadian Home Builders' Association — Calgary Region", One(homes, "900 permits").Speaker);
    }

    /// <summary>"… happened in St. Marys Bay on Tuesday" is whole (before: cut at "St."); "Horizon's vice-president of clinical
    /// operations, Dr. …" is of Horizon Health Network (before: no role); "OPG president and CEO …" keeps its whole office (before:
    /// "CEO").</summary>
    [Fact]
    public void Words_past_an_abbreviation_and_offices_of_a_body_named_in_full()
    {
        const string traps = "Traps\n\nHALIFAX — Fishers say officers seized traps.\n\nWasoqopa'q First Nation Chief Mary Paul said the seizures happened in "
                             + "St. Marys Bay on Tuesday and Wednesday.\n";
        Assert.Equal("the seizures happened in St. Marys Bay on Tuesday and Wednesday", One(traps, "seizures").Content.Text);
        const string er = "ER\n\nMONCTON, N.B. — The emergency department will close overnight, Horizon Health Network announced Friday.\n\n"
                          + "\"We tried everything,\" Horizon's vice-president of clinical operations, Dr. Ines Roy, said in a statement.\n\n"
                          + "OPG president and CEO Dana Kerr said the utility has not chosen a design.\n";
        Assert.Equal("vice-president of clinical operations at the Horizon Health Network", One(er, "tried everything").SpeakerRole);
        Assert.Equal("OPG president and CEO", One(er, "not chosen a design").SpeakerRole);
    }

    /// <summary>"Corbett, who has campaigned for … Dan Ridley since he ended his own campaign in May, blasted …" is Corbett's, and so is
    /// the "he said" after it, past a woman's show (before: "Dan Ridley's own campaign in May", then Ridley); "Sleepy Joan Walsh" is Joan
    /// Walsh and no one's name to take "he" (before: "he notes" was hers); "The Tara Quill Show" names its host, Tara Quill.</summary>
    [Fact]
    public void A_name_in_a_relative_clause_a_nickname_and_a_hosts_show()
    {
        const string text = "Governor\n\nGov. Mark Corbett defended the police on Tuesday.\n\nCorbett, who has campaigned heavily for nominee Dan Ridley since "
                            + "he ended his own campaign in May, blasted the senator as a \"fraud\" Wednesday on The Laura Ingraham Show.\n\n"
                            + "\"She's a fraud and those comments are a fraud,\" he said.\n";
        Assert.Equal("Mark Corbett", One(text, "as a \"fraud\"").Speaker);
        Assert.Equal("Mark Corbett", One(text, "comments are a fraud").Speaker);
        const string nickname = "Debate\n\nDan Ridley is raising questions about his microphone during Monday's debate with Joan Walsh.\n\nHe notes that the "
                                + "commission said there was a problem with his sound. He says, \"Fixing that microphone was harder than beating Sleepy Joan Walsh.\"\n\n"
                                + "In one post Friday, Ridley said: \"Did Sleepy Joan help her friends get jobs?\"\n";
        Assert.Equal("Dan Ridley", One(nickname, "problem with his sound").Speaker);
        Assert.Equal("Dan Ridley", One(nickname, "Fixing that microphone").Speaker);
        Assert.Equal("Dan Ridley", One(nickname, "help her friends").Speaker);
        const string show = "Interview\n\nSitting down with MSNBC's \"The Tara Quill Show\" on Thursday, Walsh said she was surprised.\n\nWhen Quill pointed out "
                            + "that Ridley calls it \"care for all,\" Walsh disagreed.\n\nShe then asked if a female running mate was out of the question.\n";
        Assert.Equal("Tara Quill", One(show, "calls it").Speaker);
    }

    /// <summary>"“…,” Hydro CEO Al Brant said in a statement" after "The Crown corporation had asked …" is Al Brant's (before: the Crown
    /// corporation's); "after videos posted online appeared to show …" is no claim of the videos' (before: "videos", cue "posted"), and
    /// "Police said videos posted online appeared to show …" is said by the police.</summary>
    [Fact]
    public void A_quotation_signed_by_a_name_and_videos_posted_online()
    {
        const string text = "Prairie Hydro rate hike approved at 3.5 per cent\n\nWINNIPEG — Prairie Hydro customers will pay 3.5 per cent more for "
                            + "electricity starting April 1 after the Public Utilities Board approved a rate increase, the board said in a decision released "
                            + "Thursday.\n\nThe Crown corporation had asked for four per cent, saying it needs the money to pay down debt and to upgrade aging "
                            + "dams and transmission lines.\n\n\"We understand that any increase is difficult for families,\" Hydro CEO Al Brant said in a "
                            + "statement. \"This decision allows us to keep investing in a reliable system.\"\n";
        Assert.Equal("Al Brant", One(text, "difficult for families").Speaker);
        const string videos = "Encampment\n\nVANCOUVER — The police department is defending its officers after videos posted online appeared to show an "
                              + "officer pushing a man to the ground.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(videos), a => a.Speaker == "videos" || a.Cue.Text == "posted");
        // ("Police said videos posted online appeared to show …": the police said it, and the video's seeming is their words (before:
        // the cue "appeared", the words "to show …").)
        var said = One(videos + "\nPolice said videos posted online appeared to show a worker pushing a man.\n", "worker pushing");
        Assert.Equal(("Police", "said", "videos posted online appeared to show a worker pushing a man"), (said.Speaker, said.Cue.Text, said.Content.Text));
    }

    /// <summary>"ruled that Colin Park, who represented a Regina riding for nine years, knowingly submitted …" keeps the whole ruling
    /// (before: "that Colin Park"); "Universities Canada warned …. The association's president and CEO, Gina Wills, said …" is
    /// president and CEO of Universities Canada on both her cards (before: "association's president and CEO").</summary>
    [Fact]
    public void A_ruling_past_a_relative_clause_and_the_association_the_sentence_before_opens_with()
    {
        const string fraud = "Former MLA found guilty of fraud\n\nREGINA — A former MLA has been found guilty of defrauding taxpayers of more than $40,000 "
                             + "through false expense claims.\n\nCourt of King's Bench Justice Anita Rao ruled Monday that Colin Park, who represented a Regina "
                             + "riding for nine years, knowingly submitted invoices for work that was never done.\n";
        Assert.Equal("that Colin Park, who represented a Regina riding for nine years, knowingly submitted invoices for work that was never done",
            One(fraud, "Colin Park").Content.Text);
        const string permits = "Permits\n\nOTTAWA — The federal government will cut study permits again, the minister announced Friday.\n\nUniversities Canada "
                               + "warned the cut would force more layoffs. The association's president and CEO, Gina Wills, said in a statement that institutions "
                               + "have already cut 8,000 jobs.\n\n\"These decisions are hollowing out programs,\" Wills said.\n";
        Assert.Equal("president and CEO of Universities Canada", One(permits, "8,000 jobs").SpeakerRole);
        Assert.Equal("president and CEO of Universities Canada", One(permits, "hollowing out").SpeakerRole);
    }

    /// <summary>"Members of the Maritime Nurses' Union have voted …" before "Union president Carla Doyle" makes her president of the
    /// Maritime Nurses' Union (before: "of the Members of the …"); "after a passerby reported a dog in distress, police said in a news
    /// release" ends the passerby's words before the police's remark, and its channel is theirs (before: both kept).</summary>
    [Fact]
    public void Members_of_a_union_and_words_ending_before_the_remark_they_sit_in()
    {
        const string text = "Nurses reject deal\n\nHALIFAX — Members of the Maritime Nurses' Union have voted to reject a tentative agreement with the "
                            + "province.\n\nUnion president Carla Doyle said 58 per cent of members who voted opposed the deal.\n\nOfficers were called to a parking "
                            + "lot in Truro on Saturday after a passerby reported a dog in distress, police said in a news release Monday.\n";
        Assert.Equal("president of the Maritime Nurses' Union", One(text, "58 per cent").SpeakerRole);
        var passerby = Assert.Single(AttributionExtractor.Extract(text), a => a.Cue.Text == "reported");
        Assert.Equal(("passerby", "a dog in distress", null), (passerby.Speaker, passerby.Content.Text, passerby.Channel));
        Assert.Equal("a news release", One(text, "Officers were called").Channel);
    }

    /// <summary>"According to the province's weekly crop report, released Thursday, 61 per cent …" under "REGINA —" is the Government of
    /// Saskatchewan's, via a crop report, and its words start after the aside (before: "province's weekly crop report", the words from
    /// "released Thursday"); "the group's Ontario environment program manager" after "Environmental Defence, an advocacy group," is of
    /// Environmental Defence (before: no role).</summary>
    [Fact]
    public void A_provinces_report_set_off_with_when_and_a_groups_regional_office()
    {
        const string text = "Drought\n\nREGINA — Farmers in southern Saskatchewan are bracing for another dry year.\n\nAccording to the province's weekly crop "
                            + "report, released Thursday, 61 per cent of cropland in the southwest is short of moisture.\n\nEnvironmental Defence, an advocacy "
                            + "group that has fought the removals, said the report should end the plan.\n\n\"There is no reason left to go ahead,\" said Lena "
                            + "Brock, the group's Ontario environment program manager.\n";
        var crop = One(text, "61 per cent");
        Assert.Equal(("Government of Saskatchewan", "a crop report", "61 per cent of cropland in the southwest is short of moisture"), (crop.Speaker, crop.Channel, crop.Content.Text));
        Assert.Equal("Ontario environment program manager of Environmental Defence", One(text, "no reason left").SpeakerRole);
    }

    /// <summary>"More than 80 doctors at Royal Inland Hospital have signed an open letter warning …" and "The letter … says …" are the
    /// doctors', via the open letter (before: "open letter" and "letter" as speakers: the channel taken for the speaker); "Dene
    /// National Chief" keeps the people's capital (before: "dene national chief").</summary>
    [Fact]
    public void A_letter_is_the_channel_of_those_who_signed_it()
    {
        const string text = "Doctors warn\n\nKAMLOOPS, B.C. — More than 80 doctors at Royal Inland Hospital have signed an open letter warning that staffing "
                            + "shortages in the emergency department have reached a \"dangerous\" level.\n\nThe letter, addressed to the health minister, says "
                            + "patients are being treated in hallways.\n\nDene National Chief Ruth Sabourin said First Nations communities need their own "
                            + "firefighting crews.\n";
        foreach (var words in new[] { "staffing shortages", "treated in hallways" })
        {
            var signed = One(text, words);
            Assert.Equal(("More than 80 doctors at Royal Inland Hospital", "an open letter"), (signed.Speaker, signed.Channel));
        }
        Assert.Equal("Dene national chief", One(text, "firefighting crews").SpeakerRole);
    }

    /// <summary>"The hospital's spokesperson" after "… are triaged at Hôpital Saint-Luc-Nord" speaks for that hospital (before:
    /// "hospital's spokesperson").</summary>
    [Fact]
    public void A_hospitals_spokesperson_after_its_french_name()
    {
        const string text = "Coroner\n\nMONTREAL — A Quebec coroner says a woman who died after waiting 20 hours on a stretcher might have survived.\n\n"
                            + "The coroner recommended that Santé Québec review how patients are triaged at Hôpital Saint-Luc-Nord.\n\nThe hospital's "
                            + "spokesperson, Lise Gagné, said in an email that it would study the recommendations.\n";
        Assert.Equal("spokesperson for Hôpital Saint-Luc-Nord", One(text, "study the recommendations").SpeakerRole);
    }

    /// <summary>"A new poll suggests …" before "The survey by Abacus Data … found …", and "…, the poll found" after it, are Abacus Data's,
    /// via a poll (before: "new poll" and "poll" as speakers); a headline's "…, province says" over "NANAIMO, B.C. —" is the Government of
    /// British Columbia (before: "province").</summary>
    [Fact]
    public void A_poll_is_the_channel_of_the_firm_that_made_it_and_a_headlines_province()
    {
        const string poll = "Most Canadians back tariffs, poll finds\n\nA new poll suggests most Canadians support retaliatory tariffs on American goods.\n\n"
                            + "The survey by Abacus Data, conducted between Friday and Sunday, found 64 per cent of respondents support matching U.S. tariffs.\n\n"
                            + "Support was highest in Quebec, the poll found.\n";
        foreach (var words in new[] { "Most Canadians back tariffs", "retaliatory tariffs", "highest in Quebec" })
        {
            var found = One(poll, words);
            Assert.Equal(("Abacus Data", "a poll"), (found.Speaker, found.Channel));
        }
        const string clinics = "Clinic hours extended, province says\n\nNANAIMO, B.C. — Walk-in clinics will open on weekends starting in May.\n";
        Assert.Equal("Government of British Columbia", One(clinics, "Clinic hours extended").Speaker);
    }

    /// <summary>"The Russian Defence Ministry said in a statement carried by the state news agency Tass that …" is the ministry's, via
    /// Tass (before: no claim); "told the daily Folha de S. Paulo before her trip that she would …" is told to Folha de S. Paulo, and the
    /// words start at "that" (before: "Folha", and "her trip that …").</summary>
    [Fact]
    public void A_statement_carried_by_an_agency_and_a_paper_told_before_a_trip()
    {
        const string text = "Strikes\n\nKYIV — Russia launched drones overnight, Ukraine's air force said Saturday.\n\nThe Russian Defence Ministry said in a "
                            + "statement carried by the state news agency Tass that its forces had struck \"military-industrial targets.\"\n\nThe senator, Rosa "
                            + "Lima, told the daily Folha de S. Paulo before her trip that she would raise deforestation with Canadian officials.\n";
        var tass = One(text, "military-industrial");
        Assert.Equal(("Russian Defence Ministry", "Tass"), (tass.Speaker, tass.Channel));
        var folha = One(text, "deforestation");
        Assert.Equal(("Rosa Lima", "Folha de S. Paulo", "that she would raise deforestation with Canadian officials"), (folha.Speaker, folha.Channel, folha.Content.Text));
    }

    /// <summary>"Police say the man, 41, called victims and told them …, then convinced them …" is the police's whole remark (before:
    /// "Police say the man" with the cue "convinced"); "The statement of claim, filed in …, names … and seeks $50 million in damages on
    /// behalf of residents" is no claim (before: the cue "statement of claim" and the words "behalf of residents …"); "the alleged
    /// terrorist" is no cue.</summary>
    [Fact]
    public void A_remark_read_whole_past_an_age_and_a_filing_that_says_nothing()
    {
        const string text = "RCMP allege man defrauded seniors\n\nBRANDON, Man. — Manitoba RCMP allege a Brandon man posed as a bank investigator to "
                            + "defraud six seniors of more than $300,000.\n\nPolice say the man, 41, called victims and told them their accounts had been "
                            + "compromised, then convinced them to withdraw cash and hand it over to a courier.\n\nThe statement of claim, filed in Nova Scotia "
                            + "Supreme Court last week, names Shannex Inc. and seeks $50 million in damages on behalf of residents and their families.\n\n"
                            + "Two officers shot by the alleged gunman were bystanders, police said.\n";
        var police = One(text, "withdraw cash");
        Assert.Equal(("Manitoba RCMP", "say"), (police.Speaker, police.Cue.Text));
        Assert.StartsWith("the man, 41, called victims", police.Content.Text, StringComparison.Ordinal);
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("behalf of residents", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("alleged", StringComparison.Ordinal));
    }

    /// <summary>"president Dax Dasilva" and "Chief financial officer Asha Bakshani" after "Lightspeed Commerce Inc. … The Montreal-based
    /// company said …" are that company's officers (before: "president", "chief financial officer"); "Analyst Martin Toner of ATB Capital
    /// Markets" is an analyst at that firm (before: "analyst").</summary>
    [Fact]
    public void A_companys_officers_in_lower_case_and_an_analyst_at_a_firm_named_by_initials()
    {
        const string text = "Lightspeed beats expectations\n\nMONTREAL — Lightspeed Commerce Inc. reported better-than-expected results on Thursday.\n\n"
                            + "The Montreal-based company said revenue rose 18 per cent to $300 million US.\n\n\"Our customers keep growing,\" president Dax "
                            + "Dasilva said on a call with analysts.\n\nChief financial officer Asha Bakshani said the company expects growth to continue.\n\n"
                            + "Analyst Martin Toner of ATB Capital Markets wrote in a note that the results were strong.\n";
        Assert.Equal("president of Lightspeed Commerce Inc.", One(text, "keep growing").SpeakerRole);
        Assert.Equal("chief financial officer of Lightspeed Commerce Inc.", One(text, "growth to continue").SpeakerRole);
        Assert.Equal("analyst at ATB Capital Markets", One(text, "results were strong").SpeakerRole);
    }

    /// <summary>"association president Luc Gravel" after "according to the Association des résidents du Vieux-Hull" is that
    /// association's president (before: "association president").</summary>
    [Fact]
    public void An_association_president_after_its_french_name()
    {
        const string text = "Towers\n\nGATINEAU, Que. — More than 1,500 people have signed a petition against the project, according to the Association "
                            + "des résidents du Vieux-Hull.\n\n\"You don't just drop glass towers in the middle of it,\" said association president Luc Gravel.\n";
        Assert.Equal("president of the Association des résidents du Vieux-Hull", One(text, "glass towers").SpeakerRole);
    }

    /// <summary>"Chief Rose Bear said in the release" after "In a news release, the Red Pine Cree Nation said …" is chief of that nation
    /// (before: "chief"); "announced the decision at a news conference" is no claim (before: the words "the decision at …").</summary>
    [Fact]
    public void A_chief_of_the_nation_that_spoke_before_and_an_announced_decision()
    {
        const string text = "Overdoses\n\nPRINCE ALBERT, Sask. — A First Nation in northern Saskatchewan has declared a state of emergency after five people "
                            + "died.\n\nIn a news release, the Red Pine Cree Nation said it was asking the province and Ottawa for help with treatment beds.\n\n"
                            + "\"Our people are dying. We can't wait for another study,\" Chief Rose Bear said in the release.\n\nGeneral manager Tom Hale "
                            + "announced the decision at a news conference Thursday morning.\n";
        Assert.Equal("chief of the Red Pine Cree Nation", One(text, "people are dying").SpeakerRole);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.StartsWith("the decision", StringComparison.Ordinal));
    }

    /// <summary>"…, Industry Minister Rita Moss announced Friday at the Algoma plant in Sault Ste. Marie." announced the words before
    /// her (before: "at the Algoma plant …"); "Parents of the children who died said …" has the cue "said" and the parents for its
    /// speaker (before: the cue "died said").</summary>
    [Fact]
    public void Words_before_a_cue_set_at_a_plant_and_parents_of_children_who_died()
    {
        const string text = "Steel loans\n\nHAMILTON — The federal government will provide $400 million in loans to steel producers hit by U.S. tariffs, "
                            + "Industry Minister Rita Moss announced Friday at the Algoma plant in Sault Ste. Marie.\n\nParents of the children who died said "
                            + "they were devastated.\n";
        Assert.StartsWith("The federal government will provide $400 million", One(text, "$400 million").Content.Text, StringComparison.Ordinal);
        var parents = One(text, "devastated");
        Assert.Equal(("Parents of the children", "said"), (parents.Speaker, parents.Cue.Text));
    }

    /// <summary>"Board chair Mary Snowball" after "the Ungava school board says …. The board said …" chairs that board (before: "board
    /// chair").</summary>
    [Fact]
    public void A_board_chair_after_the_board_spoke()
    {
        const string text = "Schools reopen\n\nKUUJJUAQ, Que. — Students in several communities returned to class this week after a teacher shortage, the "
                            + "Ungava school board says.\n\nThe board said it had hired 35 teachers since September.\n\nBoard chair Mary Snowball said families "
                            + "had been patient.\n";
        Assert.Equal("chair of the Ungava school board", One(text, "been patient").SpeakerRole);
    }

    /// <summary>"after a video posted on social media showed him kicking a man" is no claim of social media's (before: "social media",
    /// cue "showed").</summary>
    [Fact]
    public void Where_a_video_was_posted_is_no_speaker()
    {
        const string text = "Edmonton police officer charged with assault after arrest video surfaces\n\nEDMONTON — An Edmonton police officer has been "
                            + "charged with assault after a video posted on social media showed him kicking a man who was lying on the ground, the Alberta "
                            + "Serious Incident Response Team said Wednesday.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker == "social media");
    }

    /// <summary>"French Language Minister" and "Crown-Indigenous Relations Minister" keep their proper adjectives' capitals on the
    /// card (before: "french language minister", "crown-indigenous relations minister").</summary>
    [Fact]
    public void A_portfolio_keeps_the_capitals_of_a_language_and_of_crown_indigenous()
    {
        const string text = "Ruling\n\nMONTREAL — The government will appeal the ruling.\n\nFrench Language Minister Jean Roy said the government would "
                            + "appeal.\n\nCrown-Indigenous Relations Minister Ruth Able said the treaty would be introduced this fall.\n";
        Assert.Equal("French language minister", One(text, "would appeal").SpeakerRole);
        Assert.Equal("Crown-Indigenous relations minister", One(text, "treaty").SpeakerRole);
    }

    /// <summary>"said the force would not comment on the report" has no channel (before: "a report", the thing not commented on).</summary>
    [Fact]
    public void What_one_would_not_comment_on_is_no_channel()
    {
        const string text = "Cleared\n\nHALIFAX — The watchdog cleared an officer.\n\nRCMP spokesperson Cpl. Guillaume Tremblay said the force would not "
                            + "comment on the report.\n";
        Assert.Null(One(text, "would not comment").Channel);
    }

    /// <summary>"which included medical files and school reports, were posted …" is no claim of "school" (before: the cue "reports");
    /// "Air Canada president and CEO Michael Rousseau" keeps the company's name in his role (before: "CEO").</summary>
    [Fact]
    public void A_plural_noun_of_speech_and_a_companys_president_and_ceo()
    {
        const string text = "Apology\n\nWHITEHORSE — The premier apologized on Tuesday.\n\nThe records, which included medical files and school reports, were "
                            + "posted online for three weeks before a researcher flagged them.\n\nAir Canada president and CEO Michael Rousseau said in a statement "
                            + "that the deal provides stability.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Cue.Text == "reports");
        Assert.Equal("Air Canada president and CEO", One(text, "provides stability").SpeakerRole);
    }

    /// <summary>"Union president Ian Ball said about a third of …" is his claim (before: none; "said about" was read as what a remark
    /// was about).</summary>
    [Fact]
    public void Said_about_a_third_is_a_quantity_not_a_topic()
    {
        const string text = "Crews\n\nKAMLOOPS, B.C. — The Wildland Firefighters Union said in a news release that seasonal crews are paid too little.\n\n"
                            + "Union president Dana Proulx said about a third of last year's crews did not return.\n";
        var ball = One(text, "did not return");
        Assert.Equal(("Dana Proulx", "said"), (ball.Speaker, ball.Cue.Text));
        Assert.StartsWith("about a third", ball.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"“Where are they supposed to go?” Kent asked" is Coun. Becky Kent's, her surname being a place's too (before:
    /// "unnamed source", and "Council" where she was not named before).</summary>
    [Fact]
    public void A_surname_signing_a_question_is_the_one_who_asked()
    {
        const string text = "Encampments\n\nHALIFAX — Council voted 10-6 on Tuesday to close two sites.\n\nMayor Andy Fillmore said the sites were "
                            + "never meant to be permanent.\n\nCoun. Becky Kent, who voted against the motion, said closing the sites without enough "
                            + "shelter beds would simply move people elsewhere.\n\n\"Where do we expect them to go? Into the ravines? Into stairwells?\" Kent "
                            + "asked during debate.\n";
        Assert.Equal("Becky Kent", One(text, "expect them to go").Speaker);
        const string unnamed = "Encampments\n\nHALIFAX — Council voted 10-6 on Tuesday.\n\n\"Where do we expect them to go?\" Kent asked during "
                               + "debate.\n";
        Assert.Equal("Kent", One(unnamed, "expect them to go").Speaker);
    }

    /// <summary>"told the House of Commons the government was …" has the channel "House of Commons" and the words from "the
    /// government" (before: "the House", words from "Commons").</summary>
    [Fact]
    public void Told_the_house_of_commons_is_whom_it_was_told()
    {
        const string text = "Strike\n\nOTTAWA — Talks resumed on Monday.\n\nLabour Minister Anne Roy told the House of Commons the government was "
                            + "\"deeply concerned\" about charities.\n";
        var roy = One(text, "deeply concerned");
        Assert.Equal(("Anne Roy", "House of Commons"), (roy.Speaker, roy.Channel));
        Assert.StartsWith("the government was", roy.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"Staff told council the city spent $3.2 million this year on the sites, …" is the whole clause (before: the words
    /// began at "the sites").</summary>
    [Fact]
    public void Told_council_without_its_article_then_the_whole_clause()
    {
        const string text = "Encampments\n\nHALIFAX — Council voted on Tuesday.\n\nStaff told council the city spent $2.7 million this year on the "
                            + "designated sites, including washrooms, security and garbage pickup.\n";
        Assert.StartsWith("the city spent $2.7 million", One(text, "garbage pickup").Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"according to a year-end report from the BC Wildfire Service" is the service's via a report, and so are the
    /// headline's "report says" and "The report, released Wednesday, says" (before: speaker "report", no channel); "said in a
    /// background document" has that channel (before: none).</summary>
    [Fact]
    public void A_year_end_report_from_a_service_and_a_background_document()
    {
        const string text = "Fire season was fourth-worst on record, report says\n\nVICTORIA — This year's fires burned 900,000 hectares, according to a "
                            + "year-end report from the BC Wildfire Service.\n\nThe report, released Wednesday, says 1,480 fires were recorded.\n\n"
                            + "The ministry said in a background document that the formula includes a northern adjustment.\n";
        foreach (var words in new[] { "fourth-worst", "900,000 hectares", "1,480 fires" })
        {
            var a = One(text, words);
            Assert.Equal(("BC Wildfire Service", "a report"), (a.Speaker, a.Channel));
        }
        Assert.Equal("a background document", One(text, "northern adjustment").Channel);
    }

    /// <summary>"Canada Post strike: union rejects final offer, says members will stay out" is the union's, named in the story
    /// (before: "Canada Post strike").</summary>
    [Fact]
    public void A_headlines_subject_after_its_colon()
    {
        const string text = "Postal strike: union rejects final offer, says members will stay out\n\nOTTAWA — The union representing postal workers "
                            + "has rejected the latest offer.\n\nCanadian Union of Postal Workers national president Jan Simpson said Friday the offer was "
                            + "not serious.\n";
        Assert.Equal("Canadian Union of Postal Workers", One(text, "stay out").Speaker);
    }

    /// <summary>"Chloe had surgery …, her mother said" after "Amanda Lajeunesse said her daughter, Chloe, …" is Amanda Lajeunesse,
    /// with no role "her mother" (before: "Chloe Lajeunesse’s mother").</summary>
    [Fact]
    public void Her_mother_is_the_mother_the_story_named()
    {
        const string text = "Hallway wait\n\nSASKATOON — A Saskatoon mother says her daughter waited 14 hours in a hallway.\n\nAmanda Lajeunesse said "
                            + "her daughter, Chloe, arrived by ambulance with severe pain.\n\nThe health authority said it could not comment.\n\nChloe had "
                            + "surgery the next morning and is recovering at home, her mother said.\n";
        var mother = One(text, "recovering at home");
        Assert.Equal("Amanda Lajeunesse", mother.Speaker);
        Assert.NotEqual("her mother", mother.SpeakerRole);
    }

    /// <summary>"A study published last year in the journal Computers in Human Behavior found …" is the study's, via the journal
    /// (before: the speaker "Human Behavior").</summary>
    [Fact]
    public void A_study_opening_its_sentence_speaks_via_its_journal()
    {
        const string text = "Phones\n\nQUEBEC — The province will ban phones in high schools.\n\nA study published last year in the journal Computers in "
                            + "Human Behavior found that students without their phones scored higher on memory tests.\n";
        var study = One(text, "memory tests");
        Assert.Equal(("study", "Computers in Human Behavior"), (study.Speaker, study.Channel));
    }

    /// <summary>"Ontario Provincial Police Det. Insp. Andrew Dawson" keeps the force's capitals in his role (before: "Ontario
    /// provincial police detective inspector").</summary>
    [Fact]
    public void A_provincial_police_forces_name_keeps_its_capitals()
    {
        const string text = "Sentenced\n\nTORONTO — A man was sentenced to six years.\n\nOntario Provincial Police Det. Insp. Andrea Dawes said outside "
                            + "court that the sentence sends a message.\n";
        Assert.Equal("Ontario Provincial Police detective inspector", One(text, "sends a message").SpeakerRole);
    }

    /// <summary>"An actuarial report commissioned by the province estimated …" is one claim, the province's government via a
    /// report (before: two claims, one of "actuarial report commissioned by the province"); "An engineering report commissioned
    /// by the city in 2022 warned …" is the city's (before: "engineering report commissioned by the city in 2022").</summary>
    [Fact]
    public void A_report_commissioned_by_a_government_is_one_claim_of_that_government()
    {
        const string text = "Pension plan\n\nCALGARY — Alberta Premier Danielle Smith says a referendum could come in 2027.\n\nSpeaking on her weekly "
                            + "call-in radio show on Saturday, Smith said Albertans deserved a real choice.\n\nAn actuarial report commissioned by the "
                            + "province estimated Alberta would be entitled to 53 per cent of the plan's assets, a figure the federal chief actuary has "
                            + "disputed.\n";
        var estimated = AttributionExtractor.Extract(text).Where(a => a.Content.Text.Contains("53 per cent", StringComparison.Ordinal)).ToList();
        Assert.Equal(("Government of Alberta", "a report"), (Assert.Single(estimated).Speaker, estimated[0].Channel));
        Assert.Equal("her weekly call-in radio show", One(text, "real choice").Channel);
        const string city = "Water\n\nIQALUIT, Nunavut — The City of Iqaluit declared an emergency on Tuesday.\n\nAn engineering report commissioned "
                            + "by the city in 2022 warned the reservoir could run dry within five years.\n";
        Assert.Equal(("City of Iqaluit", "a report"), (One(city, "run dry").Speaker, One(city, "run dry").Channel));
    }

    /// <summary>"said in a public health advisory that …" has that cue and channel (before: the cue "said in a public", no
    /// channel).</summary>
    [Fact]
    public void Said_in_a_public_health_advisory()
    {
        const string text = "Water\n\nIQALUIT — The city declared an emergency.\n\nNunavut's Health Department said in a public health advisory "
                            + "that the water remains safe to drink.\n";
        var advisory = One(text, "safe to drink");
        Assert.Equal(("said in a public health advisory", "a public health advisory"), (advisory.Cue.Text, advisory.Channel));
    }

    /// <summary>"Guard Immanuel Quickley, who …, scored 22 points. He said …" is Quickley's, the guard (before: the coach who spoke
    /// before, or "He").</summary>
    [Fact]
    public void A_guard_named_by_position_is_the_he_of_the_next_sentence()
    {
        const string text = "Raptors lose\n\nTORONTO — The Raptors lost on Sunday.\n\nRajakovic told reporters he would consider changes to the "
                            + "lineup.\n\nGuard Jalen Price, who returned from a hand injury, scored 22 points. He said the young players were learning "
                            + "\"what it takes every night.\"\n";
        var price = One(text, "young players");
        Assert.Equal(("Jalen Price", "guard"), (price.Speaker, price.SpeakerRole));
    }

    /// <summary>"Marc Lefebvre, a former Canadian ambassador to China," has that role (before: none; "a former ambassador" had
    /// one).</summary>
    [Fact]
    public void A_former_ambassador_of_a_nationality()
    {
        const string text = "Released\n\nVANCOUVER — A businessman was released.\n\nMarc Lefebvre, a former Canadian ambassador to China, said the "
                            + "release could signal a thaw.\n";
        Assert.Equal("former Canadian ambassador to China", One(text, "signal a thaw").SpeakerRole);
    }

    /// <summary>"But Fish, Food and Allied Workers union president Dwan Street said" keeps the whole union name in the role (before:
    /// "Food and Allied Workers union president"); "Provincial Local Government Minister" is "provincial local government minister"
    /// (before: "Local" kept its capital).</summary>
    [Fact]
    public void A_listed_union_name_after_but_and_a_local_government_portfolio()
    {
        const string text = "Cod\n\nST. JOHN'S, N.L. — The quota will rise.\n\nBut Fish, Food and Allied Workers union president Dwan Street said "
                            + "harvesters had waited years.\n\nProvincial Local Government Minister Aaron Kane said the province would review funding.\n";
        Assert.Equal("Fish, Food and Allied Workers union president", One(text, "waited years").SpeakerRole);
        Assert.Equal("provincial local government minister", One(text, "review funding").SpeakerRole);
    }

    /// <summary>"their union announced" before "The International Union of Operating Engineers Local 727, which represents …" is
    /// that local, number and all (before: "… Engineers Local").</summary>
    [Fact]
    public void A_union_local_keeps_its_number()
    {
        const string text = "Paramedics\n\nHALIFAX — Paramedics in Nova Scotia have voted 96 per cent in favour of a strike mandate, their union "
                            + "announced Friday.\n\nThe International Union of Operating Engineers Local 727, which represents about 1,200 paramedics, "
                            + "said members were exhausted.\n";
        Assert.Equal("International Union of Operating Engineers Local 727", One(text, "96 per cent").Speaker);
    }

    /// <summary>"The study, published Tuesday in the journal Environmental Science & Technology, found …" is via the journal (before:
    /// no channel); "Scientists … had said in an assessment released in August that …" is via an assessment, and "In his
    /// assessment of the candidate, …" names no channel.</summary>
    [Fact]
    public void A_journal_set_off_and_an_assessment()
    {
        const string text = "Microplastics\n\nTORONTO — Researchers have found microplastics in drinking water.\n\nThe study, published Tuesday in "
                            + "the journal Environmental Science & Technology, found an average of 18 particles per litre.\n\nScientists at Fisheries and "
                            + "Oceans Canada had said in an assessment released in August that the stock had recovered.\n";
        Assert.Equal("Environmental Science & Technology", One(text, "18 particles").Channel);
        Assert.Equal("an assessment", One(text, "stock had recovered").Channel);
        const string his = "Candidates\n\nMEXICO CITY — A former president spoke.\n\nIn his assessment of the candidate, Calderon said he was not well "
                           + "informed.\n\n\"I cannot understand that,\" he said.\n";
        Assert.Null(One(his, "cannot understand").Channel);
    }

    /// <summary>A lede's "…, his family said Monday" and the headline's "family says", before "the family of Kevin Tran said", are
    /// Kevin Tran’s family (before: "his family", "family").</summary>
    [Fact]
    public void A_ledes_his_family_is_the_family_the_story_names()
    {
        const string text = "Canadian detained in China for two years released, family says\n\nVANCOUVER — A Vancouver businessman who was detained in China for nearly two "
                            + "years has been released and is on his way home, his family said Monday.\n\nIn a statement, the family of Kevin Tran said "
                            + "they were overwhelmed with relief.\n";
        Assert.Equal("Kevin Tran’s family", One(text, "on his way home").Speaker);
        Assert.Equal("Kevin Tran’s family", One(text, "for two years released").Speaker);
    }

    /// <summary>"Residents should expect the advisory to remain in place, according to Alberta Health Services." is the health
    /// authority's claim of the whole sentence (before: "Residents" with the cue "should expect", via the authority).</summary>
    [Fact]
    public void What_people_should_do_according_to_an_authority_is_the_authoritys()
    {
        const string text = "Evacuees return\n\nFORT CHIPEWYAN, Alta. — About 800 residents were allowed to return on Sunday.\n\nResidents should "
                            + "expect the boil-water advisory to remain in place for at least a week, according to Alberta Health Services.\n";
        var advisory = One(text, "boil-water advisory");
        Assert.Equal(("Alberta Health Services", "according to"), (advisory.Speaker, advisory.Cue.Text));
        Assert.StartsWith("Residents should expect", advisory.Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"Tenant advocate Geordie Dent" opening a sentence after "the Landlord and Tenant Board" is a "tenant advocate" on the
    /// card (before: "Tenant advocate").</summary>
    [Fact]
    public void A_role_word_opening_a_sentence_is_written_in_lower_case()
    {
        const string text = "Deposits\n\nOSHAWA, Ont. — Students say their landlord kept their deposits.\n\nThe students have filed an application "
                            + "with the Landlord and Tenant Board. Tenant advocate Gordon Dale said cases like theirs can take a year.\n";
        Assert.Equal("tenant advocate", One(text, "take a year").SpeakerRole);
    }

    /// <summary>"According to a report by the city's auditor general released in June, …" after a director general spoke is the
    /// auditor general's, not hers (before: Hélène Bouchard, the only person named so far).</summary>
    [Fact]
    public void An_auditor_general_is_no_director_general()
    {
        const string text = "Snow\n\nMONTREAL — The city will spend more on snow removal.\n\nThe Montreal Association of Seniors' Residences welcomed "
                            + "the investment. Its director general, Hélène Bouchard, said many residents had missed appointments.\n\nAccording to a "
                            + "report by the city's auditor general released in June, the average time to clear streets rose to 6.2 days.\n";
        var report = One(text, "6.2 days");
        Assert.NotEqual("Hélène Bouchard", report.Speaker);
        Assert.Contains("auditor general", report.Speaker, StringComparison.Ordinal);
    }

    /// <summary>"In its strategic plan released Wednesday, the Crown corporation said …" after "Hydro-Québec says …" is
    /// Hydro-Québec's via its plan (before: speaker "Crown corporation", no channel).</summary>
    [Fact]
    public void The_crown_corporation_that_spoke_before_and_its_strategic_plan()
    {
        const string text = "Rates\n\nMONTREAL — Hydro-Québec says rates could rise faster than inflation for a decade.\n\nIn its strategic plan released "
                            + "Wednesday, the Crown corporation said it would need to invest up to $185 billion by 2035.\n";
        var plan = One(text, "$185 billion");
        Assert.Equal(("Hydro-Québec", "a strategic plan"), (plan.Speaker, plan.Channel));
    }

    /// <summary>The headline's "Ontario nurses' union says …" over "…, according to an analysis by the Ontario Nurses' Association"
    /// is that association (before: "Ontario nurses' union").</summary>
    [Fact]
    public void A_headlines_union_in_lower_case_is_the_union_the_story_names()
    {
        const string text = "Ontario nurses' union says hospitals pay triple for agency staff\n\nTORONTO — Ontario hospitals spent nearly $1 billion on "
                            + "agency nurses last year, according to an analysis by the Ontario Nurses' Association.\n\nONA president Erin Ariss said the "
                            + "money would be better spent on permanent jobs.\n";
        Assert.Equal("Ontario Nurses' Association", One(text, "pay triple").Speaker);
    }

    /// <summary>"Prairie Mountain Health CEO Brian Schoonbaert" keeps the health authority's capitals (before: "prairie mountain
    /// health CEO", lowered as a minister's portfolio is).</summary>
    [Fact]
    public void A_chief_executives_body_keeps_its_capitals()
    {
        const string text = "Hospital\n\nBRANDON, Man. — The province will expand the hospital.\n\nPrairie Mountain Health CEO Brian Schoonbaert said "
                            + "the emergency department now sees more than 50,000 visits a year.\n";
        Assert.Equal("Prairie Mountain Health CEO", One(text, "50,000 visits").SpeakerRole);
    }

    /// <summary>"Opinion: …" and "Canadian Press NewsAlert: …" heading a story are labels, nobody's remark (before: speakers
    /// "Opinion" and "Canadian Press NewsAlert").</summary>
    [Fact]
    public void A_headlines_label_before_a_colon_is_no_speaker()
    {
        const string opinion = "Opinion: Halifax's bus plan won't work without more drivers\n\nHalifax wants to double bus service by 2030. That is a "
                               + "worthy goal.\n\nThe city's transit director, Dave Reage, has said that the service is short 60 drivers.\n";
        const string alert = "Canadian Press NewsAlert: Manitoba reaches tentative deal with nurses\n\nWINNIPEG — Manitoba's health minister says the "
                             + "province has reached a tentative deal with the union representing nurses.\n\nUzoma Asagwara says the agreement was reached late Tuesday.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(opinion), a => a.Cue.Text == ":");
        Assert.Equal("Dave Reage", One(opinion, "short 60 drivers").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(alert), a => a.Speaker.Contains("NewsAlert", StringComparison.Ordinal));
    }

    /// <summary>"Head coach Scott Arniel praised …. Asked about the team's playoff chances, Arniel said only that the group
    /// “believes in itself.”" is Arniel's remark that the group believes in itself (before: a claim "praised" whose words ran
    /// over both sentences, and once "the team's playoff chances" as what Arniel said).</summary>
    [Fact]
    public void The_question_put_is_not_what_the_coach_said()
    {
        const string text = "Jets sign Perfetti to extension\n\nThe Winnipeg Jets have signed forward Cole Perfetti to a two-year extension, the "
                            + "team announced Friday.\n\nHead coach Scott Arniel praised the forward's work ethic. Asked about the team's playoff chances, "
                            + "Arniel said only that the group \"believes in itself.\"\n\nThe Jets play the Oilers on Saturday.\n";
        var claims = AttributionExtractor.Extract(text);
        var said = One(text, "believes in itself");
        Assert.Equal("Scott Arniel", said.Speaker);
        Assert.DoesNotContain("playoff", said.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, a => a.Content.Text.Contains("playoff chances", StringComparison.Ordinal));
    }

    /// <summary>A Q&A that opens "We asked Priya Sandhu, a lawyer …, what changes." answers in her name (before: speaker "A", an
    /// organisation, for each answer, and "We" for the question).</summary>
    [Fact]
    public void A_qa_answers_in_the_name_of_the_one_we_asked()
    {
        const string text = "Q&A: What Manitoba's new rental rules mean for tenants\n\nManitoba's new rules on rent increases take effect on Jan. 1. "
                            + "We asked Priya Sandhu, a lawyer who advises tenants, what changes.\n\nQ: Who is covered?\n\nA: Every tenant in a building "
                            + "older than 20 years. Landlords need approval for any increase above the guideline.\n\nQ: What if a landlord ignores the "
                            + "rules?\n\nA: The branch can order the money repaid with interest.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.Equal("Priya Sandhu", One(text, "Every tenant").Speaker);
        Assert.Equal("Priya Sandhu", One(text, "repaid with interest").Speaker);
        Assert.DoesNotContain(claims, a => a.Source.Text == "We");
    }

    /// <summary>"In a statement, Indigenous Services Canada said it is … working to send additional mental health supports." is one
    /// remark (before: a second claim whose words were "In a statement" and whose speaker was "send additional mental health").</summary>
    [Fact]
    public void A_channels_phrase_alone_is_no_ones_words()
    {
        const string text = "Community declares emergency after overdoses\n\nA First Nation in northern Ontario has declared a state of emergency "
                            + "after three people died of suspected overdoses.\n\nChief Rita Moose said the community needs help.\n\nIn a statement, "
                            + "Indigenous Services Canada said it is in contact with the community and is working to send additional mental health "
                            + "supports.\n\nA spokesperson for Ontario's Health Ministry said the province has offered a crisis team.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Content.Text == "In a statement");
        Assert.Equal(("Indigenous Services Canada", "a statement"), (One(text, "in contact").Speaker, One(text, "in contact").Channel));
    }

    /// <summary>"The Office of Residential Tenancies confirmed …" after "Saskatchewan's Residential Tenancies Act" is the office
    /// (before: "Residential Tenancies Act’s office", an act read as a person); "Birchwood Homes" is a company.</summary>
    [Fact]
    public void An_office_named_for_what_an_act_covers_is_a_body_of_its_own()
    {
        const string text = "Tenants of Saskatoon building given 30 days to move out\n\nSASKATOON — Tenants say they were given 30 days' notice.\n\n"
                            + "The new owner, Birchwood Homes, said in an email that it was following the law under Saskatchewan's Residential Tenancies "
                            + "Act.\n\nThe Office of Residential Tenancies confirmed it had received several complaints about the building.\n";
        Assert.Equal("Office of Residential Tenancies", One(text, "several complaints").Speaker);
        var owner = One(text, "following the law");
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Organization, owner.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(owner.Speaker));
    }

    /// <summary>"President Obama said …", the article never giving his first name, is a person on the card (before: the speaker
    /// "Obama" with the role "president" was typed Organization in the ClaimReview).</summary>
    [Fact]
    public void One_name_with_a_persons_title_is_a_person()
    {
        const string text = "Obama defends trade deal\n\nWASHINGTON — President Obama said Tuesday that the trade deal would create jobs in every "
                            + "state.\n\nCritics in his own party disagreed.\n";
        var said = One(text, "create jobs");
        Assert.Equal(("Obama", "president"), (said.Speaker, said.SpeakerRole));
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Person, said.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(said.Speaker));
    }

    /// <summary>"Couple says airline lost …" over "A Kelowna couple says …" and "The airline said …": the couple are people and the
    /// airline is no "Couple" (before: speakers "Couple" and "Couple", both organisations).</summary>
    [Fact]
    public void A_headlines_couple_is_no_body_and_the_airline_is_not_them()
    {
        const string text = "Couple says airline lost their luggage for 3 weeks\n\nKELOWNA, B.C. — A Kelowna couple says their luggage went missing for "
                            + "three weeks after a flight from Toronto.\n\nThe airline said the claim was being processed.\n";
        var couple = One(text, "went missing");
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Person, couple.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(couple.Speaker));
        Assert.Equal("airline", One(text, "being processed").Speaker);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker == "Couple");
    }

    /// <summary>"In an email, the airline apologized for the delay and said …" is the airline's, via the email (before: speaker "In").</summary>
    [Fact]
    public void A_phrase_set_off_before_the_subject_is_not_who_said_it()
    {
        const string text = "Luggage lost for weeks\n\nKELOWNA, B.C. — A Kelowna couple says their luggage went missing for three weeks after a "
                            + "flight from Toronto.\n\nIn an email, the airline apologized for the delay and said the claim was being processed.\n";
        var email = One(text, "being processed");
        Assert.Equal(("airline", "an email"), (email.Speaker, email.Channel));
    }

    /// <summary>"A Brampton man accused of defrauding seniors of more than $2 million told victims …" is the man's, a person (before:
    /// speaker "2 million").</summary>
    [Fact]
    public void The_man_a_participles_phrase_describes_is_who_told()
    {
        const string text = "Police warn of bank investigator scam\n\nBRAMPTON, Ont. — A Brampton man accused of defrauding seniors of more than $2 "
                            + "million told victims he was a bank investigator, according to court documents.\n";
        var told = One(text, "bank investigator");
        Assert.Equal("Brampton man", told.Speaker);
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Person, told.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(told.Speaker));
    }

    /// <summary>"Moe told reporters that Highways Minister Darren Ruff offered his resignation … and that he accepted it" is one remark of
    /// Moe's, whole (before: Moe's words "that Highways Minister", and "that he accepted it" as Ruff's offer).</summary>
    [Fact]
    public void A_second_that_after_and_goes_on_with_the_first_verb()
    {
        const string text = "Minister quits cabinet\n\nREGINA — A Saskatchewan cabinet minister has resigned after being charged with impaired "
                            + "driving, Premier Scott Moe said Thursday.\n\nMoe told reporters that Highways Minister Darren Ruff offered his resignation "
                            + "Wednesday night and that he accepted it.\n";
        var told = One(text, "offered his resignation");
        Assert.Equal("Scott Moe", told.Speaker);
        Assert.EndsWith("and that he accepted it", told.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker == "Darren Ruff");
    }

    /// <summary>"The Crown corporation's chief financial officer, Ryan Wilson, told the Public Utilities Board Tuesday …" after
    /// "Manitoba Hydro says …": the role is Manitoba Hydro's and the board is told without the day (before: "Crown corporation's chief
    /// financial officer", channel "Public Utilities Board Tuesday").</summary>
    [Fact]
    public void A_crown_corporations_officer_and_a_board_told_on_a_day()
    {
        const string text = "Manitoba Hydro warns of rate hikes\n\nWINNIPEG — Manitoba Hydro says customers could face rate increases of nearly 4 "
                            + "per cent a year.\n\nThe Crown corporation's chief financial officer, Ryan Wilson, told the Public Utilities Board Tuesday that "
                            + "drought had cost the utility about $1 billion in lost sales.\n";
        var told = One(text, "lost sales");
        Assert.Equal(("Ryan Wilson", "chief financial officer of Manitoba Hydro", "Public Utilities Board"), (told.Speaker, told.SpeakerRole, told.Channel));
    }

    /// <summary>"According to IRCC figures, …" is IRCC's, via its figures (before: speaker "IRCC figures").</summary>
    [Fact]
    public void A_bodys_figures_are_the_bodys()
    {
        const string text = "Ottawa cuts study permits again\n\nOTTAWA — The federal government will cut the number of new study permits again next "
                            + "year, Immigration Minister Lena Metlege Diab announced Friday.\n\nAccording to IRCC figures, there were about 1 million "
                            + "international students in Canada at the end of 2023.\n";
        var figures = One(text, "1 million");
        Assert.Equal(("IRCC", "figures"), (figures.Speaker, figures.Channel));
    }

    /// <summary>The headline's "…, auditor general finds" over "…, the province's auditor general says" and "Shelley Spence found …" is
    /// Shelley Spence's (before: "auditor general", nobody named).</summary>
    [Fact]
    public void A_headlines_office_is_the_person_the_lede_names_in_it()
    {
        const string text = "Ontario Place deal cost taxpayers $2.2B, auditor general finds\n\nTORONTO — The Ontario government's deal for a private spa "
                            + "at Ontario Place will cost taxpayers at least $2.2 billion, the province's auditor general says.\n\nIn a special report "
                            + "released Wednesday, Shelley Spence found the government chose the operator without a competitive process.\n";
        Assert.Equal("Shelley Spence", One(text, "$2.2B").Speaker);
    }

    /// <summary>"…, the municipality said in a notice posted at the site Monday." then "The notice says …": the notice speaks for the
    /// municipality (before: speaker "notice").</summary>
    [Fact]
    public void A_notice_speaks_for_whoever_posted_it()
    {
        const string text = "Encampment residents told to leave by Friday\n\nHALIFAX — People living in tents at the Grand Parade have been told they "
                            + "must leave by Friday, the municipality said in a notice posted at the site Monday.\n\nThe notice says the city will provide "
                            + "storage for belongings.\n";
        Assert.EndsWith("must leave by Friday", One(text, "living in tents").Content.Text, StringComparison.Ordinal);
        var notice = One(text, "storage for belongings");
        Assert.Equal(("municipality", "a notice"), (notice.Speaker, notice.Channel));
    }

    /// <summary>"Quebec's largest teachers' union will ask its members …, saying …" is the union's; the headline's "union calls strike
    /// vote over class sizes" is no claim; "the union said" is the Fédération des syndicats de l'enseignement, whole (before: speakers
    /// "Quebec's" and "Fédération des syndicats de", and a claim "calls: over class sizes").</summary>
    [Fact]
    public void A_possessives_union_and_a_french_unions_whole_name()
    {
        const string text = "Quebec teachers' union calls strike vote over class sizes\n\nMONTREAL — Quebec's largest teachers' union will ask its "
                            + "members to vote on a strike mandate, saying the province has refused to budge on class sizes.\n\n\"Our members are at the "
                            + "end of their rope,\" said Josée Scalabrini, president of the Fédération des syndicats de l'enseignement (FSE-CSQ).\n\nA "
                            + "strike could begin as early as January, the union said.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.Equal("Quebec's largest teachers' union", One(text, "refused to budge").Speaker);
        Assert.Equal("Fédération des syndicats de l'enseignement", One(text, "as early as January").Speaker);
        Assert.DoesNotContain(claims, a => a.Content.Text == "over class sizes");
    }

    /// <summary>"FBI General Counsel James A. Baker wrote …" is James A. Baker, the FBI's general counsel (before: "Counsel James A.
    /// Baker", role "FBI general").</summary>
    [Fact]
    public void General_counsel_is_a_title()
    {
        const string text = "FBI hands over emails\n\nWASHINGTON — FBI General Counsel James A. Baker wrote in a letter that the bureau would "
                            + "provide the records.\n";
        var letter = One(text, "provide the records");
        Assert.Equal(("James A. Baker", "FBI general counsel"), (letter.Speaker, letter.SpeakerRole));
    }

    /// <summary>"The province has agreed to pay him $2.5 million in compensation" is what the province did, no claim (before: a claim
    /// of the Government of Saskatchewan's).</summary>
    [Fact]
    public void What_a_body_agreed_to_do_is_no_claim()
    {
        const string text = "Apology\n\nSASKATOON — Saskatchewan's justice minister has apologized to a man who spent 27 years in prison.\n\n"
                            + "\"I forgive them,\" Greg Fertuck said.\n\nThe province has agreed to pay Fertuck $2.5 million in compensation.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("$2.5 million", StringComparison.Ordinal));
    }

    /// <summary>"Justice Richard Danyliuk said Jessica Whitehawk, 34, had sold drugs …" keeps whom the words are about (before: "had
    /// sold drugs …", nobody's deed).</summary>
    [Fact]
    public void The_words_keep_their_subject_named_with_an_age()
    {
        const string text = "Regina woman sentenced for fentanyl trafficking\n\nREGINA — A Regina woman has been sentenced to six years in prison for "
                            + "trafficking fentanyl.\n\nCourt of King's Bench Justice Richard Danyliuk said Jessica Whitehawk, 34, had sold drugs \"with "
                            + "full knowledge of the harm they were causing.\"\n";
        Assert.StartsWith("Jessica Whitehawk, 34, had sold drugs", One(text, "sold drugs").Content.Text, StringComparison.Ordinal);
    }

    /// <summary>"A Grade 11 student at a Mississauga high school, who asked not to be named, said …" is a person on the card (before:
    /// an organisation, as the last word "school" read).</summary>
    [Fact]
    public void A_student_at_a_school_is_a_person()
    {
        const string text = "Ontario to ban cellphones in classrooms\n\nTORONTO — Ontario will ban cellphones in classrooms starting in September.\n\n"
                            + "A Grade 11 student at a Mississauga high school, who asked not to be named, said most of her classmates would find ways "
                            + "around the ban.\n";
        var student = One(text, "ways around the ban");
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Person, student.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(student.Speaker));
    }

    /// <summary>The headline's "Alberta doctors' group warns of …" over "…, according to a survey by the Alberta Medical Association" is
    /// the association (before: "Alberta doctors' group").</summary>
    [Fact]
    public void A_headlines_group_in_lower_case_is_the_body_the_lede_names()
    {
        const string text = "Alberta doctors' group warns of family physician exodus\n\nEDMONTON — One in five family doctors in Alberta plans to leave "
                            + "the province or retire within five years, according to a survey by the Alberta Medical Association.\n\nAMA president "
                            + "Dr. Shelley Duggan said the results should \"set off alarm bells\" at the legislature.\n";
        Assert.Equal("Alberta Medical Association", One(text, "physician exodus").Speaker);
    }

    /// <summary>"Commission counsel Frank Au asked Sloly whether he had considered resigning earlier." is a question put, no claim
    /// (before: a claim of Frank Au's).</summary>
    [Fact]
    public void Whom_a_counsel_asked_and_the_question_is_no_claim()
    {
        const string text = "Convoy inquiry\n\nOTTAWA — Former Ottawa police chief Peter Sloly told the commission on Friday that his force was "
                            + "\"overwhelmed.\"\n\nCommission counsel Frank Au asked Sloly whether he had considered resigning earlier. Sloly said he had not.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Speaker == "Frank Au");
    }

    /// <summary>"Ottawa Senators owner says …" and "The owner of the Ottawa Senators says …" before "Michael Andlauer told reporters …"
    /// are Michael Andlauer, owner of the Ottawa Senators (before: "Ottawa Senators owner" and "owner of the Ottawa Senators").</summary>
    [Fact]
    public void The_owner_of_a_team_the_lede_describes_is_the_one_named_next()
    {
        const string text = "Ottawa Senators owner says new arena deal 'close'\n\nOTTAWA — The owner of the Ottawa Senators says a deal for a new "
                            + "downtown arena at LeBreton Flats is close to being finalized.\n\nMichael Andlauer told reporters on Tuesday that the team "
                            + "and the National Capital Commission had agreed on \"the major terms.\"\n";
        Assert.Equal("Michael Andlauer", One(text, "close to being finalized").Speaker);
        Assert.Equal(("Michael Andlauer", "owner of the Ottawa Senators"), (One(text, "arena deal").Speaker, One(text, "arena deal").SpeakerRole));
    }

    /// <summary>"Rabbi Yosef Goldman said …" is "Yosef Goldman, rabbi" on the card (before: the role "Rabbi").</summary>
    [Fact]
    public void A_title_alone_as_a_role_is_in_lower_case()
    {
        const string text = "Synagogue vandalized\n\nFREDERICTON — Police are investigating after swastikas were painted on a synagogue.\n\nRabbi "
                            + "Yosef Goldman said members of the congregation were shaken but would not be intimidated.\n";
        Assert.Equal("rabbi", One(text, "shaken").SpeakerRole);
    }

    /// <summary>"…, TTC CEO Mandeep Lali told the commission's board on Wednesday." is Lali's remark of the words before, told to the
    /// board (before: no claim at all).</summary>
    [Fact]
    public void Told_a_bodys_board_after_the_words()
    {
        const string text = "TTC to cut service on 12 bus routes\n\nTORONTO — The Toronto Transit Commission will reduce service on 12 bus routes "
                            + "starting in January to cope with a $20-million budget shortfall, TTC CEO Mandeep Lali told the commission's board on "
                            + "Wednesday.\n";
        var told = One(text, "12 bus routes starting");
        Assert.Equal(("Mandeep Lali", "commission's board"), (told.Speaker, told.Channel));
    }

    /// <summary>"She asked that the family's name not be published." is a request about the story, no claim (before: a claim of the
    /// daughter's).</summary>
    [Fact]
    public void Asking_that_a_name_not_be_published_is_no_claim()
    {
        const string text = "Missing hiker found alive\n\nKAMLOOPS, B.C. — A 63-year-old hiker has been found alive, RCMP say.\n\nThe man's daughter, "
                            + "reached by phone, said the family was \"overwhelmed with gratitude.\" She asked that the family's name not be published.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("not be published", StringComparison.Ordinal));
    }

    /// <summary>"Developer Zedda Architects said it was disappointed. In a statement, the firm said …" is Zedda Architects, an
    /// organisation, twice (before: the person "Developer Zedda Architects", and the firm as "Yukon Housing Corp.", whose figures come
    /// next); "dozens of neighbours spoke against it at a public hearing" is no claim.</summary>
    [Fact]
    public void The_firm_is_not_the_body_named_after_it()
    {
        const string text = "Whitehorse council rejects housing project\n\nWHITEHORSE — Whitehorse city council has voted 4-3 against a 60-unit "
                            + "apartment building after dozens of neighbours spoke against it at a public hearing.\n\nDeveloper Zedda Architects said it "
                            + "was disappointed. In a statement, the firm said Whitehorse \"badly needs\" new rental housing.\n\nYukon Housing Corp. "
                            + "figures show the territory's rental vacancy rate was 1.1 per cent last year.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.Equal("Zedda Architects", One(text, "badly needs").Speaker);
        var developer = One(text, "was disappointed");
        Assert.Equal(("Zedda Architects", FactCheck.Publishing.SpeakerKinds.Organization), (developer.Speaker, developer.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(developer.Speaker)));
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("against", StringComparison.Ordinal));
    }

    /// <summary>"Statistics Canada said …. The agency said …. “…,” said BMO chief economist Doug Porter …. Economists polled by Reuters
    /// had expected …. Grocery prices rose …, the agency said." is Statistics Canada's (before: "agency").</summary>
    [Fact]
    public void The_agency_read_before_is_the_same_agency_after_others_spoke()
    {
        const string text = "Inflation rises to 2.4%\n\nOTTAWA — Canada's annual inflation rate rose to 2.4 per cent in October, Statistics Canada said "
                            + "Tuesday.\n\nThe agency said higher gasoline prices were the biggest contributor.\n\n\"This was a bit hotter than expected,\" "
                            + "said BMO chief economist Doug Porter in a note to clients.\n\nEconomists polled by Reuters had expected inflation of 2.3 per "
                            + "cent.\n\nGrocery prices rose 3.4 per cent from a year earlier, the agency said.\n";
        Assert.Equal("Statistics Canada", One(text, "Grocery prices").Speaker);
    }
    /// <summary>"Conservative MP Clifford Small", "Rosa Parks", "Steve Jobs" are people: a portfolio's word that is a surname after a
    /// given name ends no organisation's name (before: each an organisation on the card).</summary>
    [Fact]
    public void A_portfolio_word_that_is_a_surname_ends_a_persons_name()
    {
        const string text = "Fishery closure angers harvesters\n\nST. JOHN'S, N.L. — Conservative MP Clifford Small said the closure of the mackerel "
                            + "fishery was \"a slap in the face\" to rural Newfoundland.\n\nOntario Parks said the campground would reopen in May.\n";
        var mp = One(text, "slap in the face");
        Assert.Equal(("Clifford Small", FactCheck.Publishing.SpeakerKinds.Person), (mp.Speaker, mp.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(mp.Speaker)));
        var parks = One(text, "campground");
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Organization, parks.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(parks.Speaker));
    }

    /// <summary>"Passengers on a flight from Cancún say …" after a headline is the passengers (before: "Cancún").</summary>
    [Fact]
    public void People_described_by_where_they_were_are_not_the_place()
    {
        const string text = "Pearson delays: passengers describe hours on the tarmac\n\nTORONTO — Passengers on a flight from Cancún say they were stuck "
                            + "on the tarmac at Toronto Pearson International Airport for more than four hours on Sunday night.\n";
        Assert.Equal("Passengers on a flight from Cancún", One(text, "stuck on the tarmac").Speaker);
    }

    /// <summary>"Smith made the comments on her radio show, Your Province, Your Premier, where she said …" is Smith's (before: the
    /// person "Your Province").</summary>
    [Fact]
    public void A_shows_name_is_nobody_a_pronoun_means()
    {
        const string text = "Smith says Alberta still weighing pension exit\n\nEDMONTON — Premier Danielle Smith says Alberta is still weighing whether "
                            + "to leave the Canada Pension Plan.\n\nSmith made the comments Saturday on her weekly radio call-in show, Your Province, "
                            + "Your Premier, where she said the province deserves a fair share of the plan's assets.\n";
        Assert.Equal("Danielle Smith", One(text, "fair share").Speaker);
    }

    /// <summary>"Burnaby Mayor Mike Hurley told CBC News the city supports stronger protections for renters." keeps "the city supports"
    /// in the words (before: "stronger protections for renters" alone).</summary>
    [Fact]
    public void Told_an_outlet_a_clause_whose_verb_is_a_stance()
    {
        const string text = "Tenants win eviction fight\n\nVANCOUVER — A judge has ruled that tenants of a Burnaby building cannot be evicted while an "
                            + "appeal is underway.\n\nBurnaby Mayor Mike Hurley told CBC News the city supports stronger protections for renters.\n";
        var told = One(text, "stronger protections");
        Assert.Equal(("Mike Hurley", "the city supports stronger protections for renters"), (told.Speaker, told.Content.Text));
    }

    /// <summary>"Dr. Cory Neudorf, interim senior medical health officer with the Saskatchewan Health Authority, told council fluoride at
    /// current levels is safe." has the whole role and the whole clause (before: no role, and "current levels is safe").</summary>
    [Fact]
    public void A_role_of_four_words_and_words_told_to_council()
    {
        const string text = "Saskatoon keeps fluoride\n\nSASKATOON — Saskatoon city council has voted 8-3 to keep fluoride in the city's water.\n\n"
                            + "\"Fluoride prevents cavities,\" said Coun. Hilary Gough.\n\nDr. Cory Neudorf, interim senior medical health officer with the "
                            + "Saskatchewan Health Authority, told council fluoride at current levels is safe.\n";
        var doctor = One(text, "current levels");
        Assert.Equal(("interim senior medical health officer with the Saskatchewan Health Authority", "fluoride at current levels is safe", "council"),
            (doctor.SpeakerRole, doctor.Content.Text, doctor.Channel));
    }

    /// <summary>"… despite a poll suggesting most Albertans oppose the idea" is the poll's, not "despite a poll"'s; "Lawyers for the
    /// developer, Concord Pacific, argued …" is the company's, an organisation (before: a person).</summary>
    [Fact]
    public void A_preposition_is_no_part_of_the_source_and_the_developer_is_a_company()
    {
        const string text = "Pension exit still on the table\n\nCALGARY — Alberta is still weighing whether to leave the plan, despite a poll suggesting "
                            + "most Albertans oppose the idea.\n\nLawyers for the developer, Concord Pacific, argued that delays were costing the company "
                            + "$50,000 a month.\n";
        Assert.Equal("poll", One(text, "most Albertans oppose").Speaker);
        var developer = One(text, "delays were costing");
        Assert.Equal(("Concord Pacific", FactCheck.Publishing.SpeakerKinds.Organization), (developer.Speaker, developer.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(developer.Speaker)));
    }
    /// <summary>"President Per Bank told analysts …" and "Mayor Bill de Blasio said …" are people on the card (before: organisations,
    /// for "Bank" and for the lower-case "de").</summary>
    [Fact]
    public void A_titled_name_and_a_name_with_a_particle_are_people()
    {
        const string text = "Grocer's profit rises\n\nTORONTO — Loblaw Companies Ltd. says its profit rose 9 per cent.\n\nPresident Per Bank told analysts "
                            + "that discount banners continued to outperform.\n\nNew York Mayor Bill de Blasio said the city was watching prices closely.\n";
        foreach (var words in new[] { "discount banners", "watching prices" })
        {
            var claim = One(text, words);
            Assert.Equal(FactCheck.Publishing.SpeakerKinds.Person, claim.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(claim.Speaker));
        }
    }

    /// <summary>"Minister Tim McLeod made the announcement Monday in Swift Current. ¶ He said …" is McLeod's (before: the person
    /// "Swift Current").</summary>
    [Fact]
    public void A_town_after_in_is_nobody_a_pronoun_means()
    {
        const string text = "Pilot project fills spots\n\nREGINA — A pilot project that pays doctors to work in rural Saskatchewan has filled all 20 of "
                            + "its spots, the province says.\n\nRural and Remote Health Minister Tim McLeod made the announcement Monday in Swift "
                            + "Current.\n\nHe said the program would be expanded next year.\n";
        Assert.Equal("Tim McLeod", One(text, "expanded next year").Speaker);
    }

    /// <summary>"The union … has rejected what the Crown corporation called its final offer." is no claim (before: the union's claim
    /// "what the Crown corporation called its final offer"); "Assistant Crown attorney Paul Vendetti" is an "assistant Crown
    /// attorney" on the card.</summary>
    [Fact]
    public void Rejecting_what_others_called_a_thing_is_no_claim()
    {
        const string text = "Postal union rejects offer\n\nOTTAWA — The union representing 55,000 Canada Post workers has rejected what the Crown "
                            + "corporation called its final offer.\n\nAssistant Crown attorney Paul Vendetti said outside court that the family was "
                            + "satisfied with the sentence.\n";
        Assert.DoesNotContain(AttributionExtractor.Extract(text), a => a.Content.Text.Contains("final offer", StringComparison.Ordinal));
        Assert.Equal("assistant Crown attorney", One(text, "satisfied").SpeakerRole);
    }
    /// <summary>"…, the city says, but riders and drivers say they still do not feel safe." is the riders' and drivers' (before: the
    /// city's).</summary>
    [Fact]
    public void Two_groups_joined_after_but_are_who_speaks()
    {
        const string text = "Transit ridership recovers\n\nEDMONTON — Ridership on buses and trains has returned to pre-pandemic levels, the city says, "
                            + "but riders and drivers say they still do not feel safe.\n";
        Assert.Equal("riders and drivers", One(text, "do not feel safe").Speaker);
    }

    /// <summary>"Premier Doug Ford has long opposed bike lanes on arterial roads, calling them a cause of gridlock." is no claim that
    /// he opposed them, only what he called them (before: a claim "bike lanes on arterial roads").</summary>
    [Fact]
    public void Long_opposed_a_thing_is_a_stance()
    {
        const string text = "Ontario to limit bike lanes\n\nTORONTO — Premier Doug Ford has long opposed bike lanes on arterial roads, calling them a "
                            + "cause of gridlock.\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("opposed", StringComparison.Ordinal));
        Assert.Contains(claims, a => a.Content.Text.Contains("cause of gridlock", StringComparison.Ordinal));
    }
    /// <summary>"In a report …, commissioner Muneeza Sheikh said former councillor Raj Sandhu claimed more than $12,000 in expenses that
    /// …" is the commissioner's claim, whole; claiming expenses is no claim (before: only the councillor's "claim", of the words
    /// after a relative "that").</summary>
    [Fact]
    public void Expenses_claimed_are_no_claim_and_the_finding_is_the_commissioners()
    {
        const string text = "Expense claims improper, commissioner finds\n\nBRAMPTON, Ont. — A former councillor broke the code of conduct, the city's "
                            + "integrity commissioner has found.\n\nIn a report released Monday, commissioner Muneeza Sheikh said former councillor Raj "
                            + "Sandhu claimed more than $12,000 in expenses that \"had no connection to city business.\"\n";
        var claims = AttributionExtractor.Extract(text);
        Assert.DoesNotContain(claims, a => a.Cue.Text.Contains("claimed", StringComparison.Ordinal));
        var finding = One(text, "$12,000");
        Assert.Equal(("Muneeza Sheikh", "former councillor Raj Sandhu claimed"), (finding.Speaker, finding.Content.Text[..36]));
    }

    /// <summary>"According to the statement of claim, filed in Court of King's Bench last week, Maria Santos, 58, went …" begins the words
    /// at Maria Santos (before: at "filed in Court …"); "…, the force said" after "Regina police say" is Regina police (before:
    /// "force").</summary>
    [Fact]
    public void Where_a_document_was_filed_is_no_part_of_its_words_and_the_force_is_the_police_named()
    {
        const string text = "Lawsuit filed over ER death\n\nCALGARY — According to the statement of claim, filed in Court of King's Bench last week, "
                            + "Maria Santos, 58, went to hospital with chest pain and was not seen by a doctor until the next morning.\n\nREGINA — Regina "
                            + "police say a 39-year-old man died in hospital after he was found unresponsive in a cell.\n\nThe province's serious "
                            + "incident team has been notified, the force said.\n";
        Assert.StartsWith("Maria Santos", One(text, "chest pain").Content.Text, StringComparison.Ordinal);
        Assert.Equal("Regina police", One(text, "has been notified").Speaker);
    }
    /// <summary>"ST. JOHN'S, N.L. — As of Monday, according to Newfoundland and Labrador Hydro, about 5,000 customers were without
    /// power." is the utility's claim that customers were without power (before: the words "As of Monday"); "Human Rights Watch" is
    /// an organisation (before: a person).</summary>
    [Fact]
    public void When_then_according_to_then_the_words()
    {
        const string text = "Thousands still in the dark\n\nST. JOHN'S, N.L. — As of Monday, according to Newfoundland and Labrador Hydro, about 5,000 "
                            + "customers were without power.\n\nSecurity forces have killed more than 400 protesters, according to Human Rights Watch.\n";
        var hydro = One(text, "without power");
        Assert.Equal(("Newfoundland and Labrador Hydro", "about 5,000 customers were without power"), (hydro.Speaker, hydro.Content.Text));
        var watch = One(text, "400 protesters");
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Organization, watch.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(watch.Speaker));
    }
    /// <summary>"RBC, Hill's bank, said in a statement …" after "Margaret Hill, 74, said …" is the bank's (before: Margaret Hill's).</summary>
    [Fact]
    public void A_body_set_off_as_someones_bank_is_the_body()
    {
        const string text = "Guelph woman loses $40,000 to fake bank calls\n\nGUELPH, Ont. — Margaret Hill, 74, said the caller knew her name and "
                            + "address.\n\nRoyal Bank of Canada, Hill's bank, said in a statement that it would never ask clients to move their savings.\n";
        var bank = One(text, "never ask clients");
        Assert.Equal(("Royal Bank of Canada", FactCheck.Publishing.SpeakerKinds.Organization), (bank.Speaker, bank.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(bank.Speaker)));
    }
    /// <summary>"Wiebe, a nurse running for the Conservatives, says …" is "nurse running for the Conservatives" on the card (before: no
    /// role).</summary>
    [Fact]
    public void A_role_and_what_the_person_is_running_for()
    {
        const string text = "The fight for Winnipeg South Centre\n\nWINNIPEG — Ben Carr and Sarah Wiebe have known each other since high school.\n\n"
                            + "Wiebe, a nurse running for the Conservatives, says people are tired of waiting.\n";
        var nurse = One(text, "tired of waiting");
        Assert.Equal(("Sarah Wiebe", "nurse running for the Conservatives"), (nurse.Speaker, nurse.SpeakerRole));
    }
    /// <summary>"In one email, …, a director in the agency's IT branch wrote that …" is the director, a person (before: the source
    /// "IT", read as the pronoun "it", and the speaker the emails named before); "the group's analyst, Sylvie De Bellefeuille" after
    /// "consumer group Option consommateurs" is "analyst at Option consommateurs" (before: "at Option").</summary>
    [Fact]
    public void Capital_initials_are_no_pronoun_and_a_french_bodys_name_runs_on()
    {
        const string text = "Ottawa warned of app costs, emails show\n\nOTTAWA — Officials were warned in 2021 that costs were spiralling, according to "
                            + "internal emails obtained by CBC News.\n\nIn one email, dated Nov. 3, 2021, a director in the agency's IT branch wrote that "
                            + "\"nobody can tell me what we are actually paying for.\"\n\nBut consumer group Option consommateurs said many families were "
                            + "struggling.\n\n\"It adds up,\" said the group's analyst, Sylvie De Bellefeuille.\n";
        var director = One(text, "actually paying");
        Assert.Equal(("director in the agency's IT branch", FactCheck.Publishing.SpeakerKinds.Person),
            (director.Speaker, director.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(director.Speaker)));
        Assert.Equal("analyst at Option consommateurs", One(text, "adds up").SpeakerRole);
    }
    /// <summary>"RCMP in Surrey say …. Police allege …" is "Surrey RCMP" twice (before: "RCMP in Surrey", then "Police").</summary>
    [Fact]
    public void A_force_named_with_its_place_after_it_is_the_police_of_that_place()
    {
        const string text = "Three charged in extortion probe\n\nSURREY, B.C. — RCMP in Surrey say three men have been charged in a string of extortion "
                            + "attempts.\n\nPolice allege the men sent threatening letters demanding money.\n";
        Assert.Equal("Surrey RCMP", One(text, "three men have been charged").Speaker);
        Assert.Equal("Surrey RCMP", One(text, "threatening letters").Speaker);
    }
    /// <summary>"Alberta doctors warn of cuts to rural surgery" keeps "cuts" in the words (before: "to rural surgery"); "Dr. Kym Jim, an
    /// internist who speaks for …" is an internist on the card.</summary>
    [Fact]
    public void A_word_left_after_warn_of_and_an_internist()
    {
        const string text = "Alberta doctors warn of cuts to rural surgery\n\nRED DEER, Alta. — Dr. Kym Jim, an internist who speaks for a group of 60 "
                            + "doctors at the hospital, said some patients had waited more than a year.\n";
        Assert.Contains(AttributionExtractor.Extract(text), a => a.Content.Text == "cuts to rural surgery");
        Assert.Equal("internist", One(text, "more than a year").SpeakerRole);
    }

    /// <summary>"A group that opposes the redevelopment of Ontario Place says …. Ontario Place for All spokesperson Norm Di Pasquale
    /// said …" is Ontario Place for All's first remark (before: "group").</summary>
    [Fact]
    public void A_group_described_in_the_lede_is_the_body_its_spokesperson_names()
    {
        const string text = "Spa opponents to go to top court\n\nTORONTO — A group that opposes the redevelopment of Ontario Place says it will go to the "
                            + "Supreme Court of Canada after losing its appeal.\n\nOntario Place for All spokesperson Norm Di Pasquale said the ruling "
                            + "\"gives the government a blank cheque.\"\n";
        Assert.Equal("Ontario Place for All", One(text, "Supreme Court").Speaker);
    }
    /// <summary>"Shipping data compiled by the port shows …" is the port's, via its data (before: the speaker "Shipping").</summary>
    [Fact]
    public void Data_of_a_kind_compiled_by_a_body_is_the_bodys()
    {
        const string text = "Port strike ends\n\nVANCOUVER — Longshore workers returned to work Thursday.\n\nShipping data compiled by the port shows more "
                            + "than 60 vessels waited at anchor during the dispute.\n";
        var data = One(text, "60 vessels");
        Assert.Equal(("port", "data"), (data.Speaker, data.Channel));
    }
    /// <summary>"…, Alberta Fish and Wildlife officials say. ¶ The man … was hiking alone …, officials said." is the same officials
    /// (before: "officials").</summary>
    [Fact]
    public void Officials_after_a_bodys_officials_are_the_same()
    {
        const string text = "Hiker recovering after bear attack\n\nCANMORE, Alta. — A hiker who was attacked by a grizzly bear is recovering in hospital, "
                            + "Alberta Fish and Wildlife officials say.\n\nThe man, in his 50s, was hiking alone when he surprised the bear and her two "
                            + "cubs, officials said.\n";
        Assert.Equal("Alberta Fish and Wildlife officials", One(text, "hiking alone").Speaker);
    }
    /// <summary>"…, police say. ¶ The Ottawa Police Service said …" makes the lede's police the Ottawa Police Service (before:
    /// "police"); "… with his father, Assam, said …. His father … said …" is Assam Hadhad (before: "Tareq Hadhad's father").</summary>
    [Fact]
    public void A_ledes_police_and_a_father_named_before_are_who_the_article_names()
    {
        const string text = "Teen charged after threats\n\nOTTAWA — A 15-year-old has been charged after threats were made against an Ottawa high "
                            + "school, police say.\n\nThe Ottawa Police Service said officers arrested the teen the next morning.\n\nTareq Hadhad, who "
                            + "founded Peace by Chocolate with his father, Assam, said the new bakery would sell Syrian sweets.\n\nHis father, speaking "
                            + "through an interpreter, said he was proud of his son.\n";
        Assert.Equal("Ottawa Police Service", One(text, "15-year-old").Speaker);
        Assert.Equal("Assam Hadhad", One(text, "proud of his son").Speaker);
    }
    /// <summary>A French particle makes a person's name only after a given name: "Ville de Québec said …" stays an organisation while
    /// "Osama bin Laden" and "Mayor Bill de Blasio" are people.</summary>
    [Fact]
    public void A_french_particle_after_no_given_name_is_no_persons_name()
    {
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Organization, FactCheck.Publishing.SpeakerKinds.Kind("Ville de Québec"));
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Person, FactCheck.Publishing.SpeakerKinds.Kind("Osama bin Laden"));
        Assert.Equal(FactCheck.Publishing.SpeakerKinds.Person, FactCheck.Publishing.SpeakerKinds.Kind("Bill de Blasio"));
    }
}
