using System.Text.RegularExpressions;

namespace FactCheck.Extraction;

/// <summary>
/// A last pass over what was found, for shapes a careful editor attributes otherwise: narration is not a claim
/// ("sought to project", "intends to fly"); "the agency X quoted NAME as saying that …" is NAME speaking via X; "according
/// to a statement from the ministry" is the ministry speaking in a statement. Spans are left as found; speaker and channel
/// change, and narration is left out of the claims (kept in <see cref="AttributionExtractor.Attributions"/>).
/// </summary>
internal static partial class Refine
{
    /// <summary>Action and intention verbs: what someone did or means to do, not what they said or believe.</summary>
    static readonly HashSet<string> Narration =
    [
        "sought", "seek", "seeks", "seeking", "tried", "try", "tries", "trying", "intends", "intend", "intended", "plans", "plan", "planned",
        "planning", "visited", "visits", "toured", "tours", "hopes", "hoped", "aims", "aimed", "wants", "wanted", "want", "wanting", "attempted", "attempts",
        "pushed", "pushes", "pushing", "faced", "faces", "facing",
        // What someone learned is what someone else told them: "workers learned Tuesday that the mill would close".
        "learned", "learns", "learnt", "lobbied", "lobbies", "lobbying", "campaigned", "campaigns", "campaigning",
        // A vote is an act ("council voted 10-4 to put fluoride back"), not a statement.
        "voted", "votes", "vote", "voting",
        // Declining to speak says nothing: "the office declined to comment", "refused to say whether …".
        "declined", "declines", "declining", "refused", "refuses", "refusing",
        // What was ignored was not said by whoever ignored it: "alleges the landlord ignored repeated complaints".
        "ignored", "ignores", "ignoring",
        // A decision is an act ("the board decided Thursday fares will go up"), as a vote is.
        "decided", "decides", "deciding",
    ];

    /// <summary>"Spoke", "talked": speaking, whose unquoted words after it are where, when or to whom ("spoke in Gdansk at a rally").</summary>
    static readonly HashSet<string> Speaking = ["spoke", "speak", "speaks", "speaking", "talked", "talk", "talks", "talking",
        "responded", "respond", "responds", "responding", "reacted", "react", "reacts", "reacting"]; // "responded Tuesday to the report"

    /// <summary>Verbs whose object is a thing, not a statement: "defended the plan on Tuesday" says what someone did.</summary>
    static readonly HashSet<string> Stances =
    [
        "thanked", "thanks", "thanking", "defended", "defends", "defending", "criticized", "criticised", "criticizes", "criticises", "praised", "praises", "slammed",
        "slams", "blasted", "blasts", "condemned", "condemns", "welcomed", "welcomes", "applauded", "applauds", "attacked", "attacks",
        "dismissed", "dismisses", "rejected", "rejects", "backed", "backs", "endorsed", "endorses", "opposed", "opposes", "hailed", "hails",
        "questioned", "questions", "questioning",
        // ("packed a meeting to oppose a plan": the plain verb too.)
        "oppose", "defend", "criticize", "criticise", "praise", "condemn", "welcome", "reject", "dismiss", "endorse", "hail", "applaud", "slam", "blast",
    ];

    static readonly HashSet<string> Circumstance =
        ["in", "at", "on", "to", "with", "before", "after", "during", "for", "from", "outside", "near", "about", "of", "by", "via", "alongside", "inside", "briefly", "later", "again", "publicly", "privately", "only", "today", "yesterday", "tonight",
         "through"];

    [GeneratedRegex(@"^\s*(?:that\s+)?(?:(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b|(?:only\s+)?(?:her|his|their)\s+(?:full\s+|last\s+|real\s+|first\s+)?names?\s+(?:not\s+)?(?:be\s+)?(?:used|published|disclosed|revealed|printed)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NotNamed();

    [GeneratedRegex(@"^\s*(?:that\s+)?(?:he|she|they|it|we|i|the\s+\w+)\s+(?:had|has|have|would\s+have)\s+no\s+(?:further\s+|immediate\s+)?comments?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoComment();

    /// <summary>Where or how something was said, ahead of its "that": "period that", "in a post on X, formerly Twitter, that".</summary>
    [GeneratedRegex(@"^(?:([a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3}\s+|in\s+(?:a|an|his|her|their|its)\s+[^,.;“”""]{2,40},\s+[^,.;“”""]{2,30},\s+)(?=that\s)")]
    private static partial Regex LeadIn();

    /// <summary>Words that open words said before their own "that" ("so that", "the fact that", "everything that").</summary>
    static readonly HashSet<string> NotLead = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "so", "such", "now", "all", "everything", "anything", "something", "nothing", "one", "it", "this", "those", "these",
        "he", "she", "they", "we", "i", "you", "there", "what", "not", "only", "just", "even", "but", "and", "or", "given", "except",
    };

    /// <summary>What is claimed as one's due: money ("more than $12,000 in expenses"), benefits, responsibility, victory.</summary>
    [GeneratedRegex(@"^(?:(?:more\s+than|nearly|almost|about|over|at\s+least|roughly)\s+)?(?:\$|US\$|C\$|£|€|\d[\d,.]*\s+(?:in\s+)?(?:dollars|expenses|benefits)\b)|^(?:(?:his|her|their|its|the)\s+)?(?:expenses|benefits|compensation|refunds?|credit|victory|responsibility|ownership|the\s+title|the\s+lives|asylum|refugee\s+status|damages|overtime|a\s+(?:refund|tax\s+credit|deduction|rebate))\b")]
    private static partial Regex ClaimedThing();

    /// <summary>"what the Crown corporation called its final offer": a thing, by the name someone gave it.</summary>
    [GeneratedRegex(@"^what\s+(?:[\w'’.-]+\s+){1,5}(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed|dubs|billed\s+as)\s")]
    private static partial Regex WhatOthersCalled();

    [GeneratedRegex(@",\s+(?:raising|prompting)\s+(?:new\s+|serious\s+|more\s+)?(?:questions|concerns|doubts|fears)\b")]
    private static partial Regex RaisingQuestions();

    /// <summary>"that claim, saying (that)", "the criticism, saying": what was rejected, then the words of the rejection.</summary>
    [GeneratedRegex(@"^(?:that|the|this|those|these|such)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?<saying>saying|arguing|noting)\s+(?:that\s+)?")]
    private static partial Regex RejectedThenSaying();

    /// <summary>A weekday a remark was made on ("Saturday", "on Tuesday"), for the patterns below.</summary>
    const string Weekday = @"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /// <summary>The same, or "today", "yesterday".</summary>
    internal const string Day = @"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)";

    /// <summary>", but his office did not provide details", ", but the ministry declined to say": what someone did not do, told by the reporter.</summary>
    [GeneratedRegex(@",?\s+but\s+(?:his|her|its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:office|ministry|department|spokesperson|spokesman|spokeswoman|government|company|campaign|agency|police|lawyer)\s+(?:did not|didn't|would not|wouldn't|declined|has not|hasn't|could not|couldn't|was not|wasn't|refused)\b")]
    private static partial Regex ButDidNot();

    /// <summary>The fields a department's name lists before its last two ("Immigration, " of "Immigration, Refugees and Citizenship Canada").</summary>
    [GeneratedRegex(@"(?<=\b(?:for|of|from|by|at|with|to)\s)(?:[A-Z][\w'’-]*,\s){1,3}$")]
    private static partial Regex FieldsBefore();

    /// <summary>A day opening words that go on with "to" or "that": "Saturday | to remove …".</summary>
    [GeneratedRegex(@"^" + Weekday + @"\s+(?=(?:to|that)\s)")]
    private static partial Regex DayThenWords();

    /// <summary>A punishment before "for …ing": "was fined $25,000 by the NBA on Tuesday for", "suspended for".</summary>
    [GeneratedRegex(@"\b(?:fined|suspended|fired|disciplined|sanctioned|penalized|penalised|punished|reprimanded|censured|expelled|ejected|banned|removed|dismissed|sued|charged|arrested|criticized|criticised|condemned)\b[^.;:“”""]*\bfor\s*$")]
    private static partial Regex Punished();

    /// <summary>A web address's ending after a name ("Rentals | .ca"), and a body joined to it ("and Urbanation").</summary>
    [GeneratedRegex(@"\G\.(?:ca|com|org|net|io)\b(?: and [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3})?")]
    private static partial Regex WebName();

    /// <summary>After whom someone told: a day, then the words.</summary>
    [GeneratedRegex(@"\G\s+(?:" + Weekday + @"\s+)?(?=[\w""“])")]
    private static partial Regex AfterWhom();

    /// <summary>Whether the words between whom someone told and a "that" are a clause of their own, the "that" a relative one after its
    /// noun: "the branch needs $3 million in repairs | that …" (not "on Tuesday | that", "in Ottawa | that").</summary>
    static bool RelativeThat(string text, int from, int that)
    {
        var words = text[from..that].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 4 and <= 14 && words[0] is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "he" or "she" or "they" or "it" or "we"
               && words[^1].All(c => char.IsLower(c)) && !Lexicon.Weekdays.Contains(words[^1])
               && words.Skip(1).Any(w => Finite(w) || w is "needs" or "need" or "needed" or "wants" or "wanted" or "must" or "should" or "may" or "might"
                                         || w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>Only names and articles: "Pratt ", "the ".</summary>
    [GeneratedRegex(@"^(?:(?:the|a|an)\s+|[A-Z][\w'’.-]*\s+){1,3}$")]
    private static partial Regex NamesOrArticles();

    /// <summary>Between a cue and the tagger's words: "a news conference at ", "reporters in ": the words may open with the place.</summary>
    [GeneratedRegex(@"^\s+(?:reporters|journalists|(?:a|the)\s+(?:news|press)\s+conference|(?:a|the)\s+briefing|(?:a|the)\s+(?:\w+\s+)?(?:committee|meeting|rally))\s+(?:at|in|outside)\s+$")]
    private static partial Regex PlaceBefore();

    /// <summary>After a cue (and a day), the words, then a phrase set beside them with someone's verdict on them: " Saturday to remove
    /// …, a pledge the Liberals called", ", a move critics described as".</summary>
    [GeneratedRegex(@"\G\s*(?:" + Day + @"\s+)?(?<words>(?:to|that)\s[^,;:“”""\n]{10,}?),\s*(?:a|an)\s+(?:[a-z-]+\s+)?(?:pledge|move|promise|decision|step|plan|proposal|commitment|announcement|measure|change|policy|claim|statement|remark|comment)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:called|described|labelled|labeled|dubbed)\b")]
    private static partial Regex VerdictBeside();

    /// <summary>A quotation's closing mark right after words read without it (a comma or stop may come first).</summary>
    [GeneratedRegex(@"\G[,.!?]?[”""]")]
    private static partial Regex QuoteCloses();

    /// <summary>The rest of a place's name, then "that": "Commons that …".</summary>
    [GeneratedRegex(@"^(?:[A-Z][\w'’.-]*\s+){1,4}(?=that\s)")]
    private static partial Regex NamedPlaceThenThat();

    /// <summary>Between a cue and the rest of a place's name: " in the House of ", " at Rideau ".</summary>
    [GeneratedRegex(@"^\s+(?:in|at|to|before|outside|on)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?:of\s+)?$")]
    private static partial Regex PlaceNameBefore();

    /// <summary>A place's name, then a clause: "City Hall | the county had …", "Queen's Park | the province …".</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:of|de|du)\s+)?){1,4}(?=(?:the|a|an|he|she|it|they|we|i|his|her|its|their|there|this|these|those|no|more|about|some|all|every|most|many|nearly|almost|only)\s)")]
    private static partial Regex PlaceThenClause();

    /// <summary>Between a cue and the tagger's words: ", raising the prospect of", a consequence the reporter draws; ", after rain
    /// slowed the fire" or ", three weeks after …", the reporter's account of why and when; ", expanding a program …", what it
    /// changes; ", calling the cameras a “cash cow”", a remark of its own under its own cue; or ", though he would not commit to a
    /// date" (a day may come first).</summary>
    [GeneratedRegex(@"\G\s*(?:" + Day + @"\s*)?,\s*(?:raising|prompting|sparking|fuelling|fueling|putting|leaving|paving|setting|casting|clearing|bringing|ending|marking|expanding|extending|reversing|doubling|calling|adding|noting|arguing|warning|citing|describing|after|amid|following|as|though|although|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|just|only|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|since))\s+")]
    private static partial Regex ConsequenceAfter();

    /// <summary>The initials of an organisation's name ("Independent Investigations Office of B.C." → "IIO"); null unless every word
    /// but "of", "the", "and", "for" and a place's abbreviation is capitalised.</summary>
    static string? Initials(string name)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w is "of" or "the" or "and" or "for" or "&" || w.Contains('.')) continue;
            if (!char.IsUpper(w[0])) return null;
            sb.Append(w[0]);
        }
        return sb.ToString();
    }

    /// <summary>"the number on her collar", "an emergency meeting": what a call made was, not what anyone was called.</summary>
    [GeneratedRegex(@"^(?:(?:the|a|an|his|her|their|its)\s+\w+\s+(?:on|to|at|in|for|from|into|about|with|of)\s|(?:an?|the)\s+(?:\w+\s+)?(?:meeting|press conference|news conference|election|vote|referendum|strike|timeout|ambulance)\b)")]
    private static partial Regex CallMade();

    static readonly System.Buffers.SearchValues<string> NamesWhat = System.Buffers.SearchValues.Create([" a ", " an "], StringComparison.Ordinal);

    /// <summary>"the ban but said schools would need …": a thing done, then the words said after "but".</summary>
    [GeneratedRegex(@"^[^""“”.;]{1,100}?,?\s+but\s+(?:also\s+|later\s+|then\s+)?(?<verb>said|says|warned|warns|added|adds|cautioned|noted|argued|insisted|stressed|acknowledged|conceded)\s+(?<words>\S)")]
    private static partial Regex ButSaid();

    /// <summary>A remark with other words (and cue), its quotations and check-worthiness read again.</summary>
    /// <summary>
    /// A paragraph that is a quotation and nothing else, signed by the paragraph after it ("“We had patients on stretchers in the
    /// hallway for days.” ¶ That's how Tracy Zambory, president of the nurses' union, describes a recent week", "So says Ana Ruiz,
    /// who …", "Those are the words of …"): the quotation is the named speaker's claim, added where no claim reads it.
    /// </summary>
    static void SignedAfter(string text, People people, List<Attribution> result)
    {
        if (text.IndexOf("how ", StringComparison.Ordinal) < 0 && text.IndexOf("So says", StringComparison.Ordinal) < 0 && text.IndexOf("words of", StringComparison.Ordinal) < 0) return;
        var added = false;
        foreach (Match m in SignedBy().Matches(text))
        {
            // The paragraph before: a quotation from its first character to its last.
            var end = m.Index;
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            if (end == 0 || text[end - 1] is not ('”' or '"')) continue;
            var start = text.LastIndexOf('\n', end - 1) + 1;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            // ("SASKATOON — “We had patients …”": after the dateline.)
            if (LeadingDateline().Match(text, start, end - start) is { Success: true } dateline) start += dateline.Length;
            if (start >= end || text[start] is not ('“' or '"') || !text.AsSpan(start, m.Index - start).Contains('\n')) continue;
            var content = TextSpan.Of(text, start, end);
            if (result.Any(r => r.Content.Start < content.End && content.Start < r.Content.End)) continue;
            var who = m.Groups["who"];
            var source = TextSpan.Of(text, who.Index, who.Index + who.Length);
            // ("That's how Tracy Zambory, president of the union, describes …": the verb after the role set off.)
            Group verb = m.Groups["verb"].Success ? m.Groups["verb"] : m.Groups["lead"].Value.EndsWith("how", StringComparison.Ordinal)
                && SigningVerb().Match(text, m.Index + m.Length, Math.Min(160, text.Length - m.Index - m.Length)) is { Success: true } later ? later.Groups[1] : m.Groups["lead"];
            var cue = TextSpan.Of(text, verb.Index, verb.Index + verb.Length);
            var speaker = Speakers.Resolve(source, text, people, null);
            // ("… describes the diner's back booth": what the signing verb describes is no remark of its own.)
            result.RemoveAll(r => r.Cue.Start < cue.End && cue.Start < r.Cue.End);
            result.Add(Rescored(text, people, new Attribution(source, cue, content, speaker, null, [], 0, []), content, cue));
            added = true;
        }
        if (added) result.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
    }

    [GeneratedRegex(@"(?m)^[ \t]*(?<lead>That['’]s how|That is how|That was how|So says|Those are the words of|Those were the words of)\s+(?<who>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+|(?:[Aa]n?|[Tt]he|[Oo]ne)\s+[^,.“”""\n]{3,60}?)(?=,|\.|\s+(?<verb>describes|described|puts it|put it|sees it|saw it|explains|explained|sums it up|summed it up|remembers it|recalls|recalled|feels|felt)\b)")]
    private static partial Regex SignedBy();

    [GeneratedRegex(@"\G,[^.“”""\n]{0,140}?,\s+(describes|described|puts it|put it|sees it|saw it|explains|explained|sums it up|summed it up|remembers it|recalls|recalled|feels|felt)\b")]
    private static partial Regex SigningVerb();

    /// <summary>A vote, a decision or an intention right before an infinitive cue: "voted 10-5 on Tuesday", "plans", "decided".</summary>
    [GeneratedRegex(@"\b(?:voted|votes|vote|decided|decides|moved|plans|planned|intends|intended|wants|wanted|hopes|hoped)\b[^,;.“”""]*$")]
    private static partial Regex IntendedBefore();

    /// <summary>A sentence that opens with the question put: "Asked about", "When asked whether", "Asked if".</summary>
    [GeneratedRegex(@"^\s*(?:When |After being |Later |Again )?[Aa]sked\s+(?:about|whether|if|what|how|why|when|who|where|for)\s*$")]
    private static partial Regex AskedOpening();

    /// <summary>A request that something not be done: "that the family's name not be published", "that her name be withheld".</summary>
    [GeneratedRegex(@"^that\s.{0,80}?\b(?:not\s+)?be\s+(?:named|published|identified|used|released|withheld|shared|disclosed)\b")]
    private static partial Regex AskedNotBe();

    /// <summary>Only a channel's phrase: "In a statement", "in an emailed statement", "In an interview".</summary>
    [GeneratedRegex(@"^(?:[Ii]n|[Oo]n|[Tt]hrough|[Vv]ia) (?:an?|the|its|his|her|their) (?:\w+ ){0,2}(?:statement|release|interview|post|email|letter|video)$")]
    private static partial Regex ChannelPhraseOnly();

    [GeneratedRegex(@"\G[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s+[—–]\s+")]
    private static partial Regex LeadingDateline();

    static Attribution Rescored(string text, People people, Attribution a, TextSpan content, TextSpan cue)
    {
        var quotes = AttributionExtractor.Quotes(text, content);
        var (score, reasons) = CheckWorthiness.Score(content.Text, a.Speaker, a.Source, cue, quotes.Count > 0, people);
        return a with { Cue = cue, Content = content, Quotes = quotes, CheckWorthiness = score, Reasons = reasons };
    }

    /// <summary>Findings whose passive is narration ("The body was found", "was identified as"), besides <see cref="Lexicon.PassiveOfSaying"/>.</summary>
    static readonly HashSet<string> PassiveFindings = new(StringComparer.Ordinal) { "found", "presumed", "determined", "identified" };

    /// <summary>Whether a form of "be" comes before cue word <paramref name="k"/>, past adverbs ("is not thought", "have sometimes been
    /// accused"); the word before the cue where the cue opens with it.</summary>
    static bool AuxiliaryBefore(string text, int cueStart, string[] cueWords, int k)
    {
        var j = k - 1;
        while (j >= 0 && !Auxiliaries.Contains(cueWords[j].ToLowerInvariant()) && Lexicon.Between.Contains(cueWords[j].ToLowerInvariant())) j--;
        return Auxiliaries.Contains(j >= 0 ? cueWords[j].ToLowerInvariant() : WordBefore(text, cueStart));
    }

    internal static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "was", "were", "is", "are", "been", "be", "being" };

    /// <summary>Cues of words said or written, which a channel may carry ("According to court documents, X told staff …").</summary>
    static readonly HashSet<string> SpokenThrough = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "wrote", "writes", "stated", "testified", "claimed", "argued", "added", "insisted", "warned", "announced",
        "confirmed", "promised", "admitted", "acknowledged", "explained", "emailed", "texted", "tweeted", "posted",
    };

    [GeneratedRegex(@"^(said|says|say)\s+([a-z][\w'’-]*)\s")]
    private static partial Regex SaidInto();

    /// <summary>Words that go on a cue after "said": where, when, to whom, how ("said in a statement", "said last week", "said that").</summary>
    static readonly HashSet<string> NotInto = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "to", "that", "during", "after", "before", "last", "this", "earlier", "later", "previously", "again", "also", "repeatedly",
        "of", "about", "through", "via", "by", "from", "with", "when", "while", "as", "recently", "yesterday", "today", "tonight", "late", "early",
        "publicly", "privately", "outside", "inside", "following", "near", "separately", "afterward", "afterwards", "then", "only", "simply", "flatly",
    };

    /// <summary>A case before a court or a board as the object of a stance verb: "a lawsuit", "the appeal", "their application".</summary>
    [GeneratedRegex(@"^(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?(?:lawsuits?|suits?|class\s+action|case|cases|appeals?|motions?|applications?|petitions?|complaints?|injunction|bids?|challenges?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Proceeding();

    /// <summary>Someone else's words as the object of a stance verb: "(the opposition's) claims that", "suggestions that", "the idea that".</summary>
    [GeneratedRegex(@"^\s*(?:[\w'’-]+\s+){0,4}?(?:claims?|allegations?|suggestions?|idea|notion|reports?|accusations?|criticism|rumou?rs?|speculation|concerns?|fears?|assertions?|characteri[sz]ations?)\s+(?:that|of|about)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Others();

    /// <summary>Verbs of answering, which with "not" say that nothing was said.</summary>
    static readonly HashSet<string> Unanswered =
    [
        "answer", "answered", "answering", "respond", "responded", "responding", "reply", "replied", "comment", "commented", "return", "returned",
        "say", "said", "confirm", "confirmed", "disclose", "disclosed", "elaborate", "elaborated", "specify", "specified", "explain", "explained",
    ];

    [GeneratedRegex(@"\b(?:not|never)\b|n['’]t\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"^[^.;]{0,100}?\bas saying\b")]
    private static partial Regex AsSaying();

    [GeneratedRegex(@"\bquoted\s+(.+?)\s+as\s*$", RegexOptions.Singleline)]
    private static partial Regex QuotedAs();

    /// <summary>The words of "quoted NAME as saying (that) WORDS" read as the content of "quoted": the name and where the words start.</summary>
    [GeneratedRegex(@"^(.{2,120}?),?\s+as\s+saying\s*(?:that\s+|,\s*)?(?=\S)", RegexOptions.Singleline)]
    private static partial Regex NameAsSaying();

    /// <summary>"a police news release", "a government statement", "an RCMP release": a body's document, the body before its noun.</summary>
    [GeneratedRegex(@"^(?:a|an|the)\s+(?<who>(?:(?:federal|provincial|city|municipal|school|health)\s+)?(?:police|government|city|province|ministry|department|company|court|hospital|union|board|authority|military|army|university|council|RCMP|OPP|SQ|CBSA))\s+(?<doc>news release|press release|media release|release|statement|report|email|e-mail|memo|letter|update|bulletin|notice)$")]
    private static partial Regex BodysDocument();

    [GeneratedRegex(@"^(?:(?:a|an|the)\s+(?:(?:new|latest|annual|independent|internal|final|year-end|quarterly|monthly|weekly|interim|draft|preliminary|confidential|recent|long-awaited|scathing|detailed|actuarial|economic|financial|legal|technical|engineering|environmental|\d{4})\s+){0,2}(?<doc>statement|report|communique|communiqué|news release|press release|release|post|letter|memo|filing|ruling|study|survey|poll|analysis|audit|review|investigation|assessment|evaluation|probe)|(?:the\s+)?(?:new\s+|latest\s+|updated\s+|preliminary\s+|official\s+)?(?:[A-Za-z][a-z-]+\s+)?(?<docs>figures|data|numbers|statistics))\s*,?\s+(?:(?:released|published|issued|commissioned|prepared|produced|conducted|compiled|written)\s+(?:(?:on|last|this)\s+)?(?:[A-Z]\w+\s+)?(?:for\s+(?:the\s+)?[\w-]+\s+)?by|from|by|of(?!\s+(?:claim|defence)\b)(?:(?<!(?:study|survey|poll|analysis|audit|review|investigation|assessment|evaluation|probe)\s*,?\s+of)|(?=.*\sby\s)))\s+(?<who>.+?)[,\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentFrom();

    /// <summary>When a document was made, ending its maker: " in 2022", " released in June", " to be released Thursday", " last year".</summary>
    [GeneratedRegex(@"\s+(?:(?:(?:to be|being)\s+)?(?:released|published|issued|tabled|made public)(?:\s+(?:on|in|last|this|earlier))?(?:\s+[\w.]+)?|in (?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)|last (?:year|month|week|spring|summer|fall|autumn|winter)|this (?:year|month|week)|earlier this (?:year|month|week))$")]
    private static partial Regex MadeWhen();

    /// <summary>"IRCC figures", "Statistics Canada data", "the latest CMHC numbers": a body's name right before its figures.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:(?:latest|new|most\s+recent|preliminary|updated|official)\s+)?(?<who>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?<doc>figures|data|numbers|statistics)$")]
    private static partial Regex NamesFigures();

    /// <summary>"Statistics Canada's most recent census of agriculture", "the Bank of Canada's latest forecast": the owner's document.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?<who>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)*[A-Z][\w.&'’-]*)*)['’]s\s+(?:(?:most\s+)?(?:recent|latest|new|annual|own|preliminary|updated|final|quarterly|monthly|\d{4})\s+)*(?<doc>(?:[a-z][\w-]*\s+){0,3}?(?:census(?:\s+of\s+[a-z]+)?|report|survey|study|poll|analysis|statement|review|audit|forecast|estimate|data|figures|numbers|statistics|estimates|projections))$")]
    private static partial Regex OwnersDocument();

    [GeneratedRegex(@"^(?:[Aa]n? |[Tt]he )?((?:proposed |new )?(?:class-action )?(?:lawsuit|suit|complaint|statement of claim))\s+filed\b")]
    private static partial Regex FiledSuit();

    /// <summary>"before her trip ", "last week ": when something was told, before the "that" of the words.</summary>
    [GeneratedRegex(@"\G\s+(?:before|after|during|earlier|later|last|on)\b[^,;""“”]{0,40}?\s(?=that\s)")]
    private static partial Regex WhenThenThat();

    /// <summary>"a video posted on ", "photos shared to ": a picture and where it was posted, before the platform.</summary>
    [GeneratedRegex(@"\b(?:video|videos|footage|photo|photos|image|images|clip)\s+(?:posted|shared|uploaded)\s+(?:on|to)\s+$")]
    private static partial Regex VisualPosted();

    /// <summary>"association president", "union chair": a body's noun before its office (group 1 the noun, 2 the office).</summary>
    [GeneratedRegex(@"^(association|union|federation|society|coalition|alliance|chamber|board|council) (president|vice-president|chair|chairman|chairwoman|chairperson|executive director|director|spokesperson|secretary-treasurer)$")]
    private static partial Regex BodyNounOffice();

    /// <summary>Gives the remark at <paramref name="i"/> the role read for it, and so the speaker's later remarks that carry the role as
    /// it was first written (a later remark that writes the role out again is read on its own).</summary>
    static void CarryRole(List<Attribution> result, int i, string role)
    {
        var written = result[i].SpeakerRole!;
        for (var j = i; j < result.Count; j++)
            if (result[j].Speaker == result[i].Speaker && result[j].SpeakerRole == written && (j == i || !result[j].Source.Text.Contains(written, StringComparison.Ordinal)))
                result[j] = result[j] with { SpeakerRole = role };
    }

    /// <summary>"poll", "new poll", "latest survey": a document read as the speaker, its noun in group 1.</summary>
    [GeneratedRegex(@"^(?:(?:new|latest|recent|online)\s+)?(poll|survey|study)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentSpeaker();

    /// <summary>"the province's weekly crop report", "the city's latest budget update": a body in lower case and its document.</summary>
    [GeneratedRegex(@"^(?<who>[Tt]he\s+(?:province|city|town|government|ministry|department|agency|board|union|company|utility|authority))['’]s\s+(?:(?:most\s+)?(?:recent|latest|new|annual|weekly|monthly|quarterly|preliminary|updated|final|own|\d{4})\s+)*(?<doc>(?:[a-z][\w-]*\s+){0,2}?(?:report|survey|study|analysis|review|audit|forecast|estimate|update|data|figures|numbers|statistics|estimates|projections))$")]
    private static partial Regex BodysOwnDocument();

    [GeneratedRegex(@"^(?<docs>(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}(?:documents?|records?|emails?|memos?|files?|notes?|reports?|letters?|data|figures))\s*,?\s+(?:obtained|seen|reviewed)\s+(?:through\s+[\w\s-]+?\s+)?by\s+(?<by>[A-Z].+?)[,\s]*$")]
    private static partial Regex ObtainedBy();

    /// <summary>"The memo, sent to college presidents by the Ministry of Colleges and Universities on Friday,": who sent a document.</summary>
    /// <summary>"The Conseil du patronat du Québec … warned …. Its president, Karl Blackburn, said …": the role of the body whose remark
    /// comes right before, in this paragraph or the one before, where its name is not one the look-back reads (a French name in lower
    /// case); null where the remark before is no organisation's.</summary>
    static string? ItsBodySpoke(string text, List<Attribution> result, int i, string role)
    {
        // ("Its Quebec director": a region's name before the office.)
        if (role.Split(' ').Length > 3 || role.Split(' ').Any(w => w.Length == 0 || !char.IsLower(w[0]) && w is not ("CEO" or "CFO" or "COO") && !Speakers.IsPlaceWord(w))) return null;
        var before = result.Where(x => x.Cue.End <= result[i].Source.Start).MaxBy(x => x.Cue.End);
        if (before is null || result[i].Source.Start - before.Cue.End > 600 || text.AsSpan(before.Cue.End, result[i].Source.Start - before.Cue.End).Count('\n') > 2
            || FactCheck.Publishing.SpeakerKinds.Kind(before.Speaker) != FactCheck.Publishing.SpeakerKinds.Organization || FactCheck.Publishing.SpeakerKinds.IsSomeones(before.Speaker)
            || !char.IsUpper(before.Speaker[0])) return null;
        return Speakers.OfBody(role, before.Speaker, text);
    }

    [GeneratedRegex(@"\b(?:The|the|That|that|This|this)\s+(?<doc>memo|letter|email|directive)\s*,\s+(?:[^,.;“”""]{0,80}?\s)?(?:sent|written|issued|signed|prepared|distributed|drafted)\s+(?:[^,.;“”""]{0,60}?\s)?by\s+(?:the\s+)?(?<by>[A-Z][\w.'’&-]*(?:\s+(?:of|and|for|the|[A-Z][\w.'’&-]*))*?)(?=\s+(?:on|in|last|this|earlier|to)\b|\s*[,.])")]
    private static partial Regex SentBy();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    /// <summary>Last words of bodies whose names go on with "for": "Institute for …", "Centre for …", "Minister for …".</summary>
    static readonly HashSet<string> TakesFor = new(StringComparer.Ordinal)
    {
        "Institute", "Centre", "Center", "Council", "Coalition", "Alliance", "Society", "Foundation", "Association", "Campaign", "Committee", "Commission",
        "Office", "Agency", "Fund", "Network", "Partnership", "Commissioner", "Advocate", "Ombudsman", "Federation", "Union", "Organization", "Organisation",
        "Movement", "Project", "Trust", "Minister", "Secretary", "Department", "Ministry", "Centres", "Canadians", "Americans", "Citizens", "Doctors",
        "Physicians", "Nurses", "Parents", "Families", "Friends", "Advocates", "Voices", "Partners", "School", "Bureau", "Board", "Group", "Party",
    };

    [GeneratedRegex(@",\s+(?:but|and|while|though|whereas)(?:\s+[a-z][\w-]*){0,2}\s*$")]
    private static partial Regex TrailingConjunction();

    /// <summary>Whom "citing" names, set off before the words: " two senior government officials, ".</summary>
    [GeneratedRegex(@"\G\s+((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+),\s*$")]
    private static partial Regex CitedSource();

    /// <summary>", a practice critics call …", ", what some have dubbed …", ", a move the industry says would …": the reporter's aside
    /// naming others' word for the thing or others' judgement of it.</summary>
    [GeneratedRegex(@",\s+(?:(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?(?:that\s+|which\s+)?|what\s+)(?:critics|opponents|some|many|others|advocates|experts|observers|residents|people|tenants|activists|detractors|supporters)\s+(?:have\s+)?(?:call|calls|called|describe|describes|described|dub|dubbed|term|termed|refer\s+to\s+as|label|labelled|labeled)\b|(?:a|an)\s+(?:move|step|decision|plan|change|measure|policy|deal|proposal|cut|hike|increase)\s+(?:that\s+|which\s+)?(?:the\s+|some\s+|many\s+)?(?:[\w'’-]+\s+){0,3}?(?:say|says|said|warn|warns|warned|argue|argues|argued|fear|fears|feared|call|calls|called)\b)")]
    private static partial Regex OthersCallIt();

    /// <summary>Whom "citing" names at the start of the words read, before their "that": "three people familiar with the talks, ".</summary>
    [GeneratedRegex(@"^(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+,\s*(?=that\s)")]
    private static partial Regex CitedInside();

    /// <summary>The verb of reporting before ", citing": "reported last month,", "said Tuesday,".</summary>
    [GeneratedRegex(@"\b(reported|reports|said|says|wrote|writes|revealed|has learned|learned)\b[^,.;]{0,30},\s*$")]
    private static partial Regex ReportedBefore();

    [GeneratedRegex(@"^(?:the\s+|new\s+)?(?<docs>figures|data|numbers|statistics|records|documents)\s+(?:that\s+)?(?<who>the\s+[a-z]+|[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)\s+(?:provided|gave|released|sent|supplied)\s+to\s+(?<to>.+)$")]
    private static partial Regex ProvidedTo();

    [GeneratedRegex(@"^(?:the|a|an)\s+(?:new\s+|latest\s+)?(?<doc>study|report|paper|analysis|research|review)\s+(?:published|released|appearing|that appeared)\b[^,]{0,40}?\bin\s+(?:the\s+)?(?:(?:medical|scientific|peer-reviewed)\s+)?(?:journal|magazine)\s+(?<journal>[A-Z].{1,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex InJournal();

    /// <summary>People named by what they do, in the plural, who find and report ("engineers found …").</summary>
    static readonly HashSet<string> PluralAgents =
    [
        "engineers", "inspectors", "investigators", "researchers", "scientists", "auditors", "officials", "experts", "doctors", "economists",
        "analysts", "detectives", "officers", "witnesses", "residents", "biologists", "firefighters", "paramedics", "teachers", "nurses",
    ];

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?:(?:[a-z]+|\d{4})\s+)*(?=[A-Z])")]
    private static partial Regex LeadingLower();

    [GeneratedRegex(@"\b(?:announcement|speech|remarks|address|news conference|press conference|briefing|statement)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Occasion();

    static readonly HashSet<string> Days = new([.. Lexicon.Weekdays, .. Lexicon.RelativeDays, "morning", "afternoon", "evening"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The text past a day word ("Tuesday at the hospital" → " at the hospital").</summary>
    static ReadOnlySpan<char> SkipDay(ReadOnlySpan<char> s)
    {
        var word = FirstWord(s);
        return Days.Contains(word) ? s.TrimStart()[word.Length..] : s;
    }

    /// <summary>Where the cue's verb ends in the text ("talked | about the budget", "has spoken | to reporters").</summary>
    static int PastVerb(Attribution a, string verb) => a.Cue.Start + Math.Max(0, a.Cue.Text.IndexOf(verb, StringComparison.OrdinalIgnoreCase)) + verb.Length;

    /// <summary>Words nobody is quoted in: no quotation found in the content and no quotation mark in it.</summary>
    static bool Unquoted(Attribution a) => a.Quotes.Count == 0 && a.Content.Text.AsSpan().IndexOfAny("\"“”") < 0;

    [GeneratedRegex(@"\bcharg(?:ed|e|es|ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Charge();

    /// <summary>The word right before a position, in lower case ("" at the text's start or after punctuation).</summary>
    static string WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is ',' && start >= 2 && char.IsDigit(text[start - 2]))) start--;
        return text[start..end].ToLowerInvariant();
    }

    /// <summary>The first word of a text, lower case ("" when it starts with punctuation: "spoke, saying that …").</summary>
    internal static string FirstWord(ReadOnlySpan<char> s)
    {
        s = s.TrimStart();
        var n = 0;
        while (n < s.Length && char.IsLetter(s[n])) n++;
        return s[..n].ToString().ToLowerInvariant();
    }

    static string LastWord(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant() ?? "";

    /// <summary>Whether a cue reports speech or belief: a reporting word, or punctuation that introduces or signs a quotation (a colon, quotation marks, a dash).</summary>
    static bool Reports(string cue)
    {
        if (cue.AsSpan().IndexOfAny(":“”\"") >= 0 || !cue.Any(char.IsLetter)) return true;
        foreach (var w in cue.ToLowerInvariant().Split([' ', ',', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
            if (Lexicon.ReportingWords.Contains(w.Trim('.', ',', ';', '’', '\''))) return true;
        return false;
    }

    /// <summary>"to assaulting four toddlers in her care | has been sentenced": words without a subject, then a finite verb.</summary>
    [GeneratedRegex(@"^(?<words>to (?:[^,;""“”]|(?<=\d),(?=\d))+?) (?:has|have|had|was|were|is|are|will)(?: been| be)? [a-z]+(?:ed|en)\b")]
    private static partial Regex RelativeThenMain();

    /// <summary>A finite auxiliary or copula: a phrase with one is a clause ("the biggest victor was …"), not a phrase set beside.</summary>
    internal static bool Finite(string word) => word is "is" or "was" or "were" or "are" or "has" or "have" or "had" or "will" or "would" or "could" or "can" or "did" or "does";

    /// <summary>Where a headline that opens with a quotation closes it ("'I thought I was going to die': Cyclist …"), else -1.</summary>
    internal static int HeadlineQuotationEnd(string text)
    {
        // (A headline is short: a text with no line break in its first 300 characters has none, so a long one-line text is not
        // scanned for every remark that asks.)
        if (text.Length == 0 || text[0] is not ('\'' or '‘' or '"' or '“') || text.IndexOf('\n', 0, Math.Min(300, text.Length)) is not (> 0 and var end)) return -1;
        var line = text.AsSpan(0, end);
        foreach (var close in (ReadOnlySpan<string>)["':", "’:", "\":", "”:"])
            if (line.IndexOf(close, StringComparison.Ordinal) is var at and > 0) return at;
        return -1;
    }

    /// <summary>Whom "according to" names, as the channel: "Eaton" is "Sarah Eaton", the person the article named in full.</summary>
    static string Via(Attribution via) =>
        via.Speaker.Length > via.Source.Text.Length && via.Speaker.EndsWith(" " + via.Source.Text, StringComparison.Ordinal) ? via.Speaker : via.Source.Text;

    /// <summary>Words that are a picture or a video put up: "a video of the incident on TikTok", "the following picture".</summary>
    [GeneratedRegex(@"^(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?:\w+\s+){0,2}?(?:video|videos|photo|photos|picture|pictures|image|images|footage|clip|clips|selfie)\b")]
    private static partial Regex PostedPicture();

    /// <summary>"Darren Ruff offered | his resignation Wednesday night and | that he accepted it": words that open with a second "that"
    /// after "and", past the cue's own object, which go on with the clause of a verb before the cue.</summary>
    static bool SecondThat(string text, Attribution a) =>
        a.Content.Start > a.Cue.End + 1 && FirstWord(a.Content.Text) is "that" && text.AsSpan(a.Cue.End, a.Content.Start - a.Cue.End).TrimEnd() is var between
        && between.EndsWith(" and", StringComparison.Ordinal) && between.Trim().Contains(' ') && between.IndexOfAny("“”\".;:") < 0;

    /// <summary>
    /// Whether an attribution in the corpus sense is no claim for the desk: narration, a fragment nobody is named for, where or
    /// when someone spoke, an occasion, a charge laid, a question put, a stance toward a thing, a condition of speaking, two
    /// unquoted words, the channel's own name. Grouping asks it too, so that the rules' reading of a remark stands where the
    /// tagger's reading of it is no claim.
    /// </summary>
    internal static bool NotAClaim(string text, Attribution a)
    {
        // "Whitehorse residents asked to conserve water after main break": a headline's passive, what was asked of them; they said nothing.
        if (a.Cue.Text is "asked" or "told" or "urged" or "ordered" or "advised" or "warned" or "encouraged" or "instructed" && a.Cue.End + 4 < text.Length
            && text.AsSpan(a.Cue.End, 4).SequenceEqual(" to ") && char.IsLower(text[a.Cue.End + 4]) && text.IndexOf('\n', 0, Math.Min(300, text.Length)) is var headlineEnd && a.Cue.End < headlineEnd
            && a.Source.End <= a.Cue.Start) return true;
        // The cue's verb, past "has", "have been", "will" ("have voted" is a vote).
        var cueWord = a.Cue.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant())
            // ("have overwhelmingly rejected", "has long opposed": an adverb too.)
            // ("evening to oppose": the verb of a purpose, past when.)
            .SkipWhile(w => Lexicon.Between.Contains(w) || w is "to" or "night" or "long" || Days.Contains(w) || w.Length > 5 && w.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.VerbCues.Contains(w)).FirstOrDefault() ?? "";
        // ("The tribunal has sided with a developer that wants to build …": a cue read across a relative clause, whose verb is no report, is
        // what someone did, and the wish is another's.)
        // (Only a wish: "a new ad that urges …", "a video that accuses …" are remarks made through a channel.)
        if (a.Cue.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 4 } spread && spread[^2] is "that" or "who" or "which"
            && spread[^1] is "wants" or "want" or "wanted" or "plans" or "planned" or "hopes" or "hoped" or "seeks" or "sought" or "intends" or "aims"
            && !Lexicon.ReportingWords.Contains(cueWord)) return true;
        // Narration is not a claim (annotated corpora count intentions as attributions): an intention or action verb, or a
        // cue with no word of saying or believing in it ("as Russia has floundered on").
        // ("The Post has learned that …" is how a newsroom reports; "workers learned Tuesday that …" what they were told.)
        if (Narration.Contains(cueWord) && !(cueWord == "learned" && FirstWord(a.Cue.Text) is "has" or "have") || !Reports(a.Cue.Text) && !(cueWord == "heard" && AttributionExtractor.Proceedings.Contains(LastWord(a.Source.Text)))
            && !(cueWord is "read" or "reads" && AttributionExtractor.Documents.Contains(LastWord(a.Source.Text)))) return true;
        // "told a London, Ont., court Tuesday he did not see any of his teammates pressure the complainant": what someone saw, inside a
        // remark of the same sentence, is part of what they told; the remark is the claim.
        if (cueWord is "see" or "sees" or "saw" or "seen" or "noticed" or "notice" or "witnessed" or "watched" && a.Cue.Start > 0
            && People.SentenceStart(text, a.Cue.Start) is var opens && SaidBefore().IsMatch(text.AsSpan(opens, a.Cue.Start - opens))) return true;
        // ("who spoke on | background because they were not authorized …": how someone spoke is no remark.)
        if (a.Cue.Text.Split(' ').Any(w => w is "spoke" or "speaking" or "speaks") && (FirstWord(a.Content.Text) is "background" or "condition" || a.Content.Text.StartsWith("the condition", StringComparison.Ordinal))
            && Speakers.Unnamed().IsMatch(a.Content.Text)) return true;
        // ("the cost | estimate | had already risen …": a noun before the noun "estimate" is no one who estimates.)
        if (cueWord is "estimate" && LeadingArticle().Replace(a.Source.Text.Trim(), "") is { Length: > 0 } noun && !noun.Contains(' ') && char.IsLower(noun[0]) && a.Source.End <= a.Cue.Start
            && text.AsSpan(a.Source.End, a.Cue.Start - a.Source.End).IsWhiteSpace() && !Lexicon.Pronouns.Contains(noun) && !People.IsRoleNoun(noun) && !noun.EndsWith('s')) return true;
        // The passive anywhere in the cue: "The body was found in a shallow grave" is narration, not a study's or a person's finding;
        // "She was told he would wait two years": she heard it, whoever said it is not named; "Owners are being asked to pay …":
        // they were asked; "has been found guilty of assault" is a verdict; "Council is expected to vote next month" what the
        // reporter expects; "Measles was declared eliminated …, according to …" is no remark of measles'.
        if (a.Cue.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var cueWords
            && Enumerable.Range(0, cueWords.Length).Any(k => (Lexicon.PassiveOfSaying.Contains(cueWords[k].ToLowerInvariant()) || PassiveFindings.Contains(cueWords[k].ToLowerInvariant()))
                && AuxiliaryBefore(text, a.Cue.Start, cueWords, k))) return true;
        // "Not everyone is convinced the system can keep up": nobody named holds the view; those who doubt it are quoted next.
        if (a.Source.Text.ToLowerInvariant() is var everyone && (everyone is "not everyone" or "not everybody" or "not all"
            || everyone is "everyone" or "everybody" or "all" && WordBefore(text, a.Source.Start) is "not")) return true;
        // "with 46 confirmed cases since …": a participle between a count and its noun describes the things counted.
        if (a.Source.Length > 0 && a.Source.Text.All(c => char.IsDigit(c) || c == ',') && a.Cue.Text.IndexOf(' ') < 0 && a.Cue.Text.EndsWith("ed", StringComparison.Ordinal)
            && a.Source.End <= a.Cue.Start && text.AsSpan(a.Source.End, a.Cue.Start - a.Source.End).IsWhiteSpace()) return true;
        // "'We feel forgotten': Flin Flon residents worry …": a headline's quotation, its words read as a cue, closes before the words
        // read as its remark.
        if (a.Content.Start > a.Cue.End && a.Content.Start - a.Cue.End < 40 && text.AsSpan(a.Cue.End, a.Content.Start - a.Cue.End) is var gap
            && (gap.Contains("':", StringComparison.Ordinal) || gap.Contains("’:", StringComparison.Ordinal) || gap.Contains("\":", StringComparison.Ordinal) || gap.Contains("”:", StringComparison.Ordinal))) return true;
        // "'I thought I was going to die': Cyclist …": a cue inside a headline's quotation is the quoted speaker's own words, which
        // the story quotes and names.
        if (a.Cue.End <= HeadlineQuotationEnd(text)) return true;
        // "Do you think Glass-Steagall should be reinstated?": an interviewer's question to "you" asserts nothing.
        if (a.Source.Text is "you" or "You" && Unquoted(a) && a.Content.Text.TrimEnd().EndsWith('?')) return true;
        // "the federal cabinet discussed the issue last week": what was talked over, not what anyone holds ("discussed how …",
        // "discussed whether …" neither).
        if (cueWord is "discussed" or "discusses" or "discuss" or "discussing" && Unquoted(a) && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) is not "that") return true;
        // "hosts the popular show", "floor shows": a show, the noun, shows nothing.
        if (a.Cue.Text is "show" or "shows" && WordBefore(text, a.Cue.Start) is "the" or "a" or "his" or "her" or "their" or "its" or "popular" or "talk" or "floor" or "tv" or "radio" or "game" or "trade" or "morning" or "night" or "weekly" or "daily" or "nightly" or "hit" or "reality" or "cooking" or "variety") return true;
        // "Council voted 10-5 on Tuesday to ask the province for help …", "plans to ask": what a body decided or means to do is no remark.
        if (a.Cue.Text.StartsWith("to ", StringComparison.OrdinalIgnoreCase) && a.Cue.Start > 0
            && IntendedBefore().IsMatch(text.AsSpan(Math.Max(0, a.Cue.Start - 40), Math.Min(40, a.Cue.Start)))) return true;
        // "who posted a video of the incident on TikTok", "has offered customers a $25 gift card": a thing put out or held out holds
        // nothing true or false.
        if (cueWord is "posted" or "posts" or "post" or "posting" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && PostedPicture().IsMatch(a.Content.Text)) return true;
        // (Never words quoted with it: "has offered advice: ''…''" is the quotation's.)
        if (cueWord is "offered" or "offers" or "offer" or "offering" && Unquoted(a) && !a.Content.Text.Contains("''", StringComparison.Ordinal) && a.Content.Start >= a.Cue.End
            && FirstWord(a.Content.Text) is not ("that" or "to") && !a.Content.Text.Contains(':')) return true;
        // "class sizes, which he called “the single biggest problem …”": the label a remark gives a thing inside its own words, read with the
        // words before it as what was called, is no remark of its own.
        if (cueWord is "called" or "calls" && a.Content.End <= a.Source.Start && WordBefore(text, a.Source.Start) is "which" or "that" or "what") return true;
        // "the website asked for a $12,000 “release fee”", "The Crown asked for 10 years": a request for a thing holds nothing true or false.
        // ("He asked the federal government for addiction counsellors": whom it was asked of, then the thing.)
        if (cueWord is "asked" or "asks" or "ask" or "asking" && a.Content.Start >= a.Cue.End
            && (a.Cue.Text.EndsWith(" for", StringComparison.OrdinalIgnoreCase) || AskedOfFor().IsMatch(a.Content.Text))
            // (Never with someone's words quoted in it: "asking for anonymity to speak freely. “If they don't …”"; a term in quotation
            // marks, “release fee”, is no one's words.)
            && FirstWord(a.Content.Text) is not "that" && !a.Quotes.Any(q => q.Length > 30) && !a.Content.Text.Contains("''", StringComparison.Ordinal)) return true;
        // "Jordan Ramsay showed no reaction as the verdict was read", "showed little emotion": what a person's face did says nothing.
        // ("showed “no remorse”": a word or two quoted from the court is no one's remark either.)
        if (cueWord is "showed" or "shows" or "show" && (Unquoted(a) || a.Content.Text.StartsWith('"') || a.Content.Text.StartsWith('“')) && a.Content.Start >= a.Cue.End
            && FirstWord(a.Content.Text.TrimStart('"', '“')) is "no" or "little" or "some" or "signs" or "emotion" or "remorse" or "up" or "off"
            // (A person's, named or meant: "public records show no gifts …" is a finding.)
            && a.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var who] && (char.IsUpper(who[0]) || Lexicon.Pronouns.Contains(who.ToLowerInvariant()) || Lexicon.PersonNouns.Contains(who.ToLowerInvariant()))) return true;
        // "a video posted online appeared to show him punching a man": how a thing looked, nobody's words ("appeared | to imply that
        // Trump …" still says).
        if (a.Cue.Text.ToLowerInvariant() is "appeared" or "appears" or "appear" or "seemed" or "seems" or "seem"
            && !(a.Content.Start >= a.Cue.End && a.Content.Text.Split(' ', 3) is ["to", var verb, ..]
                 && (Lexicon.VerbCues.Contains(verb) || verb is "imply" or "suggest" or "acknowledge" or "confirm" or "concede" or "admit" or "endorse" or "indicate" or "blame"
                     or "criticize" or "criticise" or "mock" or "question" or "reject" or "dismiss" or "deny" or "contradict" or "reference" or "signal"))) return true;
        // "Jennifer Charlesworth, who reports to the legislature rather than to the government, said": whom someone answers to.
        if (cueWord is "reports" or "report" && a.Content.Start >= a.Cue.End && FirstWord(text.AsSpan(a.Cue.End)) == "to"
            && FirstWord(a.Content.Text) is not "that") return true;
        // "A Toronto man accused of killing a cyclist …": the one accused says nothing; an accuser names whom ("accused the
        // government of spinning the numbers").
        if (cueWord == "accused" && FirstWord(text.AsSpan(a.Cue.Start + a.Cue.Text.IndexOf("accused", StringComparison.OrdinalIgnoreCase) + 7)) == "of") return true;
        // "Calgary Transit is adding 30 peace officers to its stations", the headline's "Calgary Transit adds security officers": a body
        // adding things does, it does not say ("he added that …", "she is adding that …" still say).
        if (cueWord is "adding" or "adds" && Unquoted(a) && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) is not "that"
            && (cueWord == "adding" ? FirstWord(a.Cue.Text) is "is" or "are" or "was" or "were" or "be" or "been" : text.LastIndexOf('\n', Math.Max(0, a.Cue.Start - 1)) < 0)) return true;
        // "Mark Scheifele added an empty-netter for Winnipeg, which has won five straight": a goal, a point, a stop added is a deed;
        // "added a caveat that …", "added the team would …" still hold words.
        if (cueWord is "added" or "adds" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var counted, ..] added
            && (counted.ToLowerInvariant() is "a" or "an" or "another" or "his" or "her" or "their" or "its" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
                || char.IsAsciiDigit(counted[0]))
            && added.TakeWhile(w => w.ToLowerInvariant() is not ("which" or "who" or "whose" or "while" or "as" or "when" or "and" or "but"))
                    .TakeWhile((w, k) => k == 0 || !added[k - 1].EndsWith(','))
                    .All(w => !Finite(w.ToLowerInvariant()) && w is not ("that" or "saying") && !w.EndsWith("ed", StringComparison.Ordinal))) return true;
        // "remembers the night they landed", "recalled the day the plant closed": a memory of a time, no statement ("recalled that …" is one).
        if (cueWord is "remembers" or "remembered" or "recalls" or "recalled" or "remember" or "recall" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && a.Content.Text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries) is [var memoryWhose, var memory, ..]
            && memoryWhose.ToLowerInvariant() is "the" or "a" or "an" or "his" or "her" or "their" or "that" or "those"
            && memory.TrimEnd(',', '.') is "night" or "day" or "days" or "morning" or "evening" or "moment" or "time" or "times" or "first" or "years" or "winter" or "summer" or "week" or "afternoon") return true;
        // "has issued a snowfall warning for the Greater Toronto Area": a warning issued is an act; what it is for is no statement.
        if (a.Cue.Text.Contains("issued", StringComparison.OrdinalIgnoreCase) && Unquoted(a) && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) is "for" or "in" or "across" or "covering") return true;
        // "a report …, titled “Waiting for Care,” found …": a title read as the words of "found" is no remark.
        if (a.Content.Start >= 10 && a.Content.Text.Trim().TrimEnd(',', '.') is var titled && titled.Length > 2 && titled[0] is '"' or '“' && titled[^1] is '"' or '”'
            && titled.AsSpan(1, titled.Length - 2).IndexOfAny("\"“”") < 0
            && text.AsSpan(0, a.Content.Start).TrimEnd() is var beforeTitle && (beforeTitle.EndsWith("titled", StringComparison.OrdinalIgnoreCase) || beforeTitle.EndsWith("entitled", StringComparison.OrdinalIgnoreCase))) return true;
        // "reported last week, citing | three people familiar with the talks": whom a report cites is no remark of the report's.
        if (cueWord is not "citing" && Unquoted(a) && a.Content.Start > a.Cue.End && WordBefore(text, a.Content.Start) is "citing"
            && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && !a.Content.Text.Contains(" that ", StringComparison.Ordinal)) return true;
        // "ignored calls for help": pleas, the noun; nobody calls for anything.
        if (a.Cue.Text.StartsWith("calls", StringComparison.Ordinal) && WordBefore(text, a.Cue.Start).ToLowerInvariant() is "ignored" or "ignoring" or "ignores" or "answered"
                or "unanswered" or "missed" or "repeated" or "multiple" or "several" or "many" or "frantic" or "desperate" or "his" or "her" or "their" or "the" or "911"
            && FirstWord(a.Content.Text) is "help" or "assistance" or "service" or "from") return true;
        // "echoed the point in an interview": someone else's point, repeated, with nothing of its own said here.
        if (cueWord is "echoed" or "echoes" or "echoing" or "echo" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && a.Content.Text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries) is [var echoWhose, var echoed, ..]
            && echoWhose.ToLowerInvariant() is "the" or "those" or "that" or "this" or "these" or "his" or "her" or "their" or "its" or "such"
            && echoed.TrimEnd(',', '.') is "point" or "sentiment" or "sentiments" or "view" or "views" or "concern" or "concerns" or "call" or "calls" or "message" or "remarks"
                or "comments" or "words" or "criticism" or "warning" or "warnings" or "argument" or "position" or "theme" or "line") return true;
        // "the rezoning could add up to 3,000 homes a year": what a thing would add is an amount, nobody's words.
        if (cueWord is "add" && Unquoted(a) && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) is not "that"
            && (FirstWord(a.Cue.Text) is "could" or "would" or "will" or "may" or "might" or "can" || WordBefore(text, a.Cue.Start) is "could" or "would" or "will" or "may" or "might" or "can")) return true;
        // "with wind chills expected to reach -45 overnight": a forecast of things, not anyone's words.
        if (LastWord(a.Cue.Text) == "expected" && Unquoted(a) && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) == "to") return true;
        // "A jury has found a 29-year-old man guilty of manslaughter": a verdict, as "found guilty" is.
        if (Unquoted(a) && cueWord is "found" or "finds" && a.Content.Start >= a.Cue.End && Verdict().IsMatch(a.Content.Text)) return true;
        if (Unquoted(a) && (cueWord == "found" && FirstWord(text.AsSpan(a.Cue.End)) is "guilty" or "not" or "dead" or "liable" or "innocent" or "responsible" or "in"
                            || a.Cue.Text.Contains("found guilty", StringComparison.OrdinalIgnoreCase) || a.Cue.Text.Contains("found not guilty", StringComparison.OrdinalIgnoreCase))) return true;
        // "For 16 months, her family did not know whether she was alive": not knowing is no claim.
        if (cueWord is "know" or "knew" && Unquoted(a) && a.Content.Start >= a.Cue.End && (a.Cue.Text.Contains("not ", StringComparison.Ordinal) || a.Cue.Text.Contains("n't", StringComparison.Ordinal)
                || a.Cue.Text.Contains("n’t", StringComparison.Ordinal)) && FirstWord(a.Content.Text) is "whether" or "if" or "what" or "how" or "where" or "when" or "why" or "who") return true;
        // "A judge has denied bail to a man charged …", "was denied entry": a thing refused, not a claim denied.
        if (cueWord is "denied" or "denies" or "deny" or "denying" && Unquoted(a)
            && (a.Cue.Text.Contains("bail", StringComparison.OrdinalIgnoreCase) || FirstWord(a.Content.Text) is "bail" or "entry" or "access" or "permission" or "parole" or "benefits" or "coverage" or "service")) return true;
        // "where they found a 29-year-old woman with serious injuries": what officers or crews came upon is no finding of theirs.
        if (cueWord is "found" && Unquoted(a) && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) is "a" or "an" or "the" or "two" or "three" or "several" or "human"
            && (LastWord(a.Source.Text) is "police" or "officers" or "crews" or "firefighters" or "paramedics" or "searchers" or "rescuers" or "divers"
                || a.Source.Text is "they" or "he" or "she" && WordBefore(text, a.Source.Start) is "where" or "when" or "until" or "after")) return true;
        // "The federation, which maintains most of the trails, said …": what a body keeps up is no remark of its.
        if ((a.Cue.Text.StartsWith("which maintain", StringComparison.OrdinalIgnoreCase) || a.Source.Text == "which" && cueWord.StartsWith("maintain", StringComparison.Ordinal))
            && FirstWord(a.Content.Text) is not "that") return true;
        // "Regina man finds rare fossil in backyard": in a headline, a person who finds a thing found it; a study "finds that".
        if (text.LastIndexOf('\n', Math.Max(0, a.Cue.Start - 1)) < 0 && a.Cue.Text is "finds" or "found" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && FirstWord(a.Content.Text) is not "that" && Speakers.DescribedSex(LastWord(a.Source.Text)) is not null) return true;
        // "Measles case confirmed at Halifax school, public health says": a headline's participle, said of the thing done, not by it.
        if (text.LastIndexOf('\n', Math.Max(0, a.Cue.Start - 1)) < 0 && a.Cue.Text.IndexOf(' ') < 0 && a.Cue.Text.EndsWith("ed", StringComparison.Ordinal)
            && a.Content.Start >= a.Cue.End && Unquoted(a) && FirstWord(a.Content.Text) is "at" or "in" or "near" or "among" or "across" or "on" or "after") return true;
        // "The last strike, in 2020, saw rotating walkouts": what a time or an event saw is narration ("saw it as a betrayal",
        // "saw that …" are views).
        if (cueWord is "saw" && Unquoted(a) && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) is not ("that" or "it" or "them" or "him" or "her" or "this" or "themselves" or "himself" or "herself")
            && !a.Content.Text.Contains(" as ", StringComparison.Ordinal)) return true;
        // "have declared a state of emergency": an act, not a statement ("declared that the vote was rigged" is one).
        if (cueWord is "declared" or "declares" or "declare" or "declaring" && a.Content.Start >= a.Cue.End && Unquoted(a)
            && FirstWord(a.Content.Text) is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "state" or "war" or "bankruptcy" or "emergency" or "victory") return true;
        // "the two men had argued over money", "argued with a neighbour": a quarrel, not an argument put forward.
        if (cueWord is "argued" or "argue" or "argues" or "arguing" && a.Content.Start >= a.Cue.End && Unquoted(a)
            && FirstWord(text.AsSpan(a.Cue.End)) is "over" or "about" or "with" or "for" or "against"
            // ("has argued for months that …" puts an argument forward.)
            && !(FirstWord(text.AsSpan(a.Cue.End)) is "for" && FirstWord(a.Content.Text) is "that")) return true;
        // Talking someone into a thing is an act ("the woman persuaded her to invest in …"); being persuaded that … is a belief.
        if (cueWord is "persuaded" or "persuades" or "persuading" && FirstWord(a.Cue.Text) is not ("is" or "was" or "are" or "were" or "been" or "be")
            && !Auxiliaries.Contains(WordBefore(text, a.Cue.Start)) && FirstWord(a.Content.Text) is not "that") return true;
        // "complaints from business owners | who say the lanes have cut into their sales" read as the words of "complaints": words
        // that open with a relative pronoun are a clause about someone, whose own cue ("say") is the remark.
        if (Unquoted(a) && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) is "who" or "whom") return true;
        // "ignored engineering reports dating back to 2015": a plural noun of documents described by a participle, not reporting.
        if (a.Cue.Text is "reports" or "claims" or "statements" or "complaints" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && FirstWord(a.Content.Text) is { Length: > 4 } participle && participle.EndsWith("ing", StringComparison.Ordinal) && participle is not "saying") return true;
        // "No major polls appear to have been conducted": nobody is the source.
        if (a.Source.Text.StartsWith("No ", StringComparison.Ordinal) || a.Source.Text.StartsWith("None ", StringComparison.Ordinal)) return true;
        // "the land claims organization", "insurance claims": a kind of claim, no one claiming.
        // ("expense claims that the commissioner found broke the rules": a filing's "that" opens a clause about it, not its words.)
        if (cueWord is "claims" or "claim" && KindsOfClaim.Contains(WordBefore(text, a.Cue.Start))
            && (FirstWord(text.AsSpan(a.Cue.End)) is not ("that" or "to") || Filings.Contains(WordBefore(text, a.Cue.Start)))) return true;
        // A fragment nobody is named for ("pressure to provide more support for Russia's war"): not a claim.
        if (a.Speaker == AttributionExtractor.UnnamedSource && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 6) return true;
        // ("after a video posted on | social media showed him kicking a man": where a picture was posted is no one who speaks.)
        if (cueWord is "showed" or "shows" or "show" or "showing" && a.Source.Start > 0 && VisualPosted().IsMatch(text.AsSpan(Math.Max(0, a.Source.Start - 60), Math.Min(60, a.Source.Start)))) return true;
        // ("announced the decision at a news conference": what was announced is named, not said.)
        if (cueWord is "announced" or "announces" && Unquoted(a) && FirstWord(a.Content.Text) is "the" or "his" or "her" or "their" or "its"
            && a.Content.Text.Split(' ') is [_, "decision" or "move" or "news" or "change" or "changes" or "appointment" or "hiring" or "firing" or "departure", ..]) return true;
        // ("The statement of claim, filed in …, names Shannex Inc. and seeks $50 million in damages on | behalf of residents": a noun of
        // speech whose words are far past it, across verbs of its own, says none of them.)
        // (Not "comments by Donald Trump that …", nor "an estimate by the Joint Committee on Taxation projected that …".)
        if (Lexicon.NominalCues.Contains(cueWord) && a.Content.Start - a.Cue.End > 40 && Unquoted(a) && text.AsSpan(a.Cue.End, a.Content.Start - a.Cue.End) is var nominalGap
            && nominalGap.IndexOfAny(":“\"") < 0 && nominalGap.Contains(", ", StringComparison.Ordinal) && !nominalGap.Contains(" that ", StringComparison.Ordinal)
            && !nominalGap.ToString().Split(' ').Any(w => w.Trim(',') is "said" or "says" or "found" or "finds" or "projected" or "projects" or "showed" or "shows" or "estimated"
                or "estimates" or "concluded" or "concludes" or "predicted" or "predicts" or "warned" or "warns" or "stated" or "argued" or "argues")) return true;
        // ("after videos posted online appeared to show an officer …": a participle describing the videos, not anyone posting words.)
        if (cueWord is "posted" or "shared" or "uploaded" or "circulated" && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var where, var afterWhere, ..]
            && where is "online" && afterWhere is not ("that" or "a" or "an" or "the") && !afterWhere.EndsWith(':')) return true;
        // ("the pressure is only growing, threatening further losses for Mr. Ackman": a participle of what a thing does, nobody named
        // and no words of anyone's.)
        if (a.Speaker == AttributionExtractor.UnnamedSource && a.Source.Length == 0 && cueWord is "threatening" or "showing" or "highlighting" or "touting" && Unquoted(a)
            && FirstWord(a.Content.Text) is not ("that" or "to" or "whether" or "how" or "why" or "what")) return true;
        // "spoke in Gdansk at a rally", "talked to reporters for an hour": where and to whom, not what was said.
        // ("Responded by saying …", "reacted by arguing …" is how they spoke, which may hold a claim.)
        if (Speaking.Contains(cueWord) && Unquoted(a)
            && FirstWord(SkipDay(a.Content.Start >= a.Cue.End ? text.AsSpan(PastVerb(a, cueWord)) : a.Content.Text.AsSpan())) is var next
            && Circumstance.Contains(next) && !(next == "by" && cueWord.StartsWith("re", StringComparison.Ordinal))) return true;
        // "live tweeted as the president spoke": when it was tweeted, not what.
        // ("Polls show as many as 30 per cent …" is a finding; "“…,” he said matter-of-factly as confetti fell" the quotation's.)
        if (a.Content.Start >= a.Cue.End && (a.Cue.Text.EndsWith(" as", StringComparison.Ordinal) || a.Cue.Text.EndsWith(" while", StringComparison.Ordinal) || a.Cue.Text.EndsWith(" when", StringComparison.Ordinal)
            || Unquoted(a) && FirstWord(a.Content.Text) is "as" && AsAmount().Match(a.Content.Text) is { Success: false })) return true;
        // "Dan Gross … live tweeted as Obama spoke from the White House": speaking after words that are not its own.
        if (cueWord is "spoke" or "speak" or "speaks" or "talked" or "talk" or "talks" && Unquoted(a) && a.Source.Length > 0 && a.Content.End <= a.Source.Start) return true;
        // "after the downbeat showing in September": a showing, as a noun, shows nothing said.
        if (cueWord is "showing" && a.Source.Length > 0 && a.Source.End <= a.Cue.Start && a.Source.Text.Split(' ') is var shown
            && (shown[0] is "the" or "a" or "an" or "its" or "their" or "his" or "her" ? shown[1..] : WordBefore(text, a.Source.Start) is "the" or "a" or "an" or "its" or "their" or "his" or "her" ? shown : []) is [_, ..] described
            && described.All(w => w.All(c => char.IsLower(c) || c == '-'))) return true;
        // "made the announcement Tuesday at the hospital", "gave a speech in Ottawa": the occasion, not what was said.
        if (Occasion().IsMatch(a.Cue.Text) && Unquoted(a) && a.Content.Start >= a.Cue.End
            && Circumstance.Contains(FirstWord(SkipDay(text.AsSpan(a.Cue.End))))) return true;
        // "A man has been charged with dangerous driving", "Man charged after crash": a charge laid, not a claim made ("the
        // prosecutor charged that the firm lied" is one).
        // The tagger may read on past the verb ("charged after crash"): the word right after the charge decides.
        if (Charge().Match(a.Cue.Text) is { Success: true } charge
            && FirstWord(a.Content.Start >= a.Cue.End || charge.Index + charge.Length < a.Cue.Length ? text.AsSpan(a.Cue.Start + charge.Index + charge.Length) : a.Content.Text.AsSpan()) != "that") return true;
        // "Heat warning issued for southern Ontario", "Report released on …": a noun the headline says something was done to.
        if (a.Cue.Text.IndexOf(' ') < 0 && Lexicon.NominalCues.Contains(a.Cue.Text.ToLowerInvariant()) && Unquoted(a)
            && FirstWord(text.AsSpan(a.Cue.End)) is { Length: > 3 } done && done.EndsWith("ed", StringComparison.Ordinal)) return true;
        // "The accused, whose name …", "more than 4,000 claims from the storm": a cue's word used as a noun after an article or a
        // number, with no "that" to open words of anyone's.
        if (a.Cue.Text.IndexOf(' ') < 0 && WordBefore(text, a.Cue.Start) is var before
            && (before is "the" or "a" or "an" || before.Length > 0 && char.IsDigit(before[^1]) && a.Cue.Text.EndsWith('s') && a.Cue.Text is not ("says" or "Says"))
            && a.Cue.Text.All(char.IsLetter) && FirstWord(text.AsSpan(a.Cue.End)) != "that" && Unquoted(a)) return true;
        // "“…”¶Commuter Elena Ruiz … is not convinced": a cue does not reach back over a paragraph break for its words ("“…,” she
        // said" signs the quotation in its own paragraph).
        if (a.Content.End <= a.Cue.Start && a.Content.Length > 0 && text.AsSpan(a.Content.End, a.Cue.Start - a.Content.End).Contains('\n')) return true;
        // "Asked about the offer, Raj Patel didn't hesitate. “…”": a sentence opening with the question put is no remark of its own.
        // "Asked by reporters whether …, he said", "Asked about the late push, Skinner said": the question, whoever put it.
        if ((a.Source.Length == 0 || Unquoted(a)) && a.Cue.Text.StartsWith("Asked", StringComparison.Ordinal)) return true;
        // "Asked about the team's playoff chances, Huska said only that …": the question put, read as the cue's words or as what was
        // said, is the reporter's; what Huska said comes after the comma.
        if (a.Cue.Text == "Asked" && FirstWord(a.Content.Text) is "about" or "whether" or "if" or "what" or "how" or "why" or "when" or "who" or "where" or "the") return true;
        if (a.Content.End <= a.Cue.Start && a.Content.Start > 0 && People.SentenceStart(text, a.Content.Start) is var asks
            && AskedOpening().IsMatch(text.AsSpan(asks, a.Content.Start - asks))) return true;
        // "We asked Marie-Claude Tremblay, a lawyer who advises …, what changes": the newsroom's own question.
        if (cueWord is "asked" or "asks" && a.Source.Text is "We" or "we" or "I") return true;
        // "Opinion: Toronto's housing plan won't work …", "Canadian Press NewsAlert: Ontario reaches …": a label before a line's colon.
        if (a.Cue.Text == ":" && AttributionExtractor.IsLabel(a.Source.Text.ToLowerInvariant())) return true;
        // "Moe told reporters that Darren Ruff offered | his resignation Wednesday night and | that he accepted it": a second "that"
        // after "and", past the cue's own object, goes on with the clause of the verb before it, not this cue's.
        if (SecondThat(text, a)) return true;
        // "The province has agreed to pay Fertuck $2.5 million": an undertaking, done, not a statement ("agreed that …" still says).
        if (cueWord is "agreed" or "agrees" or "agree" && Unquoted(a) && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) is "to"
            && (a.Content.Start == a.Cue.End || text.AsSpan(a.Cue.End, a.Content.Start - a.Cue.End).IsWhiteSpace())) return true;
        // "dozens of neighbours spoke against it at a public hearing": whom or what they spoke against, and where, states nothing.
        if (a.Cue.Text.EndsWith(" against", StringComparison.Ordinal) && Unquoted(a) && a.Content.Start >= a.Cue.End
            && FirstWord(a.Content.Text) is "it" or "them" or "him" or "her" or "this" or "that") return true;
        // "She asked that the family's name not be published": a request about the story, nothing stated.
        if (cueWord is "asked" or "asks" && Unquoted(a) && AskedNotBe().IsMatch(a.Content.Text)) return true;
        // "Quebec teachers' union calls | strike vote | over class sizes": what was called, skipped, leaves only why; no one called anything.
        if (a.Cue.Text is "calls" or "called" or "call" && a.Content.Start > a.Cue.End && FirstWord(a.Content.Text) is "over" or "about" or "after" or "amid" or "in" or "into" or "against"
            && text.AsSpan(a.Cue.End, a.Content.Start - a.Cue.End).Trim().Length > 0) return true;
        // "send additional mental health | supports | In a statement": a channel's phrase alone is nobody's words.
        if (ChannelPhraseOnly().IsMatch(a.Content.Text.Trim())) return true;
        // "nearly three times larger than the company first reported": what the comparison is measured against, not a remark.
        if (a.Source.Length > 0 && a.Source.End <= a.Cue.Start && WordBefore(text, a.Source.Start) is "than") return true;
        // "he had asked his department to review how …": a request made, nothing stated. (What someone "is asking" for is the news
        // of a lede, and stays: "The widow … is asking the county to build a memorial".)
        // ("will ask its members to vote", "can ask them to support": a request to be made, too.)
        if ((cueWord is "asked" || cueWord is "ask" && FirstWord(a.Cue.Text) is "will" or "would" or "can" or "could" or "may" or "might" or "to")
            && Unquoted(a) && a.Content.Start >= a.Cue.End && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var asked
            && Array.IndexOf(asked, "to") is > 0 and <= 4 && !asked.Take(5).Any(w => w is "that" or "whether" or "if" or "about")) return true;
        // "Surrey RCMP referred questions to the IIO": passing questions on answers none.
        if (cueWord is "referred" or "refers" or "referring" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && FirstWord(a.Content.Text) is "questions" or "inquiries" or "requests" or "reporters" or "media" or "calls" or "comment") return true;
        // ("“They told us the same thing in 2021,” she said, referring to an earlier fuel contamination that left residents without …":
        // right after the cue of a quotation, the reporter's gloss on it, however long.)
        // (Not where the quotation goes on after the gloss inside the words read: they would be lost.)
        if (cueWord is "referring" && a.Content.Start >= a.Cue.End && a.Content.Text.AsSpan().IndexOfAny("\"“”''") < 0 && text.AsSpan(0, a.Cue.Start).TrimEnd() is var glossed
            && (glossed.EndsWith(" said,") || glossed.EndsWith(" says,") || glossed.EndsWith(" added,") || glossed.EndsWith(" wrote,") || glossed.EndsWith(" told reporters,"))
            && text.AsSpan(People.SentenceStart(text, a.Cue.Start), a.Cue.Start - People.SentenceStart(text, a.Cue.Start)).IndexOfAny("\"“”") >= 0) return true;
        // "“We've seen this movie before,” Rose said, referring to the 1992 collapse": what the remark was about, no remark of its own.
        if (cueWord is "referring" or "referred" or "refers" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 8 } about
            && !about.Any(w => w is "that" or "which" or "who" or "as" || Finite(w.ToLowerInvariant()))) return true;
        // "urged residents to follow the order", "encouraged drivers to stay home": a request, as "asked … to" is.
        if (cueWord is "urged" or "urges" or "urging" or "encouraged" or "encourages" or "encouraging" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var urged && Array.IndexOf(urged, "to") is > 0 and <= 4
            && !urged.Take(5).Any(w => w is "that" or "whether" or "if")) return true;
        // "declined to comment, citing the bargaining process": a reason given, a thing named, not a statement ("citing a report
        // that found …", "citing concerns that …" hold one).
        // ("cited the audit as the reason he's not releasing his returns", "citing remarks he had made about her as examples of …"
        // say what the thing shows.)
        if (cueWord is "citing" or "cited" or "cites" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 6 } reason
            && !reason.Any(w => w is "that" or "which" or "who" or "as" or "had" or "has" or "have" or "was" or "is" or "were" or "are")) return true;
        // "pleaded guilty last spring to fraud over $5,000": a plea entered, not a statement of fact ("pleaded with the council to …" is a
        // request, no claim either).
        if (cueWord is "pleaded" or "pleads" or "pled" or "plead" && Unquoted(a) && a.Content.Start >= a.Cue.End) return true;
        // "Court heard she wrote herself more than 300 cheques": writing cheques to oneself is a deed, nobody's words.
        if (cueWord is "wrote" or "writes" or "write" or "writing" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && FirstWord(a.Content.Text) is "herself" or "himself" or "themselves" or "itself" or "myself" or "ourselves" or "cheques" or "checks") return true;
        // "the students its universities can admit": letting in, not owning up ("could admit that …" holds words).
        if (cueWord is "admit" && Unquoted(a) && FirstWord(a.Cue.Text) is "can" or "could" or "may" or "might" or "will" or "would" or "must" or "should"
            && FirstWord(text.AsSpan(a.Cue.End)) is not "that") return true;
        // "closes herring fishery, citing collapse fears": the fears are the reason given, nobody's words ("collapse" is no speaker).
        if (WordBefore(text, a.Source.Start) is "citing" or "cited" or "cites" && a.Source.Length > 0 && a.Source.End <= a.Cue.Start && Unquoted(a)
            && a.Cue.Text is "fears" or "concerns" or "worries" or "warnings" or "complaints" or "claims" or "reports" or "allegations") return true;
        // "with what doctors told the family was a chest infection": the free relative describes a thing; the words are the narrator's.
        if (a.Source.Length > 0 && a.Source.End <= a.Cue.Start && WordBefore(text, a.Source.Start) is "what" && Unquoted(a)
            && FirstWord(a.Content.Text) is not "that") return true;
        // "announced the charge Thursday", "confirmed the figures": a thing named before, announced; the words are elsewhere.
        if (cueWord is "announced" or "announces" or "confirmed" or "confirms" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: < 7 } announced
            && announced[0].ToLowerInvariant() is "the" or "this" or "these" or "its" or "his" or "her" or "their"
            && !announced.Skip(1).Any(w => Finite(w.ToLowerInvariant()) || w.EndsWith("ed", StringComparison.Ordinal))) return true;
        // "announced his candidacy for president", "announced her retirement": a step taken, whatever follows.
        if (cueWord is "announced" or "announces" or "announcing" && Unquoted(a) && a.Content.Start >= a.Cue.End
            && a.Content.Text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries) is [var whose, var step, ..] && whose is "his" or "her" or "their" or "its"
            && step.TrimEnd(',', '.') is "candidacy" or "resignation" or "retirement" or "departure" or "bid" or "engagement" or "pregnancy") return true;
        // "called the number on her collar", "called an emergency meeting": a call made, no one called anything.
        // ("called her vote in favor of the war a mistake" names what it was called.)
        if (a.Cue.Text is "called" or "calls" && Unquoted(a) && a.Content.Start >= a.Cue.End && CallMade().IsMatch(a.Content.Text)
            && a.Content.Text.IndexOf(' ') is var firstSpace && !a.Content.Text.AsSpan(firstSpace).ContainsAny(NamesWhat)) return true;
        // "Asked whether rural hospitals would get staff, the minister said yes": the question is not the minister's claim.
        // ("Commission counsel Frank Au asked Sloly whether he had considered resigning": whom, then the question put.)
        if (cueWord is "asked" or "asking" or "asks" && Unquoted(a)
            && (a.Cue.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var question && Array.FindIndex(question, w => w.StartsWith("ask", StringComparison.OrdinalIgnoreCase)) is var askedAt
                && askedAt >= 0 && askedAt + 1 < question.Length ? question[askedAt + 1].ToLowerInvariant()
                : a.Content.Start >= a.Cue.End && a.Content.Text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries) is [var whom, var then, ..] && char.IsUpper(whom[0]) ? then
                : FirstWord(a.Content.Text))
               is "whether" or "if" or "about" or "why" or "how" or "what" or "when" or "who" or "where") return true;
        // "praised the forward's work ethic. Asked about …, Arniel said only that …": a stance's words end with its sentence; read on
        // into the next, they swallow a remark of its own.
        if (Stances.Contains(cueWord) && a.Content.Length > 0 && a.Content.Start >= a.Cue.End && char.IsLetter(a.Content.Text[0]) && a.Content.Text.IndexOf(". ", StringComparison.Ordinal) is var stop and > 0
            && !a.Content.Text.AsSpan(0, stop).Contains("''", StringComparison.Ordinal)
            && stop + 2 < a.Content.Length && char.IsUpper(a.Content.Text[stop + 2]) && a.Content.Text.AsSpan(0, stop).IndexOfAny("\"“”") < 0
            && People.SentenceStart(text, a.Content.Start + stop + 2) <= a.Content.Start + stop + 2 && People.SentenceStart(text, a.Content.Start + stop + 2) > a.Content.Start) return true;
        // "defended the plan on Tuesday", "praised the nurses": a stance toward a thing, with no statement in it to check.
        if (Stances.Contains(cueWord) && Unquoted(a)
            && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: var length } stance && (length < 10 || a.Speaker == AttributionExtractor.UnnamedSource || FirstWord(a.Cue.Text) is "is" or "are" && !a.Content.Text.Contains(" saying ", StringComparison.Ordinal)
                && a.Content.Start >= a.Cue.End && text.AsSpan(a.Cue.End, a.Content.Start - a.Cue.End).IsWhiteSpace())
            && stance[0].ToLowerInvariant() is not ("that" or "what" or "whether" or "how" or "why")) return true;
        // "a new study has found …, raising questions about how …": questions a finding raises are nobody's claim.
        if (FirstWord(a.Cue.Text) is "questions" or "concerns" or "doubts" or "fears" && WordBefore(text, a.Cue.Start) is "raising" or "raises" or "raised" or "raise"
            || cueWord is "raising" or "raises" or "raised" or "raise" && a.Cue.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var what, ..] && what is "questions" or "concerns" or "doubts" or "fears") return true;
        // "was fined by the NBA for publicly criticizing the officiating": what someone was punished for is the reporter's account of
        // it, and never the punisher's words.
        if (cueWord.EndsWith("ing", StringComparison.Ordinal) && WordBefore(text, a.Cue.Start).ToLowerInvariant() is "for" && Punished().IsMatch(text.AsSpan(Math.Max(0, a.Cue.Start - 80), Math.Min(80, a.Cue.Start)))) return true;
        // "cut service without warning four times": no warning given ("with little warning", "without any warning" neither).
        if (cueWord is "warning" && WordBefore(text, a.Cue.Start).ToLowerInvariant() is "without" or "little" or "no" or "any" or "advance" or "short") return true;
        // "offered no way to pay for it", "provided no evidence": what someone did not say is the reporter's account, no claim.
        if (cueWord is "offered" or "offers" or "provided" or "provides" or "gave" or "gives" or "presented" && a.Content.Start >= a.Cue.End && FirstWord(a.Content.Text) is "no") return true;
        // "warning preparedness meteorologist Peter Kimbell said": a title, no warning given.
        if (cueWord is "warning" && FirstWord(text.AsSpan(a.Cue.End)) is "preparedness" or "coordination" or "co-ordination") return true;
        // "Average asking rents fell …": an asking price is what is asked for a thing, no question put.
        if (cueWord is "asking" && FirstWord(a.Content.Text) is "rent" or "rents" or "price" or "prices" or "prices," or "rents,") return true;
        // "defended her ministry's plan to charge tolls on the new bridge within two years of its opening": however long, a plan
        // defended is a thing, not a statement.
        if (Stances.Contains(cueWord) && Unquoted(a) && a.Content.Start >= a.Cue.End && text.AsSpan(a.Cue.End, a.Content.Start - a.Cue.End).IsWhiteSpace()
            && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var determiner, _, ..] words
            && determiner.ToLowerInvariant() is "the" or "his" or "her" or "its" or "their" or "a" or "an"
            && !words.Any(w => Finite(w.ToLowerInvariant()) || w is "will" or "that" or "saying" or "says" or "said" || w.EndsWith(',') || w.Contains("''", StringComparison.Ordinal)))
            return true;
        // "claimed more than $12,000 in expenses", "claimed responsibility for the attack": money or a thing claimed, not a statement.
        // (What follows the cue, whatever the words were read as: "claimed more than $12,000 in expenses | that …".)
        if (cueWord is "claimed" or "claims" or "claiming" or "claim" && a.Content.Start >= a.Cue.End && ClaimedThing().IsMatch(text.AsSpan(a.Cue.End, Math.Min(60, text.Length - a.Cue.End)).TrimStart())) return true;
        // "has rejected what the Crown corporation called its final offer": a thing others named, rejected, is a stance too.
        if (Stances.Contains(cueWord) && Unquoted(a) && a.Content.Start >= a.Cue.End && WhatOthersCalled().IsMatch(a.Content.Text)) return true;
        // "thanked volunteers at her campaign office on Corydon Avenue shortly after 10 p.m.": thanks, however long, state nothing.
        if (cueWord is "thanked" or "thanks" or "thanking" or "thank" && Unquoted(a) && FirstWord(a.Content.Text) != "that") return true;
        // "told CBC News he had no comment": no answer either.
        if (Unquoted(a) && NoComment().IsMatch(a.Content.Text)) return true;
        // "A judge has dismissed a lawsuit brought by riders who argued …", "rejected the appeal": a ruling on a case, whatever its words.
        if (Stances.Contains(cueWord) && a.Content.Start >= a.Cue.End && Unquoted(a) && Proceeding().IsMatch(a.Content.Text)) return true;
        // "dismissed the opposition's claims that the hospital would close": the words are the claims dismissed, not the speaker's.
        if (Stances.Contains(cueWord) && a.Content.Start >= a.Cue.End && Unquoted(a)
            && Others().IsMatch(text.AsSpan(a.Cue.End, Math.Min(a.Content.Start - a.Cue.End + 40, text.Length - a.Cue.End)))) return true;
        // "The band office did not answer questions", "has not responded", "would not say": no answer is no claim (and never the
        // owner of a quotation in the next paragraph).
        if (Unanswered.Contains(cueWord) && Negated().IsMatch(a.Cue.Text)) return true;
        // "who asked not to be named": a condition of speaking, not something said.
        if (NotNamed().IsMatch(a.Content.Text)) return true;
        // "a report presented to the regional centre … recommends": a cue that opens with an article is a noun phrase, not a
        // verb of anyone's saying.
        // ("an assertion that the migrants …", "the claim that …": a noun of saying is someone's words.)
        // (Only where the cue ends in that noun: "a report presented to" is a document's description, not its saying.)
        if (FirstWord(a.Cue.Text) is "a" or "an" or "the" or "A" or "An" or "The" && a.Cue.Text.Contains(' ')
            && !Lexicon.NominalCues.Contains(LastWord(a.Cue.Text))) return true;
        // "Outside the courthouse, she said …" read as the words before "her fears": a place or time opening a sentence is
        // where someone spoke, not what anyone said.
        if (Unquoted(a) && a.Content.Length > 0 && a.Content.End <= a.Cue.Start && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: < 6 } opening
            && opening[0].ToLowerInvariant() is "outside" or "inside" or "after" or "before" or "during" or "at" or "in" or "on" or "near" or "earlier" or "later"
            && opening.All(w => !Reports(w) && !w.EndsWith("ed", StringComparison.Ordinal))) return true;
        // Two words that nobody quoted ("spoke at noon", "declined comment") are not a statement to check.
        if (Unquoted(a) && a.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return true;
        // "In remarks reported by the agency Tanjug, …": the channel's name is how the remark came, not a claim.
        if (a.Channel is { Length: > 0 } channel && a.Content.Text.Trim(' ', ',', '.', ';', ':') is { Length: > 0 } said
            && channel.Contains(said, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"head | coach Scott Arniel" where the tagger began the source at the role's noun: the role's first word too.</summary>
    static TextSpan WithModifier(string text, TextSpan source)
    {
        if (source.Length == 0 || !char.IsLower(source.Text[0]) || source.Start < 2 || text[source.Start - 1] != ' ') return source;
        var start = text.LastIndexOfAny([' ', '\n', '(', '“', '"'], source.Start - 2) + 1;
        var word = text[start..(source.Start - 1)];
        return word.Length > 0 && char.IsLower(word[0]) && People.IsRoleModifier(word) ? TextSpan.Of(text, start, source.End) : source;
    }

    /// <summary>The source with the description beside its name whole: "Priya Nair, a second-year engineering | student from
    /// Chennai, India" where the tagger ended the source inside it goes on to the next comma or stop.</summary>
    static string Apposition(string text, TextSpan source)
    {
        if (source.Length == 0 || !source.Text.Contains(',') || source.End >= text.Length || text[source.End] != ' ') return source.Text;
        var end = source.End;
        while (end < text.Length && end - source.End < 60 && text[end] is not (',' or '.' or ';' or ':' or '"' or '“' or '”' or '—' or '(' or '\n')) end++;
        return end < text.Length && end - source.End < 60 ? text[source.Start..end] : source.Text;
    }

    /// <summary>
    /// The body that spoke before a position: for a business's noun ("the company's president" after "Coastal GasLink said in a
    /// statement …"), the last capitalised speaker within a few paragraphs that names an organisation and no union or public body;
    /// for any other body ("The agency said" after "Statistics Canada said Tuesday …"), the remark just before, where an
    /// organisation made it. Null where none did.
    /// </summary>
    static string? BodyBefore(string text, List<Attribution> result, int position, bool business = true, string? noun = null)
    {
        var since = noun is null ? null : IntroducedSince(noun);
        var pastPerson = false;
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var r = result[i];
            if (r.Source.Start >= position) continue;
            if (position - r.Source.Start > 2500 || !business && position - r.Cue.End > 600) break;
            // ("the Illinois Board of Elections was conclusive …. But a New Hampshire ballot commission … the commission recognized": a
            // body of that noun introduced since is another one, as the article describes it.)
            if (since is not null && r.Cue.End < position && since.Match(text, r.Cue.End, position - r.Cue.End) is { Success: true } introduced)
                return introduced.Groups[1].Value;
            // (A body the article only described: "a New Hampshire ballot commission" speaking again as "the commission".)
            if (!business && noun is not null && r.Speaker.EndsWith(" " + noun, StringComparison.Ordinal) && char.IsUpper(r.Speaker[0])) return r.Speaker;
            // ("Officials at Homeland Security Investigations said …. In a 2013 memo, the agency suggested": the body they work at.)
            var speaker = StaffOf().Match(r.Speaker) is { Success: true } staff ? staff.Groups[1].Value : r.Speaker;
            // ("The survey by Abacus Data found …. The utility said …": a pollster or consultancy is "the firm", no utility or airline.)
            if (noun is not (null or "firm" or "company") && speaker.LastIndexOf(' ') is var lastSpace and > 0 && Publishing.SpeakerKinds.IsAdviserWord(speaker[(lastSpace + 1)..])) continue;
            // (A name, "Coastal GasLink", "Bank of Montreal"; not "Lawyers for the chiefs".)
            if (speaker.Split(' ') is var words && words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "the" or "and" or "&")
                // ("Animal rights group Animal Justice renewed its call …. “…,” said …, the group's executive director": a name the article
                // gives that kind, whatever its words.)
                && (Publishing.SpeakerKinds.Kind(speaker) == Publishing.SpeakerKinds.Organization || noun is not null && text.AsSpan(Math.Max(0, position - 20_000), Math.Min(20_000, position)).Contains(noun + " " + speaker, StringComparison.Ordinal))
                && !Publishing.SpeakerKinds.IsSomeones(speaker)
                // ("The City of Yellowknife is asking …. The hospital said …": a name of another kind of body is not meant.)
                && !(noun is not null && Speakers.OfOtherKind(speaker, noun))
                // (A Crown corporation is "the corporation" too: "Canada Post said …. “…,” the corporation said.")
                && (!business || !words.Any(w => Public.Contains(w) && !(w == "Canada" && (noun == "corporation" || !Speakers.FederalCanada(speaker)))))
                // (Past a person quoted between them, only a body of that kind: a federal agency is "the agency", "the Office of …" "the office".)
                && (!pastPerson || noun is not null && (speaker.Contains(noun, StringComparison.OrdinalIgnoreCase) || noun == "agency" && Speakers.FederalCanada(speaker))))
                // (Not where another's name is owned between them: "Forbes says …. But he is not on Bloomberg's own list. The
                // company says …" is Bloomberg. The remark just before is the body's whoever it names: "United Gun Group said … Zimmerman's
                // listing …. “…,” the organization wrote.")
                return business && Owner().Matches(text, r.Source.End).TakeWhile(m => m.Index < position).Any(m => !speaker.Contains(m.Groups[1].Value, StringComparison.Ordinal)) ? null : speaker;
            // ("Statistics Canada said …. “…,” said Andrew Grantham, senior economist at CIBC …. The agency said …": a person quoted
            // between them leaves the body that spoke before.)
            // ("Economists had expected a reading of 2.0 per cent" between them: commenters no one names, no body either.)
            if (!business && r.Speaker.IndexOf(' ') < 0 && r.Speaker.Length > 4 && r.Speaker[^1] == 's' && People.IsRoleNoun(r.Speaker[..^1])) continue;
            if (!business && (Publishing.SpeakerKinds.Kind(r.Speaker) != Publishing.SpeakerKinds.Person || !r.Speaker.Contains(' ') || pastPerson)) return null;
            pastPerson = !business;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:even (?:as|though|if|when|while)|while|although|though|because|amid|despite)\b")]
    private static partial Regex SubordinateOpening();

    /// <summary>The body that spoke in <paramref name="prior"/>, as "the Public Prosecution Service" or "Shared Health" (with "the" where
    /// the article writes it), when that remark ends within <paramref name="within"/> characters before a spokesperson's source; else
    /// null. A body, not a person: capitalised words, at least <paramref name="words"/>, that the people index does not know.</summary>
    static string? SpokenFor(string text, People people, Attribution prior, int sourceStart, int within, int words)
    {
        if (prior.Cue.End > sourceStart || sourceStart - prior.Cue.End >= within || prior.Speaker.Split(' ') is not { } priorWords || priorWords.Length < words
            || !priorWords.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "the" or "and") || people.Known.Contains(prior.Speaker)
            || Publishing.SpeakerKinds.Kind(prior.Speaker) != Publishing.SpeakerKinds.Organization || Publishing.SpeakerKinds.IsSomeones(prior.Speaker)) return null;
        return (text.Contains("the " + prior.Speaker, StringComparison.Ordinal) || text.Contains("The " + prior.Speaker, StringComparison.Ordinal) ? "the " : "") + prior.Speaker;
    }

    /// <summary>The body a possessed role ("the group's spokesperson") is of: the body that spoke last, unless another of that kind
    /// was brought in since ("A group of tenants in Longueuil said …" after "Hydro-Québec says …" is no utility's group).</summary>
    /// <summary>"Edmonton Oilers fan who caught record puck": a headline's person, a few capitalised words, a noun and a "who" clause.</summary>
    [GeneratedRegex(@"^(?:[A-Z][\w'’.-]*\s+){0,3}([a-z]+)\s+who\s")]
    private static partial Regex HeadlineWho();

    /// <summary>Where a "who" clause's remark ends and the sentence's verb comes back ("… the cold snap | are calling on …"): the
    /// position of the space before a finite verb that follows a lower-case noun, after a finite verb of the remark's own; else -1.</summary>
    static int MainVerbBack(string words)
    {
        var parts = words.Split(' ');
        var seen = false;
        var at = 0;
        for (var k = 0; k < parts.Length; k++)
        {
            if (k > 0 && Finite(parts[k]) && parts[k] is not ("would" or "could" or "can" or "did" or "does"))
            {
                if (seen && parts[k - 1] is { Length: > 2 } noun && noun.All(char.IsLower) && !Lexicon.Pronouns.Contains(noun) && noun is not ("that" or "which" or "who" or "there" or "it" or "this")
                    && !noun.EndsWith("ly", StringComparison.Ordinal) && k + 1 < parts.Length && parts[k + 1].EndsWith("ing", StringComparison.Ordinal)) return at - 1;
                seen = true;
            }
            at += parts[k].Length + 1;
        }
        return -1;
    }

    [GeneratedRegex(@"^ (?:the|this) (?:paper|newspaper|broadcaster|station|network|outlet|magazine|program|programme|show|podcast)\b")]
    private static partial Regex OutletAgain();

    /// <summary>The last news outlet named after "with", "to" or "by" ("an interview with the Calgary Herald", "by the Chicago Tribune").</summary>
    [GeneratedRegex(@"\b(?:with|to|by)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s)*?(?:[A-Z][\w.'’-]*\s)?(?:News|Herald|Times|Post|Star|Sun|Globe and Mail|Journal|Tribune|Press|Gazette|Chronicle|Telegraph|Observer|Free Press|Examiner|Guardian|Citizen|Record|Spectator|Leader-Post|StarPhoenix|Telegram|Magazine|Radio|Television)|CBC(?: News)?|CTV(?: News)?|Global News|Radio-Canada|CNN|NPR|BBC|ABC|NBC|CBS|MSNBC|Reuters|Bloomberg)\b", RegexOptions.RightToLeft)]
    private static partial Regex OutletNamed();

    static string? OwnerBefore(string text, List<Attribution> result, int position, string possessed)
    {
        var apostrophe = possessed.IndexOfAny(['\'', '’']);
        var noun = possessed[..apostrophe].Split(' ')[^1].ToLowerInvariant();
        return BodyBefore(text, result, position, noun: noun is "group" or "organization" or "organisation" or "coalition" ? noun : null) is { } body && char.IsUpper(body[0]) ? body
            // ("The company … said it was co-operating …. “…,” said Gary Hoover, the company's head of …": whom "the company" was read as
            // last, within a few paragraphs.)
            : ReadAs(result, position, "the " + noun);
    }

    /// <summary>Whom a source written so ("the company") was last read as, a name, within 1,500 characters before a position; else null.
    /// (Read back from the last remark, so that a long text stays linear.)</summary>
    static string? ReadAs(List<Attribution> result, int position, string source)
    {
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var r = result[i];
            if (r.Source.Start >= position) continue;
            if (position - r.Source.Start >= 1500) break;
            if (r.Source.Text.Equals(source, StringComparison.OrdinalIgnoreCase) && r.Speaker.Length > 0 && char.IsUpper(r.Speaker[0])
                && !source.EndsWith(" " + r.Speaker, StringComparison.OrdinalIgnoreCase)) return r.Speaker;
        }
        return null;
    }

    /// <summary>"…, the force said": a police force by that word alone.</summary>
    static bool ThePoliceForce(Attribution a) => a.Speaker is "force" or "police force" && a.Source.Text.ToLowerInvariant() is "the force" or "the police force";

    /// <summary>"his father, Assam,": a relative named by given name (group 1 the relation, 2 the name).</summary>
    [GeneratedRegex(@"\b(?:his|her|their) (father|mother|son|daughter|wife|husband|brother|sister|grandmother|grandfather), ([A-Z][a-z]+)\b")]
    private static partial Regex RelativeNamed();

    /// <summary>"Alberta Fish and Wildlife officials": a body's name, then its officials (group 1 the body).</summary>
    [GeneratedRegex(@"(?<![\w'’]\s)\b((?:[A-Z][\w.'’-]*\s(?:(?:and|of|for)\s)?){0,5}[A-Z][\w.'’-]*)\sofficials\b")]
    private static partial Regex BodysOfficials();

    /// <summary>"RCMP in Surrey", "police in Moncton": a force, then its place (group 1 the force, 2 the place).</summary>
    [GeneratedRegex(@"\b(RCMP|[Pp]olice|Mounties)\s+in\s+((?:[A-Z][a-z'’-]+\s)?[A-Z][a-z'’-]+)\b(?![\w'’])")]
    private static partial Regex PoliceInPlace();

    /// <summary>A police force by its place: "Winnipeg police", "Nova Scotia RCMP", "the Toronto Police Service", "Ontario Provincial Police".</summary>
    [GeneratedRegex(@"(?<!\b[A-Z][\w.’'-]*\s)\b((?:[A-Z][a-z.'’-]+\s){1,3}(?:police|Police(?:\s(?:Service|Department|Force))?|RCMP|Provincial\sPolice|Regional\sPolice))\b(?!['’]s)")]
    private static partial Regex PoliceNamed();

    /// <summary>The last name before a position that the article writes after "the", of one to three capitalised words and then
    /// <paramref name="shortName"/> ("the Calgary Stampede" for "the Stampede"); else null.</summary>
    static string? FullBodyName(string text, string shortName, int before)
    {
        string? found = null;
        // (Within the 20,000 characters before, so that a long text stays linear.)
        for (var at = text.IndexOf(" " + shortName, Math.Max(0, before - 20_000), StringComparison.Ordinal); at > 0 && at < before; at = text.IndexOf(" " + shortName, at + 1, StringComparison.Ordinal))
        {
            if (at + 1 + shortName.Length < text.Length && char.IsLetter(text[at + 1 + shortName.Length])) continue;
            var start = at;
            var words = 0;
            while (start > 0 && words < 3)
            {
                var w = start - 1;
                while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] is '-' or '\'' or '’')) w--;
                if (w >= start - 1 || !char.IsUpper(text[w]) || text.AsSpan(w, start - w) is "The") break;
                words++;
                start = w - 1;
                if (start < 0 || text[start] != ' ') { start = w; break; }
            }
            if (words == 0 || start < 4) continue;
            var opening = start + (text[start] == ' ' ? 1 : 0);
            if (text.AsSpan(opening - 4, 4) is "the " or "The ") found = text[opening..(at + 1 + shortName.Length)];
        }
        return found;
    }

    /// <summary>Whether a verb at a position follows "and", "but", "or" or "then" (with adverbs between): a second verb of the subject before.</summary>
    static bool CoordinatedVerb(string text, int at)
    {
        var words = text.AsSpan(Math.Max(0, at - 40), Math.Min(40, at)).TrimEnd().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length - 1; k >= 0 && k >= words.Length - 3; k--)
        {
            var w = words[k].ToLowerInvariant().TrimEnd(',');
            if (w is "and" or "but" or "or" or "then" or "also") return true;
            if (!w.EndsWith("ly", StringComparison.Ordinal) && w is not ("later" or "still" or "now")) return false;
        }
        return false;
    }

    /// <summary>Whether the text names <paramref name="name"/> right after a body's kind ("group Animal Justice", "charity Food Banks").</summary>
    static bool BodyKindNamed(string text, string name, int near, bool setOffOnly)
    {
        // (Within 20,000 characters of the remark, so that a long text stays linear; for a name read as a person's, which most remarks'
        // are, only the set-off kind in the remark's own sentence, "the developer, Concord Pacific".)
        var window = setOffOnly ? 300 : 20_000;
        var to = Math.Min(text.Length, near + window);
        for (var at = text.IndexOf(name, Math.Max(0, near - window), to - Math.Max(0, near - window), StringComparison.Ordinal); at > 0 && at < to;
             at = at + name.Length < to ? text.IndexOf(name, at + name.Length, to - at - name.Length, StringComparison.Ordinal) : -1)
        {
            var end = at - 1;
            if (text[end] != ' ') continue;
            // ("Lawyers for the developer, Concord Pacific, argued": a company's kind set off before its name.)
            var setOff = end > 0 && text[end - 1] == ',';
            if (setOff) end--;
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]) || start > 0 && text[start - 1] == '-') start--;
            if (Speakers.BodyKinds.Contains(text[start..end]) && !setOff && !setOffOnly
                || setOff && CompanyKinds.Contains(text[start..end]) && (text.AsSpan(0, start).EndsWith("the ", StringComparison.Ordinal) || text.AsSpan(0, start).EndsWith("The ", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>What "the developer, Concord Pacific" says a name is: a body's kind, or a company's.</summary>
    static readonly HashSet<string> CompanyKinds =
    [
        .. Speakers.BodyKinds, "company", "firm", "developer", "builder", "contractor", "retailer", "grocer", "insurer", "airline", "carrier",
        "operator", "utility", "lender", "bank", "manufacturer", "automaker", "chain", "employer", "broadcaster", "publisher",
    ];

    /// <summary>A verb of saying, as a word: " told a London, Ont., court Tuesday he ".</summary>
    [GeneratedRegex(@"\b(?:said|says|told|tells|testified|testifies|wrote|writes)\b")]
    private static partial Regex SaidBefore();

    /// <summary>"the federal government for …", "Ottawa for …": whom a request was made of, up to its "for".</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+for\s+(?!(?:the\s+)?(?:first|second|last|next)\b)")]
    private static partial Regex AskedOfFor();

    static Regex IntroducedSince(string noun) => new($@"\b(?:[Aa]n?|[Aa]nother)\s+((?:(?!(?:with|of|for|to|the|a|an|in|at|on|by|from|and|or)\b)[\w'’-]+\s+){{0,4}}{Regex.Escape(noun)})\b", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\s+(?:to\s+be\s+)?(?:released|published|issued|conducted|posted|unveiled|made public)\b")]
    private static partial Regex ReleasedWhen();

    /// <summary>" last month", " on Tuesday", " earlier this year": when a maker did something, written after its name.</summary>
    [GeneratedRegex(@"\s+(?:(?:last|this|earlier this|late last|early last|on|earlier|late)\s+(?:week|weekend|month|year|spring|summer|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|earlier|recently|today|yesterday)$")]
    private static partial Regex WhenAtEnd();

    /// <summary>"Dalhousie University, the University of Guelph and the University of Saskatchewan": bodies listed, each by its name.</summary>
    [GeneratedRegex(@"^(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|for|the|[A-Z][\w.'’&-]*))*(?:,\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|for|the|[A-Z][\w.'’&-]*))*)*,?\s+and\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|for|the|[A-Z][\w.'’&-]*))*$")]
    private static partial Regex BodiesListed();

    [GeneratedRegex(@"^(?:Officials|Members|Workers|Employees|Staff|Leaders|Spokespeople|Representatives) (?:at|of|with|for|from) (?:the )?([A-Z].+)$")]
    private static partial Regex StaffOf();

    [GeneratedRegex(@"^\s*(?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:inquiry|inquest|hearing|committee|commission|investigation|trial)\s+(?:into|on|investigating|examining)\s")]
    private static partial Regex InquiryInto();

    /// <summary>"a 29-year-old man guilty of …", "the company liable for …": whom a verdict found what.</summary>
    [GeneratedRegex(@"^(?:\S+\s+){1,6}?(?:not\s+)?(?:guilty|liable)\b(?:\s+(?:of|for)\b|\s*$)")]
    private static partial Regex Verdict();

    /// <summary>"a 2023 report by the auditor general that found ": the document, who made it and the verb of its finding.</summary>
    [GeneratedRegex(@"\b(?:a|an|the|his|her|their|its)\s+(?:(?:\d{4}|new|recent|latest|annual|internal|independent|damning|scathing|federal|provincial)\s+)*(?<doc>report|study|audit|review|analysis|survey|investigation)\s+(?:by|from)\s+(?<who>(?:the\s+)?[\w.'’ -]+?)\s+that\s+(?<verb>found|showed|shows|finds|concluded|said|says|estimated|suggested|warned) ")]
    private static partial Regex FoundBy();

    /// <summary>"chamber CEO" where a source reads "chamber CEO John Hopkins" and the role is "CEO": the body's noun and the role;
    /// else null.</summary>
    static string? BodyNounBefore(string source, string role) =>
        source.IndexOf(" " + role + " ", StringComparison.Ordinal) is var at and > 0 && source.LastIndexOf(' ', at - 1) is var sp
        && source[(sp + 1)..at] is { Length: > 2 } noun && char.IsLower(noun[0]) && noun.All(char.IsLetter) ? noun + " " + role : null;

    [GeneratedRegex(@"^([Cc]ommission|[Bb]oard|[Cc]ouncil|[Uu]nion|[Aa]ssociation|[Cc]hamber|[Ss]ociety|[Ff]ederation|[Aa]gency|[Aa]uthority|[Ff]oundation|[Ii]nstitute|[Bb]ank|[Ll]ocal) ((?:(?:national|provincial|regional|interim|acting|local) )?(?:vice-)?(?:chair|chairman|chairwoman|chairperson|president|director|executive director|CEO|spokesperson|spokesman|spokeswoman|(?:senior deputy |deputy )?governor))$")]
    private static partial Regex BodyTitle();

    [GeneratedRegex(@"\bby (?:the )?((?:[A-Z][\w.'’&-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,6}[A-Z][\w.'’&-]*)$")]
    private static partial Regex MadeBy();

    [GeneratedRegex(@"^(\d{2,4}) (?=[a-z])")]
    private static partial Regex Frequency();

    [GeneratedRegex(@"\b([A-Z][\w&.-]+)['’]s\b")]
    private static partial Regex Owner();

    /// <summary>"as many as", "as much as", "as of", "as well as": an amount or a time, not the circumstance "as".</summary>
    [GeneratedRegex(@"^as\s+(?:many|much|few|little|high|low|long|soon|well|of|part|early|late|recently|far)\b")]
    private static partial Regex AsAmount();

    /// <summary>The words before "claims" that make it a noun: "land claims", "insurance claims", "40 per cent more claims".</summary>
    /// <summary>Claims that are filings, never remarks ("expense claims", "land claims").</summary>
    static readonly HashSet<string> Filings = ["land", "insurance", "treaty", "disability", "damage", "property", "expense", "warranty", "injury"];

    internal static readonly HashSet<string> KindsOfClaim = ["land", "insurance", "treaty", "disability", "damage", "property", "expense", "warranty", "injury", "more", "fewer", "many", "new",
        "individual", "civil", "small", "pending", "outstanding", "fraudulent", "denied", "rejected", "approved", "total", "such", "these", "those"];

    [GeneratedRegex(@"\G (?:night|morning|afternoon|evening)\b")]
    private static partial Regex DayPart();

    /// <summary>" council's urban planning committee on Thursday that": whom a remark was told, up to its day or "that".</summary>
    [GeneratedRegex(@"\G\s+(?:the\s+)?(?<body>[\w-]+(?:['’]s)?(?:\s+(?!after\b|before\b|at\b|in\b|on\b|during\b|following\b|outside\b|the\b|a\b|an\b)[a-z][\w-]*){1,4}?\s+(?:committee|subcommittee|board|panel|caucus|commission|council|inquiry))\b(?:\s+(?:on\s+)?\w+day)?\s*(?:that\s*)?$")]
    private static partial Regex ToldBody();

    [GeneratedRegex(@"^That(?:'s|’s| is| was) (?:how|what) ")]
    private static partial Regex ThatsHow();

    /// <summary>The quotation that is the whole paragraph right before a position ("“We feel forgotten.”¶That's how …"), or (0, 0).</summary>
    static (int Start, int End) QuotationBefore(string text, int position)
    {
        var line = text.LastIndexOf('\n', Math.Max(0, position - 1));
        if (line < 0 || text.AsSpan(line, position - line).Trim().Length > 0) return (0, 0);
        var end = line;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == 0 || text[end - 1] is not ('”' or '"')) return (0, 0);
        var start = text.LastIndexOf('\n', end - 1) + 1;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        // ("FLIN FLON, Man. — “We feel forgotten.”": after the dateline.)
        if (text.IndexOf(" — ", start, end - start, StringComparison.Ordinal) is var dash and > 0 && dash - start < 40 && dash + 3 < end) start = dash + 3;
        return text[start] is '“' or '"' && text.AsSpan(start + 1, end - start - 2).IndexOfAny("“”\"") < 0 ? (start, end) : (0, 0);
    }

    /// <summary>People a headline names by what they are ("Couple says …", "Widow says …"), whom the lede then names.</summary>
    internal static readonly HashSet<string> HeadlinePeople =
    [
        "couple", "family", "parents", "mother", "father", "mom", "dad", "man", "woman", "widow", "widower", "teen", "student", "senior", "veteran", "worker",
        "nurse", "doctor", "farmer", "owner", "driver", "tenant", "tenants", "landlord", "resident", "residents", "patient", "grandmother", "grandfather",
        "son", "daughter", "siblings", "pair", "survivor", "victim", "sister", "brother", "wife", "husband", "workers", "students", "neighbours",
    ];

    /// <summary>What a headline may say found or said a thing ("…, study finds", "Report says …"), which the lede then ascribes.</summary>
    static readonly HashSet<string> HeadlineDocuments = ["study", "report", "survey", "poll", "audit", "review", "analysis", "research", "data"];

    /// <summary>Words of unions, public bodies and parties, which are not "the company".</summary>
    static readonly HashSet<string> Public = new(StringComparer.Ordinal)
    {
        "Union", "Federation", "Alliance", "Guild", "Association", "Local", "Unifor", "Teamsters", "Ministry", "Department", "Government", "City", "Province",
        "Police", "RCMP", "OPP", "Service", "Services", "Agency", "Office", "Commission", "Board", "Authority", "Court", "Council", "Party", "Canada",
        "University", "Hospital", "Institute", "Foundation", "Society", "Coalition", "Centre", "Center",
        "Democrats", "Republicans", "GOP", "Liberals", "Conservatives", "Tories", "NDP", "Greens",
    };

    public static IReadOnlyList<Attribution> Apply(string text, People people, IReadOnlyList<Attribution> found, bool claimsOnly = true)
    {
        var result = new List<Attribution>(found.Count);
        // Remarks by where their source starts, to find one read twice from one source.
        var bySource = found.Where(f => f.Source.Length > 0).ToLookup(f => f.Source.Start);
        // ("“…,” the organization said in a statement. It said it could not …": the body "the organization" was read as, for the "it" after.)
        (string From, string To)? bodyRead = null;
        // Readings whose words are a second "that" of a verb before them (few; one scan).
        var seconds = claimsOnly ? found.Where(x => x.Source.Length > 0 && SecondThat(text, x)).ToList() : [];
        foreach (var each in found)
        {
            var a = each;
            // "Moe told reporters that Highways Minister | Darren Ruff offered his resignation … and that he accepted it": words cut where a
            // reading of a verb inside them begins, whose "and that" goes on with these words, run to the end of it.
            if (claimsOnly && a.Content.Start >= a.Cue.End && a.Content.Length > 0 && seconds.Count > 0
                && seconds.FirstOrDefault(x => !ReferenceEquals(x, each) && x.Source.Length > 0 && x.Source.Start > a.Content.Start && x.Source.Start < a.Content.End && x.Source.End >= a.Content.End
                                             && People.SentenceStart(text, x.Source.Start) == People.SentenceStart(text, a.Cue.Start)
                                             && x.Content.End > x.Source.End && x.Cue.Start >= x.Source.End) is { } swallowed
                && text.AsSpan(a.Content.End, swallowed.Content.End - a.Content.End) is var over && over.IndexOfAny("“”\"\n;") < 0 && !over.Contains(". ", StringComparison.Ordinal))
                a = Rescored(text, people, a, TextSpan.Of(text, a.Content.Start, swallowed.Content.End), a.Cue);
            // "Crown prosecutor Ana Ruiz told the court that Devon Clarke showed “…”": a verb inside the words another cue of the same
            // source governs is that remark's, no second one.
            if (claimsOnly && a.Source.Length > 0 && a.Cue.Start > a.Source.End && bySource[a.Source.Start].Any(o => !ReferenceEquals(o, each) && o.Source.End == a.Source.End
                    && o.Cue.End <= a.Cue.Start && o.Content.Start <= a.Cue.Start && a.Content.End <= o.Content.End && o.Content.Start >= o.Cue.End)
                // (Not a second verb the same subject governs: "The campaign denies any wrongdoing and points out that …".)
                && !CoordinatedVerb(text, a.Cue.Start)) continue;
            // "Jerry DeMarco found that emissions … were far short of the cut the government has promised": a verb after the words
            // whose source already has its own cue before them ("found") is no cue of that source's.
            if (claimsOnly && a.Source.Length > 0 && a.Source.End <= a.Content.Start && a.Content.End <= a.Cue.Start
                && found.Any(o => !ReferenceEquals(o, each) && o.Source.Start == a.Source.Start && o.Cue.Start >= a.Source.End && o.Cue.End <= a.Content.Start)) continue;
            // "a new report from Rentals | .ca and Urbanation": a web address's ending is part of the name, and so is a body joined to it.
            if (a.Source.Length > 0 && char.IsUpper(a.Source.Text[a.Source.Text.LastIndexOf(' ') + 1]) && WebName().Match(text, a.Source.End) is { Success: true, Index: var webAt } web && webAt == a.Source.End)
            {
                var source = TextSpan.Of(text, a.Source.Start, a.Source.End + web.Length);
                a = a with { Source = source, Speaker = Speakers.Resolve(source, text, people, result.Count > 0 ? result[^1] : null) };
            }
            // "A spokesperson for Immigration, | Refugees and Citizenship Canada": a department whose name lists its fields with commas.
            if (a.Source.Length > 0 && a.Source.Text.EndsWith(" Canada", StringComparison.Ordinal) && a.Source.Text.Contains(" and ", StringComparison.Ordinal)
                && char.IsUpper(a.Source.Text[0]) && FieldsBefore().Match(text[Math.Max(0, a.Source.Start - 60)..a.Source.Start]) is { Success: true } fields)
            {
                var source = TextSpan.Of(text, a.Source.Start - fields.Length, a.Source.End);
                a = a with { Source = source, Speaker = Speakers.Resolve(source, text, people, result.Count > 0 ? result[^1] : null) };
            }
            // "warning preparedness meteorologist Peter Kimbell": Environment Canada's title, read without its first word.
            if (a.Source.Start > 8 && a.Source.Text.StartsWith("preparedness ", StringComparison.Ordinal) && text.AsSpan(a.Source.Start - 8, 8).SequenceEqual("warning "))
                a = a with { Source = TextSpan.Of(text, a.Source.Start - 8, a.Source.End) };
            // "“This is the kind of event that brings down trees,” … said": words read inside their quotation marks are quoted.
            if (claimsOnly && a.Content.Length > 0 && a.Content.Start > 0 && text[a.Content.Start - 1] is '“' or '"' && QuoteCloses().Match(text, a.Content.End) is { Success: true } closes
                && closes.Index == a.Content.End && a.Content.Text.AsSpan().IndexOfAny("“”\"") < 0)
                a = Rescored(text, people, a, TextSpan.Of(text, a.Content.Start - 1, a.Content.End + closes.Length), a.Cue);
            var cueWord = a.Cue.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? "";
            // "welcomed the ban but said schools would need …", "declined to comment but said …": what was done is no claim; the
            // words after "but said" are, with that cue (unless it was read as a remark of its own).
            if (claimsOnly && (Stances.Contains(cueWord) || Narration.Contains(cueWord)) && a.Content.Start >= a.Cue.End && ButSaid().Match(a.Content.Text) is { Success: true } but)
            {
                var verb = TextSpan.Of(text, a.Content.Start + but.Groups["verb"].Index, a.Content.Start + but.Groups["verb"].Index + but.Groups["verb"].Length);
                var words = TextSpan.Of(text, a.Content.Start + but.Groups["words"].Index, a.Content.End);
                if (found.Any(x => x.Cue.Start == verb.Start) || words.Length < 3) continue;
                a = Rescored(text, people, a, words, verb);
                cueWord = verb.Text.ToLowerInvariant();
            }
            // "denied the claim, saying her policy did not cover …": the words are the "saying" remark's; what was denied is the
            // claim form, and what is left of the words before ", saying" is weighed alone.
            if (claimsOnly && a.Content.Start >= a.Cue.End && a.Content.Text.IndexOf(", saying ", StringComparison.Ordinal) is var saying and > 0
                && found.Any(x => x.Cue.Start == a.Content.Start + saying + 2 && x.Content.Start > x.Cue.End))
                a = Rescored(text, people, a, TextSpan.Of(text, a.Content.Start, a.Content.Start + saying), a.Cue);
            // "…, but cycling | advocates say …": words cut where the next remark's source opens end before their conjunction.
            if (claimsOnly && a.Content.Start >= a.Cue.End && TrailingConjunction().Match(a.Content.Text) is { Success: true } trailing
                && found.Any(x => x.Source.Length > 0 && x.Source.Start >= a.Content.Start + trailing.Index && x.Source.Start <= a.Content.End + 1))
                a = Rescored(text, people, a, TextSpan.Of(text, a.Content.Start, a.Content.Start + trailing.Index), a.Cue);
            // ("after a passerby reported a dog in distress, | police said in a news release": words read on into the source of the remark
            // they sit inside end before its comma.)
            if (claimsOnly && a.Content.Start >= a.Cue.End && Unquoted(a))
                for (var signedAt = a.Content.Text.IndexOf(", ", StringComparison.Ordinal); signedAt > 0; signedAt = a.Content.Text.IndexOf(", ", signedAt + 2, StringComparison.Ordinal))
                    if (bySource[a.Content.Start + signedAt + 2].Any(x => x.Cue.Start > x.Source.End - 1 && x.Content.End <= x.Source.Start && x.Content.Start <= a.Source.Start && x.Content.End >= a.Cue.End && x.Cue.End <= a.Content.End))
                    {
                        // (The channel of that remark, "in a news release", is not this one's.)
                        var cutOff = a.Content.Text[signedAt..];
                        a = Rescored(text, people, a, TextSpan.Of(text, a.Content.Start, a.Content.Start + signedAt), a.Cue);
                        if (a.Channel is { } channelCut && cutOff.Contains(channelCut, StringComparison.Ordinal)) a = a with { Channel = null };
                        break;
                    }
            // "told the couple | the work would resume": whom they told is no part of the words.
            if (claimsOnly && cueWord is "told" or "tells" && a.Content.Start > a.Cue.End && WordBefore(text, a.Content.Start) is "the" or "his" or "her" or "their"
                && a.Content.Text.Split(' ', 3) is [var told, var next, _] && told.All(char.IsLower) && told is not ("that" or "how" or "what" or "why" or "whether")
                && AttributionExtractor.ClauseOpens(next))
                a = Rescored(text, people, a, TextSpan.Of(text, a.Content.Start + told.Length + 1, a.Content.End), a.Cue);
            // ("told | the couple the work would resume": the article of whom too.)
            else if (claimsOnly && cueWord is "told" or "tells" && a.Content.Start >= a.Cue.End && WordBefore(text, a.Content.Start) is "told" or "tells"
                && a.Content.Text.Split(' ', 4) is [var article, var whom, var opens, _] && article is "the" or "his" or "her" or "their" && whom.All(char.IsLower)
                && !Lexicon.Audiences.Contains(whom) && AttributionExtractor.ClauseOpens(opens))
                a = Rescored(text, people, a, TextSpan.Of(text, a.Content.Start + article.Length + whom.Length + 2, a.Content.End), a.Cue);
            // "told CBC News | the blaze started", "told The Globe and | Mail the province", "told the court | Pratt | used the money":
            // the words begin where whom ends (past a day), whatever the tagger read.
            // ("When told Perez was in the Cabinet": a passive "told" names no one told.)
            if (claimsOnly && cueWord is "told" && a.Content.Start > a.Cue.Start && Unquoted(a)
                && WordBefore(text, a.Cue.Start).ToLowerInvariant() is not ("when" or "if" or "once" or "after" or "been" or "was" or "were" or "being" or "be" or "is" or "are")
                && Channels.ToldEnd(text, a.Cue.Start) is var whomEnd and > 0
                && AfterWhom().Match(text, whomEnd) is { Success: true } after && after.Index + after.Length is var start && start < a.Content.End - 10 && start != a.Content.Start
                && (start > a.Content.Start || NamesOrArticles().IsMatch(text.AsSpan(start, a.Content.Start - start))
                    // ("told council the branch needs $3 million in repairs | that the library cannot afford": a clause before a relative
                    // "that" is the words.)
                    || FirstWord(a.Content.Text) is "that" && a.Content.Start - start < 120 && RelativeThat(text, start, a.Content.Start)))
                a = Rescored(text, people, a, TextSpan.Of(text, start, a.Content.End), a.Cue) with { Channel = Channels.Find(text[a.Cue.Start..whomEnd]) ?? a.Channel };
            // ("told the daily Folha de S. Paulo | before her trip that she would …": when they told it is no part of the words.)
            if (claimsOnly && cueWord is "told" && Channels.ToldEnd(text, a.Cue.Start) is var toldEnd and > 0 && a.Content.Start >= toldEnd && a.Content.Start - toldEnd < 40
                && WhenThenThat().Match(text, toldEnd, a.Content.End - toldEnd) is { Success: true } whenThat && whenThat.Index + whenThat.Length is var saidFrom
                && saidFrom >= a.Content.Start && saidFrom < a.Content.End - 10)
                a = Rescored(text, people, a, TextSpan.Of(text, saidFrom, a.Content.End), a.Cue) with { Channel = Channels.Find(text[a.Cue.Start..toldEnd]) is { } toldWhom && (a.Channel is null || toldWhom.StartsWith(a.Channel, StringComparison.Ordinal)) ? toldWhom : a.Channel };
            if (claimsOnly && NotAClaim(text, a)) continue;
            // "X quoted NAME as saying that …": the "quoted" half only names the speaker; the "saying" half is the claim.
            if (cueWord == "quoted" && AsSaying().IsMatch(text[a.Content.End..Math.Min(text.Length, a.Content.End + 120)])) continue;
            var r = a;
            // ("proposed class-action lawsuit filed against a Nova Scotia long-term care operator": the suit, without whom it was filed against.)
            if (FiledSuit().Match(r.Speaker) is { Success: true } suit) r = r with { Speaker = suit.Groups[1].Value };
            // "The Globe and Mail reported last month, citing two senior government officials, that cabinet had …": the officials'
            // words, reaching the article through the paper, and "reported" their cue.
            // (The words may hold whom it cites: "citing | three people familiar with the talks, that the deal …".)
            if (claimsOnly && cueWord == "citing" && r.Content.Start >= r.Cue.End && CitedInside().Match(r.Content.Text) is { Success: true } citedFirst
                && r.Content.Start + citedFirst.Length < r.Content.End - 10)
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start + citedFirst.Length, r.Content.End), r.Cue);
            if (claimsOnly && cueWord == "citing" && r.Content.Start > r.Cue.End && FirstWord(r.Content.Text) is "that"
                && CitedSource().Match(text, r.Cue.End, r.Content.Start - r.Cue.End) is { Success: true } cited)
            {
                var who = cited.Groups[1];
                var reported = ReportedBefore().Match(text, Math.Max(0, r.Cue.Start - 80), r.Cue.Start - Math.Max(0, r.Cue.Start - 80));
                r = r with
                {
                    Source = TextSpan.Of(text, who.Index, who.Index + who.Length),
                    Speaker = people.Named(who.Value, who.Index) ?? LeadingArticle().Replace(who.Value, ""),
                    Channel = r.Speaker,
                    Cue = reported.Success ? TextSpan.Of(text, reported.Groups[1].Index, reported.Groups[1].Index + reported.Groups[1].Length) : r.Cue,
                };
            }
            // "said in French during question | period that the government had consulted", "said | in a post on X, formerly Twitter,
            // that …": where and how it was said, read into the words; they begin at "that".
            // (Only the tail of a phrase the cue ran into, "during question | period"; "his message that …" is a noun's clause.)
            if (claimsOnly && r.Content.Start >= r.Cue.End && LeadIn().Match(r.Content.Text) is { Success: true } lead && !NotLead.Contains(lead.Groups[1].Value)
                // (More than two words only where they are the channel's: "said in her | annual report last year that"; never "told X
                // that he knows that …" or "see her winning but losing that second round".)
                // (Whom "told" names is no channel in the lead: "told a crowd in Miami Tuesday | that he knows that …".)
                && (lead.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 2 } || Channels.Find(text[(cueWord is "told" or "tells" ? r.Cue.End : r.Cue.Start)..(r.Content.Start + lead.Length)]) is not null
                    && !lead.Value.Split(' ').Any(w => w is "how" or "what" or "why" or "whether" or "who"))
                && (!lead.Groups[1].Success || text[r.Cue.Start..r.Content.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } ran
                    && ran.Skip(1).Any(w => w is "in" or "during" or "at" or "on")))
            {
                // ("said in her annual report last year that …": the report is how it reached the article.)
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start + lead.Length, r.Content.End), r.Cue);
                if (r.Channel is null && Channels.Find(text[r.Cue.Start..r.Content.Start]) is { } through) r = r with { Channel = through };
            }
            // "told the public inquiry into | the 2020 mass shooting on Tuesday that he warned …": what the inquiry is into is no part
            // of the words; they begin after "that".
            // (The tagger may have read the inquiry into the words, or left it out.)
            if (claimsOnly && r.Content.Start >= r.Cue.End && Unquoted(r) && r.Content.Text.IndexOf(" that ", StringComparison.Ordinal) is var that and > 0 and < 100
                && !r.Content.Text.AsSpan(0, that).ContainsAny("\"“,") && InquiryInto().IsMatch(text.AsSpan(r.Cue.End, r.Content.Start + that - r.Cue.End))
                // (Not an inquiry called for: "is calling for an independent inquiry into a fuel spill that contaminated …".)
                && LastWord(r.Cue.Text) is not ("for" or "about" or "against"))
            {
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start + that + 6, r.Content.End), r.Cue);
                if (r.Channel is null && Channels.Find(text[r.Cue.Start..r.Content.Start]) is { } inquiry) r = r with { Channel = inquiry };
            }
            // "A former daycare worker who admitted | to assaulting four toddlers | has been sentenced …": the relative clause's words
            // end where its subject's own verb begins.
            // (Only a clause of the sentence's subject, "A … who" opening it: "who vowed to make sure those responsible are punished"
            // elsewhere has a subject of its own.)
            if (claimsOnly && r.Content.Start >= r.Cue.End && Unquoted(r) && LastWord(r.Source.Text) is "who" or "that"
                && People.SentenceStart(text, r.Cue.Start) is var opening && text.AsSpan(opening, r.Cue.Start - opening) is var opened
                && opened[(opened.IndexOf("— ") + 1)..].Trim() is var subject // (past a dateline, "WINNIPEG — A former …")
                && (subject.StartsWith("A ") || subject.StartsWith("An ") || subject.StartsWith("The ")) && subject.Count(' ') <= 8 && subject.IndexOfAny(",;") < 0
                && RelativeThenMain().Match(r.Content.Text) is { Success: true } main && main.Groups["words"].Length > 10)
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start, r.Content.Start + main.Groups["words"].Length), r.Cue);
            // "promised | Saturday to remove …": the day it was said is no part of the words.
            if (claimsOnly && r.Content.Start >= r.Cue.End && DayThenWords().Match(r.Content.Text) is { Success: true } day && day.Length < r.Content.Length - 10)
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start + day.Length, r.Content.End), r.Cue);
            // "promised Saturday to remove all federal taxes from home heating oil, | a pledge the Liberals called “reckless.”": the
            // phrase set beside the words is someone else's verdict on them; the words are the clause between the cue and the comma.
            if (claimsOnly && r.Content.Start > r.Cue.End && VerdictBeside().Match(text, r.Cue.End, r.Content.End - r.Cue.End) is { Success: true } clause)
            {
                var words = clause.Groups["words"];
                r = Rescored(text, people, r, TextSpan.Of(text, words.Index, words.Index + words.Length), r.Cue);
            }
            // "said in the House of | Commons that the government had …": the place ends where "that" begins the words.
            if (claimsOnly && r.Content.Start > r.Cue.End && NamedPlaceThenThat().Match(r.Content.Text) is { Success: true } placeName
                && PlaceNameBefore().IsMatch(text.AsSpan(r.Cue.End, r.Content.Start - r.Cue.End)) && placeName.Length < r.Content.Length - 20)
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start + placeName.Length, r.Content.End), r.Cue);
            // "saying up | to 15 millimetres of ice": "up to" is how much, not part of the cue.
            if (claimsOnly && r.Cue.Text.EndsWith(" up", StringComparison.Ordinal) && r.Content.Start > r.Cue.End
                && text.AsSpan(r.Cue.End, r.Content.Start - r.Cue.End).SequenceEqual(" to ") && char.IsDigit(text[r.Content.Start]))
                r = Rescored(text, people, r, TextSpan.Of(text, r.Cue.End - 2, r.Content.End), TextSpan.Of(text, r.Cue.Start, r.Cue.End - 3));
            // "told a news conference at City Hall | the county had spent …", "told reporters in Ottawa | the deal …": where it was said
            // is no part of the words.
            if (claimsOnly && r.Content.Start >= r.Cue.End && Unquoted(r) && PlaceBefore().IsMatch(text.AsSpan(r.Cue.End, r.Content.Start - r.Cue.End))
                && PlaceThenClause().Match(r.Content.Text) is { Success: true } place && place.Length < r.Content.Length - 20)
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start + place.Length, r.Content.End), r.Cue);
            // "She cited a 2023 report by the auditor general that found the province had not tracked costs": the report's finding,
            // the auditor general's through the report, whichever cue the words were read with.
            if (claimsOnly && r.Content.Text.StartsWith("that ", StringComparison.Ordinal)
                && FoundBy().Match(text, Math.Max(0, r.Content.Start - 160), Math.Min(160, r.Content.Start) + 6 + Math.Min(12, r.Content.Length - 5)) is { Success: true } finding
                && finding.Index + finding.Length - finding.Groups["verb"].Length - 6 == r.Content.Start)
            {
                var by = finding.Groups["who"];
                var speaker = Speakers.Resolve(TextSpan.Of(text, by.Index, by.Index + by.Length), text, people, result.Count > 0 ? result[^1] : null);
                var verb = finding.Groups["verb"];
                r = Rescored(text, people, r with { Source = TextSpan.Of(text, by.Index, by.Index + by.Length), Speaker = speaker, Channel = "a " + finding.Groups["doc"].Value },
                    TextSpan.Of(text, verb.Index + verb.Length + 1, r.Content.End), TextSpan.Of(text, verb.Index, verb.Index + verb.Length));
                if (result.Any(x => x.Content.Start == r.Content.Start)) continue;
            }
            // "the province was “ready to help,” but his office did not provide details": what the office did not do is the reporter's.
            if (claimsOnly && r.Content.Start >= r.Cue.End && ButDidNot().Match(r.Content.Text) is { Success: true } butNot && butNot.Index > 15
                && !r.Content.Text.AsSpan(butNot.Index).ContainsAny("\"“”"))
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start, r.Content.Start + butNot.Index), r.Cue);
            // "lead in nearly every duck sampled, raising questions about how …": the questions are the reporter's, not the finding.
            if (claimsOnly && r.Content.Start >= r.Cue.End && RaisingQuestions().Match(r.Content.Text) is { Success: true } raising && raising.Index > 20)
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start, r.Content.Start + raising.Index), r.Cue);
            // "Flight attendants have voted to strike, their union said Monday, raising the prospect of …" and "Residents can return home
            // Saturday, officials announced, after rain slowed the fire": what follows the participle or "after" is the reporter's; the
            // words said are the clause before the source.
            // (The tagger may read the participle into the words, and the lede's subject as the source: the source is then the words
            // between the last comma and the cue.)
            // ("… public health officer announced Monday, expanding …" with no source read and "health officer announced" as the cue:
            // the cue is its verb, and the words before it the source.)
            if (claimsOnly && r.Source.Length == 0 && r.Content.Start >= r.Cue.End && r.Cue.Text.LastIndexOf(' ') is var verbAt and > 0
                && Lexicon.VerbCues.Contains(r.Cue.Text[(verbAt + 1)..].ToLowerInvariant()) && ConsequenceAfter().IsMatch(text, r.Cue.End)
                && r.Cue.Text[..verbAt].Split(' ').All(w => w.Length > 0 && char.IsLetter(w[0]) && !Lexicon.VerbCues.Contains(w.ToLowerInvariant()) && !Lexicon.Between.Contains(w.ToLowerInvariant())))
                r = r with { Cue = TextSpan.Of(text, r.Cue.Start + verbAt + 1, r.Cue.End) };
            if (claimsOnly && r.Content.Start >= r.Cue.End && r.Cue.Start > 0
                && ConsequenceAfter().Match(text, r.Cue.End) is { Success: true } consequence && consequence.Index + consequence.Length >= r.Content.Start
                && text.LastIndexOf(',', r.Cue.Start - 1) is var comma and > 0 && Speakers.PastDateline(text, AttributionExtractor.SentenceOpening(text, r.Cue.Start)) is var first && comma > first
                && text.AsSpan(comma + 1, r.Cue.Start - comma - 1).Trim() is { Length: > 1 } teller && teller.Count(' ') <= 7 && teller.IndexOfAny("“”\"") < 0
                && comma - first > 20 && text.AsSpan(first, comma - first).IndexOfAny("“”\"\n") < 0)
            {
                if (r.Source.Start <= comma || r.Source.Length == 0)
                {
                    var at = comma + 1 + (text.Length - comma - 1 - text.AsSpan(comma + 1).TrimStart().Length);
                    var source = TextSpan.Of(text, at, at + teller.Length);
                    r = r with { Source = source, Speaker = Speakers.Resolve(source, text, people, result.Count > 0 ? result[^1] : null) };
                }
                r = Rescored(text, people, r, TextSpan.Of(text, first, comma), r.Cue);
            }
            // "rejected that claim, saying the utility had spent $1 billion …": the claim rejected is someone else's; the words are what
            // follows "saying", and "saying" is their cue.
            if (claimsOnly && r.Content.Start >= r.Cue.End && cueWord is "rejected" or "rejects" or "dismissed" or "dismisses" or "disputed" or "disputes" or "denied" or "denies" or "rebuffed"
                && RejectedThenSaying().Match(r.Content.Text) is { Success: true } rejected && rejected.Length < r.Content.Length - 10)
            {
                var verb = rejected.Groups["saying"];
                var sayingCue = TextSpan.Of(text, r.Content.Start + verb.Index, r.Content.Start + verb.Index + verb.Length);
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start + rejected.Length, r.Content.End), sayingCue);
            }
            // "Chan said | parents learned about | the plan from a news release": a cue read on into the words said; "said" is the
            // cue and the rest is what was said.
            if (claimsOnly && SaidInto().Match(r.Cue.Text) is { Success: true } into && r.Content.Start >= r.Cue.End && !NotInto.Contains(into.Groups[2].Value))
                r = Rescored(text, people, r, TextSpan.Of(text, r.Cue.Start + into.Groups[2].Index, r.Content.End), TextSpan.Of(text, r.Cue.Start, r.Cue.Start + into.Groups[1].Length));
            // "their landlord is using renovations as an excuse to push them out, a practice critics call "renoviction."": what others call
            // it is the reporter's aside, and its quotation is the critics' word, never the speaker's.
            if (claimsOnly && r.Content.Start >= r.Cue.End && OthersCallIt().Match(r.Content.Text) is { Success: true, Index: > 20 } aside)
                r = Rescored(text, people, r, TextSpan.Of(text, r.Content.Start, r.Content.Start + aside.Index), r.Cue);
            // "…, alleging staff ignored repeated | warnings that she was at risk": the words begin right after the participle.
            if (claimsOnly && r.Cue.Text is "alleging" or "saying" or "claiming" or "arguing" or "insisting" or "warning" or "noting" or "adding" or "contending" or "asserting"
                && r.Content.Start > r.Cue.End && r.Content.Start - r.Cue.End < 40 && text.AsSpan(r.Cue.End, r.Content.Start - r.Cue.End) is var skipped
                && skipped.Trim().Length > 0 && !skipped.ContainsAnyExcept(" abcdefghijklmnopqrstuvwxyz-'’") && !skipped.Trim().EndsWith("ly", StringComparison.Ordinal))
                r = Rescored(text, people, r, TextSpan.Of(text, r.Cue.End + (skipped.Length - skipped.TrimStart().Length), r.Content.End), r.Cue);
            // "after engineers found corroded steel": a cue with no source read, right after the people who did it.
            if (a.Source.Length == 0 && WordBefore(text, a.Cue.Start) is { Length: > 3 } agents && PluralAgents.Contains(agents))
            {
                var end = a.Cue.Start;
                while (end > 0 && text[end - 1] == ' ') end--;
                r = r with { Source = TextSpan.Of(text, end - agents.Length, end), Speaker = agents, Channel = null };
            }
            // The same read as one remark, "quoted" with "the commander, Ivan Hrytsenko, as saying that …" as its words: the
            // commander speaks via the outlet, and the claim is what follows "as saying".
            if (cueWord == "quoted" && a.Content.Start >= a.Cue.End && NameAsSaying().Match(a.Content.Text) is { Success: true } inside)
            {
                var named = inside.Groups[1].Value.Trim().TrimEnd(',');
                var speaker = people.Named(named.Split(',').Last().Trim(), a.Cue.Start) ?? people.Named(named, a.Cue.Start) ?? named;
                var outlet = Channels.Find(a.Source.Text) ?? Channels.Outlet(a.Source.Text) ?? a.Source.Text;
                r = r with { Speaker = speaker, Channel = outlet };
                if (claimsOnly)
                {
                    var content = TextSpan.Of(text, a.Content.Start + inside.Length, a.Content.End);
                    var quotes = AttributionExtractor.Quotes(text, content);
                    var (score, reasons) = CheckWorthiness.Score(content.Text, speaker, a.Source, a.Cue, quotes.Count > 0, people);
                    r = r with { Content = content, Quotes = quotes, CheckWorthiness = score, Reasons = reasons };
                }
            }
            else if (cueWord == "saying" && QuotedAs().Match(text[Math.Max(0, a.Cue.Start - 300)..a.Cue.Start]) is { Success: true } q)
            {
                var named = q.Groups[1].Value.Trim().TrimEnd(',');
                var speaker = people.Named(named.Split(',').Last(), a.Cue.Start) ?? people.Named(named, a.Cue.Start) ?? named;
                var outlet = Channels.Find(a.Source.Text) ?? Channels.Outlet(a.Source.Text) ?? a.Source.Text;
                r = r with { Speaker = speaker, Channel = outlet };
            }
            else if (InJournal().Match(a.Source.Text.Trim()) is { Success: true } journal)
                // "according to the study published Tuesday in the journal Environmental Pollution": the study, via the journal.
                r = r with { Speaker = journal.Groups["doc"].Value.ToLowerInvariant(), Channel = journal.Groups["journal"].Value.TrimEnd(',', ' ', '.') };
            // ("A study published last year in the journal Computers in Human Behavior found …" with the journal's last words read as the
            // source: the study opening the sentence, via the journal.)
            else if (a.Source.Length > 0 && a.Source.End <= a.Cue.Start && text.LastIndexOfAny(['.', '\n', '?', '!'], Math.Max(0, a.Source.Start - 1)) + 1 is var journalStart
                     && a.Source.Start - journalStart < 160 && InJournal().Match(text[journalStart..a.Source.End].Trim()) is { Success: true } journalOpening)
                r = r with { Source = TextSpan.Of(text, journalStart + (text.Length - journalStart - text[journalStart..].TrimStart().Length), a.Source.End), Speaker = journalOpening.Groups["doc"].Value.ToLowerInvariant(),
                             Channel = journalOpening.Groups["journal"].Value.TrimEnd(',', ' ', '.') };
            else if (ProvidedTo().Match(a.Source.Text.Trim()) is { Success: true } provided)
            {
                // "according to figures the authority provided to CBC News": the authority's figures (the one named earlier), via the outlet.
                var who = provided.Groups["who"].Value;
                var named = who.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && who.IndexOf(' ', 4) < 0 ? Speakers.NamedEarlier(text, a.Source.Start, who[4..]) : null;
                r = r with { Speaker = named ?? LeadingArticle().Replace(who, ""), Channel = provided.Groups["docs"].Value.ToLowerInvariant() };
            }
            else if (ObtainedBy().Match(a.Source.Text.Trim()) is { Success: true } obtained)
            {
                // "according to internal documents obtained by CBC News": the documents say it; the outlet only obtained them.
                // ("obtained by CBC News through a freedom-of-information request": the outlet, not how it got them.)
                var by = obtained.Groups["by"].Value is var b && b.IndexOf(" through ", StringComparison.Ordinal) is var through and > 0 ? b[..through] : obtained.Groups["by"].Value;
                var outlet = Channels.Find(by) ?? Channels.Outlet(by) ?? by.Trim();
                // ("according to a memo obtained by CBC News. The memo, sent to college presidents by the Ministry of Colleges and
                // Universities on Friday, says …": the ministry, via the memo the outlet obtained.)
                r = obtained.Groups["docs"].Value.Split(' ')[^1] is var docWord && SentBy().Match(text, a.Source.End, Math.Min(600, text.Length - a.Source.End)) is { Success: true } sent
                    && sent.Groups["doc"].Value == docWord
                    ? r with { Speaker = sent.Groups["by"].Value, Channel = $"{("aeiou".Contains(docWord[0]) ? "an" : "a")} {docWord} obtained by {outlet}" }
                    : r with { Speaker = LeadingArticle().Replace(obtained.Groups["docs"].Value, ""), Channel = outlet };
            }
            // "The memo, sent to college presidents by the Ministry of Colleges and Universities on Friday, says …": the ministry, via
            // its memo.
            else if (r.Speaker is "memo" or "letter" or "email" or "directive" && SentBy().Match(text, a.Source.Start, Math.Min(300, text.Length - a.Source.Start)) is { Success: true, Index: var sentAt } sentBy
                     && sentAt == a.Source.Start)
                r = r with { Speaker = sentBy.Groups["by"].Value, Channel = $"{("aeiou".Contains(r.Speaker[0]) ? "an" : "a")} {r.Speaker}" };
            else if (BodysDocument().Match(a.Source.Text.Trim()) is { Success: true } bodys)
                // "according to a police news release", "a government statement": the body's words, via its document.
                r = r with { Speaker = bodys.Groups["who"].Value, Channel = ("aeiou".Contains(bodys.Groups["doc"].Value[0]) ? "an " : "a ") + bodys.Groups["doc"].Value.ToLowerInvariant() };
            else if (OwnersDocument().Match(a.Source.Text.Trim()) is { Success: true } owns && owns.Groups["who"].Value is var owner0 && !Lexicon.Pronouns.Contains(owner0.ToLowerInvariant()))
            {
                // "Statistics Canada's most recent census of agriculture found": the agency, via its census.
                var doc = owns.Groups["doc"].Value;
                r = r with { Speaker = people.Named(owner0, a.Source.Start) ?? owner0, Channel = doc.EndsWith('s') && !doc.Contains("census", StringComparison.Ordinal) || doc.EndsWith("data", StringComparison.Ordinal) ? doc : ("aeiou".Contains(doc[0]) ? "an " : "a ") + doc };
            }
            // ("According to IRCC figures", "Statistics Canada data": the body, via its figures.)
            else if (NamesFigures().Match(a.Source.Text.Trim()) is { Success: true } figures && !People.IsFunctionWord(figures.Groups["who"].Value.Split(' ')[0])
                     && !Lexicon.IsGivenName(figures.Groups["who"].Value.Split(' ')[0]))
                r = r with { Speaker = people.Named(figures.Groups["who"].Value, a.Source.Start) is { } namedBody && people.Known.Contains(namedBody) ? namedBody : figures.Groups["who"].Value,
                             Channel = figures.Groups["doc"].Value };
            else if (BodysOwnDocument().Match(a.Source.Text) is { Success: true } bodysDoc
                     && Speakers.Resolve(TextSpan.Of(text, a.Source.Start, a.Source.Start + bodysDoc.Groups["who"].Length), text, people, result.Count > 0 ? result[^1] : null) is { } bodyOf
                     && char.IsUpper(bodyOf[0]))
                // ("According to the province's weekly crop report": the government the province is, via its report.)
                r = r with { Speaker = bodyOf, Channel = ("aeiou".Contains(bodysDoc.Groups["doc"].Value[0]) ? "an " : "a ") + bodysDoc.Groups["doc"].Value };
            else if (DocumentFrom().Match(a.Source.Text.Trim()) is { Success: true } d)
            {
                // "the Fraser Institute, a think tank" is the institute; "the provincial Transport Department" the department, "the
                // 2014 American Community Survey" the survey.
                // ("produced by Dalhousie University, the University of Guelph and the University of Saskatchewan": all of its makers.)
                var who = BodiesListed().IsMatch(d.Groups["who"].Value.Trim()) ? d.Groups["who"].Value.Trim() : LeadingLower().Replace(d.Groups["who"].Value.Split(',')[0].Trim(), "");
                // ("commissioned by the city in 2022": when it was made is no part of the maker.)
                who = MadeWhen().Replace(who, "");
                // ("A report by the province's | auditor general, titled …": a maker cut after its possessive runs on to its noun.)
                if ((who.EndsWith("'s", StringComparison.Ordinal) || who.EndsWith("’s", StringComparison.Ordinal)) && a.Source.End < text.Length
                    && Speakers.PossessedAfter().Match(text, a.Source.End) is { Success: true } possessedNoun)
                    who = LeadingLower().Replace((d.Groups["who"].Value.Trim() + possessedNoun.Value).Trim(), "");
                // ("A poll by Leger released last month": when it came out is no part of who made it.)
                // ("a poll of 400 registered Latino voters released on Friday by Latino Decisions": whoever released it.)
                if (ReleasedWhen().Match(who) is { Success: true, Index: > 0 } released)
                    who = who.IndexOf(" by ", released.Index, StringComparison.Ordinal) is var by and > 0 ? LeadingLower().Replace(who[(by + 4)..].Split(',')[0].Trim(), "") : who[..released.Index];
                // ("figures released by the Canadian Radio-television and Telecommunications Commission last month": when, not who.)
                if (WhenAtEnd().Match(who) is { Success: true, Index: > 0 } when) who = who[..when.Index];
                // ("conducted by the consulting firm KPMG for the Ontario Ministry of …": the maker, not whom it was made for; "the Institute
                // for Research on Public Policy" keeps its "for".)
                if (who.IndexOf(" for ", StringComparison.Ordinal) is var forAt and > 0 && who[..forAt].Split(' ') is { Length: <= 3 } makerWords
                    && char.IsUpper(makerWords[^1][0]) && !TakesFor.Contains(makerWords[^1])) who = who[..forAt];
                // "figures released Wednesday by Alberta Health" come via "figures", a report via "a report".
                var channel = d.Groups["docs"].Success ? d.Groups["docs"].Value.ToLowerInvariant()
                    : (d.Groups["doc"].Value.ToLowerInvariant() is var doc && "aeiou".Contains(doc[0]) ? "an " : "a ") + doc;
                // "a 2014 study by Loyola Law School professor Justin Levitt": the person, where one is named.
                var person = people.Named(who, a.Source.Start) is { } named && named.Contains(' ') && people.Known.Contains(named) && who.EndsWith(named.Split(' ')[^1], StringComparison.Ordinal) ? named : null;
                // "figures released Wednesday by their union" before "The Saskatchewan Union of Nurses says …": the union it names.
                // ("a report … by the province's child and youth advocate" before "Advocate Jackie Lake Kavanagh said": the advocate named.)
                if (person is null && who.Split(' ') is [var owner1, var noun1, ..] && owner1.ToLowerInvariant() is "the" or "their" or "its" && char.IsLower(noun1[0])
                    && (who.Split(' ').Length == 2 || who.Split(' ').Skip(1).All(w => char.IsLower(w[0])) && (noun1.EndsWith("'s", StringComparison.Ordinal) || noun1.EndsWith("’s", StringComparison.Ordinal)))
                    && a.Source.Text.IndexOf(who, StringComparison.Ordinal) is var whoAt and >= 0
                    && Speakers.Resolve(TextSpan.Of(text, a.Source.Start + whoAt, a.Source.Start + whoAt + who.Length), text, people, result.Count > 0 ? result[^1] : null) is { } body
                    && char.IsUpper(body[0])) person = body;
                r = r with { Speaker = person ?? Speakers.Tidy(who.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? who[4..] : who), Channel = channel };
            }
            // "A new report from the Financial Accountability Office says …. The report, released Thursday, found …": the office,
            // via the report, and so are "the report's authors".
            // ("Judge Elizabeth Buckle said in her decision …" a few remarks before "the decision says": the judge's, via it.)
            else if (result.Count > 0 && Enumerable.Range(0, Math.Min(4, result.Count)).Select(b => result[^(b + 1)])
                         .FirstOrDefault(p => (ReferenceEquals(p, result[^1]) || r.Source.Start - p.Cue.End is >= 0 and < 1500) && Speakers.SpeakerOfDocument(r.Source.Text, p) is not null) is { } wrote)
                r = r with { Speaker = wrote.Speaker, Channel = wrote.Channel };
            else if (result.Count > 0 && Speakers.OwnDocument(r.Source.Text, result[^1], r.Source.Start) is var (owner, made))
                r = r with { Speaker = owner, Channel = made };
            // ("The study, published Tuesday in the journal Environmental Science & Technology, found …" where no one made a study
            // before: the study, via the journal set off.)
            else if (a.Source.Text.IndexOf(',') is var setOffComma and > 0 && InJournal().Match(a.Source.Text.Remove(setOffComma, 1).Trim()) is { Success: true } setOffJournal)
                r = r with { Speaker = setOffJournal.Groups["doc"].Value.ToLowerInvariant(), Channel = setOffJournal.Groups["journal"].Value.TrimEnd(',', ' ', '.') };
            // ("More than 100 doctors at Kelowna General Hospital have signed an open letter warning …. The letter, addressed to …,
            // says …": those who signed it, via the letter.)
            if (Speakers.LetterSigners(text, r.Source, r.Speaker) is var (signers, letter)) r = r with { Speaker = signers, Channel = letter };
            // "the report, which said …": the report speaks; "via a report" would say it twice.
            // ("the audit, which said …" too: "via an audit".)
            if (r.Channel is { } via && (via.StartsWith("a ", StringComparison.Ordinal) || via.StartsWith("an ", StringComparison.Ordinal)) && via[(via.IndexOf(' ') + 1)..] is var viaDoc
                && (r.Speaker.EndsWith(viaDoc, StringComparison.OrdinalIgnoreCase) || r.Speaker.StartsWith(viaDoc + " of ", StringComparison.OrdinalIgnoreCase)))
                r = r with { Channel = null };
            // "told Sportsnet 630 the team was not …": the station's frequency is its name, not the first word of the remark.
            if (r.Channel is { } station && Frequency().Match(r.Content.Text) is { Success: true } dial && text.AsSpan(0, r.Content.Start).TrimEnd().EndsWith(station, StringComparison.Ordinal))
                r = r with { Channel = $"{station} {dial.Groups[1].Value}", Content = TextSpan.Of(text, r.Content.Start + dial.Length, r.Content.End) };
            // "The company disputed that, saying …" paragraphs after "Coastal GasLink said in a statement …", "Statistics Canada said
            // Tuesday …¶The agency said …": the body that spoke before.
            if (Speakers.BodyDescribed(r.Speaker) is var (noun, business) && r.Source.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                && BodyBefore(text, result, r.Source.Start, business, noun) is { } before)
            {
                bodyRead = (r.Speaker, before);
                r = r with { Speaker = before };
            }
            else if (bodyRead is var (readFrom, readTo) && r.Source.Text is "It" or "it" && r.Speaker == readFrom) r = r with { Speaker = readTo };
            // ("Statistics Canada said …. The agency said …. “…,” said BMO chief economist Doug Porter …. Grocery prices rose …, the agency
            // said.": the body "the agency" was read as before, where no other body of that noun has spoken since.)
            else if (bodyRead is var (sameFrom, sameTo) && r.Speaker == sameFrom && r.Source.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                     && !result.Any(x => x.Speaker != sameTo && x.Speaker.EndsWith(" " + sameFrom, StringComparison.OrdinalIgnoreCase)))
                r = r with { Speaker = sameTo };
            // "The report found that wait times had nearly doubled" paragraphs after "…, according to a report … by the province's child
            // and youth advocate": the one whose report it is, as the article named them, via the report.
            // ("The survey of 3,200 teachers found …" after "…, according to a survey released Tuesday by the Nova Scotia Teachers Union":
            // the body the channel names as its maker.)
            if (r.Source.Text.Split(' ') is [var theDoc, var thatDoc, ..] && theDoc is "The" or "the" && thatDoc is "report" or "study" or "survey" or "poll" or "audit" or "review"
                && (r.Speaker == thatDoc || r.Speaker.StartsWith(thatDoc + " of ", StringComparison.Ordinal) && r.Source.Text.StartsWith(theDoc + " " + r.Speaker, StringComparison.Ordinal)))
            {
                if (result.LastOrDefault(x => x.Channel == "a " + thatDoc && x.Cue.End < r.Cue.Start) is { } maker && char.IsUpper(maker.Speaker[0]))
                    r = r with { Speaker = maker.Speaker, Channel = maker.Channel };
                else if (result.LastOrDefault(x => x.Channel is { } c && c.StartsWith("a " + thatDoc + " ", StringComparison.Ordinal) && x.Cue.End < r.Cue.Start) is { Channel: { } made }
                         && MadeBy().Match(made) is { Success: true } by)
                    r = r with { Speaker = by.Groups[1].Value, Channel = "a " + thatDoc };
            }
            // "The economy added 51,000 jobs last month, | but more people were looking for work, the agency said": a remark that opens at
            // "but" after a comma, its source after it, is the whole sentence where nothing else in it is a claim.
            if (r.Content.Start > 2 && r.Content.End <= r.Cue.Start && r.Source.Start >= r.Content.End && FirstWord(r.Content.Text) is "but" or "and" or "while"
                && text.AsSpan(0, r.Content.Start).TrimEnd().EndsWith(",") && People.SentenceStart(text, r.Content.Start) is var butOpening
                && Speakers.PastDateline(text, butOpening) is var from && from < r.Content.Start && r.Content.Start - from < 300
                && text.AsSpan(from, r.Content.Start - from).IndexOfAny("“”\"\n") < 0
                && !found.Any(o => !ReferenceEquals(o, each) && o.Cue.Start >= from && o.Cue.Start < r.Content.Start && !NotAClaim(text, o)))
                r = r with { Content = TextSpan.Of(text, from, r.Content.End), Quotes = AttributionExtractor.Quotes(text, TextSpan.Of(text, from, r.Content.End)) };
            // "Two women who say they were turned away … during the cold snap | are calling on the city …": a remark in a "who" clause ends
            // where the sentence's own verb comes back, after a noun, once the remark has had its verb.
            if (r.Content.Start >= r.Cue.End && r.Cue.Start > 5 && text.AsSpan(0, r.Cue.Start).EndsWith(" who ", StringComparison.Ordinal)
                && MainVerbBack(r.Content.Text) is var back and > 0)
                r = r with { Content = TextSpan.Of(text, r.Content.Start, r.Content.Start + back), Quotes = AttributionExtractor.Quotes(text, TextSpan.Of(text, r.Content.Start, r.Content.Start + back)) };
            // "Janz said | Thursday he had asked …": the day a remark was made is the cue's, not the remark's first word.
            // ("spoke Thursday night after …": the part of the day too.)
            if (r.Content.Start >= r.Cue.End && text.AsSpan(r.Cue.End, r.Content.Start - r.Cue.End).IsWhiteSpace() && r.Content.Text.IndexOf(' ') is var dayEnd and > 0
                && Lexicon.Weekdays.Contains(r.Content.Text[..dayEnd])
                && (DayPart().Match(r.Content.Text, dayEnd) is { Success: true } part ? dayEnd + part.Length : dayEnd) is var afterDay && afterDay + 1 < r.Content.Length
                // ("said Wednesday the numbers “confirm …”": a quotation later in the words too.)
                && char.IsLower(r.Content.Text[afterDay + 1]) && !r.Content.Text.AsSpan(0, afterDay).ContainsAny("“\""))
                r = r with { Cue = TextSpan.Of(text, r.Cue.Start, r.Content.Start + afterDay), Content = TextSpan.Of(text, r.Content.Start + afterDay + 1, r.Content.End) };
            // "Sister of slain woman tells court she warned police": in a headline, whom a remark was told to is no part of it.
            if (r.Cue.Text is "tells" or "told" && r.Channel is null && r.Content.Start >= r.Cue.End && r.Content.Start - r.Cue.End <= 1
                && FirstWord(r.Content.Text) is var audience && Lexicon.Audiences.Contains(audience) && r.Content.Text.StartsWith(audience, StringComparison.Ordinal)
                && r.Content.Text.Length > audience.Length + 1 && r.Content.Text[audience.Length] == ' ')
                r = r with { Channel = audience, Content = TextSpan.Of(text, r.Content.Start + audience.Length + 1, r.Content.End) };
            // "told council's urban planning committee that …", "told the Commons justice committee …": the whole body told, not its
            // first word.
            else if (r.Cue.Text is "tells" or "told" && r.Channel is { Length: > 2 } body && r.Content.Start > r.Cue.End && r.Content.Start - r.Cue.End < 80
                     && ToldBody().Match(text, r.Cue.End, r.Content.Start - r.Cue.End) is { Success: true } whole && whole.Groups["body"].Value is var named
                     && named.Length > body.Length && named.StartsWith(body, StringComparison.Ordinal))
                r = r with { Channel = named };
            else if (r.Cue.Text is "tells" or "told" && r.Channel is null && r.Content.Start > r.Cue.End && r.Content.Start - r.Cue.End < 20
                     && text.AsSpan(r.Cue.End, r.Content.Start - r.Cue.End).Trim().ToString() is var toldWhom && Lexicon.Audiences.Contains(toldWhom))
                r = r with { Channel = toldWhom };
            // "In an interview with the Calgary Herald, Kenney said …. “…,” he told the paper": the news outlet the text named last.
            // ("… interviewed on the subject Thursday by the Chicago Tribune. “…,” he told the newspaper" is the Tribune, not the channel
            // of the remark before.)
            if (r.Cue.Text is "told" or "tells" && r.Channel is null && OutletAgain().IsMatch(text.AsSpan(r.Cue.End, Math.Min(20, text.Length - r.Cue.End)))
                && OutletNamed().Match(text, Math.Max(0, r.Cue.Start - 600), Math.Min(600, r.Cue.Start)) is { Success: true } givenTo)
                r = r with { Channel = givenTo.Groups[1].Value };
            // ("…, its operator says" in a lede, read as the person the story names next: a body's office that names nobody is no role
            // of theirs; their own is at their name.)
            // ("Chloe had surgery …, her mother said" of Amanda Lajeunesse: whose mother she is is no role either.)
            result.Add(r with { SpeakerRole = (r.Source.Text.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || r.Source.Text.StartsWith("her ", StringComparison.OrdinalIgnoreCase)
                                               || r.Source.Text.StartsWith("his ", StringComparison.OrdinalIgnoreCase)) && r.Speaker.Contains(' ') && people.Known.Contains(r.Speaker)
                                              && !r.Source.Text.Contains(r.Speaker.Split(' ')[^1], StringComparison.Ordinal)
                ? people.RoleAtFirstMention(r.Speaker) : people.RoleOf(r.Speaker, Apposition(text, WithModifier(text, r.Source))) });
        }
        // "A Vancouver startup … has raised $50 million, the company said Thursday.¶Tali AI said …": a lede's company nobody named
        // before is the one that speaks next.
        for (var i = 0; i + 1 < result.Count && result[i].Source.Start < 800; i++)
            // ("A charity says … World Central Kitchen said …": a body of any kind the lede introduces.)
            if (Speakers.BodyDescribed(result[i].Speaker) is (_, var business) && (business || result[i].Source.Text.StartsWith("A ", StringComparison.Ordinal) || result[i].Source.Text.StartsWith("An ", StringComparison.Ordinal))
                && result[i + 1] is var next && next.Source.Start > result[i].Cue.End && next.Source.Start - result[i].Cue.End < 400
                // ("Developer Kobayashi + Zedda Architects said it was disappointed. In a statement, the firm said …": a body named just
                // before is the one meant, never the next.)
                && !result.Take(i).Any(p => result[i].Source.Start - p.Cue.End is > 0 and < 300 && char.IsUpper(p.Speaker[0]) && p.Source.Text.Length > 0 && char.IsUpper(p.Source.Text[0]))
                && next.Speaker.Split(' ').All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "&")
                && Publishing.SpeakerKinds.Kind(next.Speaker) == Publishing.SpeakerKinds.Organization && !next.Speaker.Split(' ').Any(Public.Contains)
                && !PluralPeople(next.Speaker))
                result[i] = result[i] with { Speaker = next.Speaker };
        // ("Analysts had warned …" opening a sentence: people in the plural, no company's name.)
        static bool PluralPeople(string speaker) =>
            speaker.IndexOf(' ') < 0 && speaker.EndsWith('s') && speaker.ToLowerInvariant()[..^1] is var one
            && (FactCheck.Extraction.People.IsRoleNoun(one) || Lexicon.PersonNouns.Contains(one) || Speakers.DescribedSex(one) is not null);
        // "Couple says contractor walked away …" over "An Ottawa couple says …": the headline's people are the lede's, named.
        // ("Sister of slain woman tells court …" over "The sister of a woman killed … told an inquest …": the headline's person described
        // further, whom the lede describes the same way.)
        if (result.Count >= 2 && result[0] is var headline && headline.Speaker.Length > 2 && (char.IsUpper(headline.Speaker[0]) || HeadlinePeople.Contains(headline.Speaker))
            && (headline.Speaker.IndexOf(' ') < 0 ? headline.Speaker : headline.Speaker[..headline.Speaker.IndexOf(' ')]) is var headWord
            && (headline.Speaker.IndexOf(' ') < 0 || headline.Speaker.Contains(" of ", StringComparison.Ordinal) && headline.Speaker.Split(' ').Skip(1).All(w => char.IsLower(w[0])))
            && HeadlinePeople.Contains(headWord.ToLowerInvariant())
            && text.LastIndexOf('\n', Math.Max(0, headline.Cue.Start - 1)) < 0
            && result.Skip(1).FirstOrDefault(r => r.Source.Start - headline.Cue.End < 1500 && (r.Source.Text.EndsWith(" " + headWord.ToLowerInvariant(), StringComparison.Ordinal)
                || headline.Speaker.IndexOf(' ') > 0 && r.Source.Text.StartsWith("The " + headWord.ToLowerInvariant() + " of ", StringComparison.Ordinal))) is { } lede
            && (people.Known.Contains(lede.Speaker) || lede.Speaker.Contains(" and ", StringComparison.Ordinal)) && Publishing.SpeakerKinds.Kind(lede.Speaker) == Publishing.SpeakerKinds.Person)
            result[0] = headline with { Speaker = lede.Speaker };
        // "Ottawa Senators owner says …" over "The owner of the Ottawa Senators says …" read as Michael Andlauer: the person whose role
        // holds the headline's words.
        else if (result.Count >= 2 && result[0] is var owned && owned.Speaker.Split(' ') is [_, .., var roleNoun] words && char.IsLower(roleNoun[0]) && People.IsRoleNoun(roleNoun)
                 && text.LastIndexOf('\n', Math.Max(0, owned.Cue.Start - 1)) < 0 && string.Join(' ', words[..^1]) is var ofWhat && char.IsUpper(ofWhat[0])
                 && result[1] is { SpeakerRole: { } ledeRole } ledeHolder && ledeHolder.Source.Start - owned.Cue.End < 600 && people.Known.Contains(ledeHolder.Speaker)
                 && ledeRole.StartsWith(roleNoun + " of ", StringComparison.Ordinal) && ledeRole.EndsWith(" " + ofWhat, StringComparison.Ordinal))
            result[0] = owned with { Speaker = ledeHolder.Speaker, SpeakerRole = ledeRole };
        // "Alberta doctors' group warns of …" over "…, according to a survey by the Alberta Medical Association": a headline's body
        // described in lower case is the body the lede's first remark names.
        else if (result.Count >= 2 && result[0] is var described && described.Speaker.Split(' ') is [_, .., var kind] && kind is "group" or "association" or "union" or "body" or "watchdog" or "agency"
                 && described.Speaker.Skip(described.Speaker.IndexOf(' ')).All(c => !char.IsUpper(c)) && text.LastIndexOf('\n', Math.Max(0, described.Cue.Start - 1)) < 0
                 && result[1] is var firstRemark && firstRemark.Source.Start - described.Cue.End < 600 && char.IsUpper(firstRemark.Speaker[0]) && firstRemark.Speaker.Contains(' ')
                 && Publishing.SpeakerKinds.Kind(firstRemark.Speaker) == Publishing.SpeakerKinds.Organization && !Publishing.SpeakerKinds.IsSomeones(firstRemark.Speaker))
            result[0] = described with { Speaker = firstRemark.Speaker };
        // "…, auditor general finds" over "…, the province's auditor general says. … Shelley Spence found …": the headline's office in lower
        // case is the person the lede's office is, named.
        else if (result.Count >= 2 && result[0] is var office && office.Speaker.Length > 3 && office.Speaker.All(c => char.IsLower(c) || c == ' ')
                 && text.LastIndexOf('\n', Math.Max(0, office.Cue.Start - 1)) < 0 && People.IsRoleNoun(office.Speaker.Split(' ')[^1])
                 && result.Skip(1).FirstOrDefault(r => r.Source.Start - office.Cue.End < 1500 && r.Source.Text.EndsWith(" " + office.Speaker, StringComparison.Ordinal)) is { } ledeOffice
                 && people.Known.Contains(ledeOffice.Speaker) && Publishing.SpeakerKinds.Kind(ledeOffice.Speaker) == Publishing.SpeakerKinds.Person)
            result[0] = office with { Speaker = ledeOffice.Speaker, SpeakerRole = ledeOffice.SpeakerRole };
        // "A group that opposes the redevelopment says …. Ontario Place for All spokesperson Norm Di Pasquale said …": the group the article
        // names next, by the role of the one who speaks for it.
        for (var i = 0; i + 1 < result.Count; i++)
            if (result[i].Speaker is "group" or "coalition" or "organization" or "organisation" or "association" && result[i].Source.Text.StartsWith("A ", StringComparison.Ordinal)
                && result[i + 1] is { SpeakerRole: { } nextRole } next && next.Source.Start > result[i].Cue.End && next.Source.Start - result[i].Cue.End < 600
                && nextRole.Split(' ') is { Length: >= 3 } roleWords && People.IsRoleNoun(roleWords[^1]) && char.IsLower(roleWords[^1][0])
                && roleWords[..^1] is var bodyWords && bodyWords.All(w => char.IsUpper(w[0]) || w is "for" or "of" or "the" or "and") && char.IsUpper(bodyWords[^1][0])
                && next.Source.Text.StartsWith(string.Join(' ', bodyWords) + " ", StringComparison.Ordinal))
                result[i] = result[i] with { Speaker = string.Join(' ', bodyWords), SpeakerKind = Publishing.SpeakerKinds.Organization };
        // "Oilers fan who caught record puck says …" over "An Edmonton Oilers fan who caught the puck … says", read as the person the
        // story names next: the headline's described person is the lede's.
        if (result.Count >= 2 && result[0] is var describedHeadline && !people.Known.Contains(describedHeadline.Speaker)
            && text.LastIndexOf('\n', Math.Max(0, describedHeadline.Cue.Start - 1)) < 0 && HeadlineWho().Match(describedHeadline.Speaker) is { Success: true } headlineWho
            && result.Skip(1).FirstOrDefault(r => r.Source.Start - describedHeadline.Cue.End < 1500 && r.Source.Text.Contains(" " + headlineWho.Groups[1].Value + " who ", StringComparison.Ordinal)) is { } ledeWho
            && people.Known.Contains(ledeWho.Speaker))
            result[0] = describedHeadline with { Speaker = ledeWho.Speaker };
        // "Lake algae blooms getting worse, study finds" over the lede's "…, according to a new study by researchers at the University of
        // Manitoba": the headline's study is the lede's, whose authors speak through it.
        else if (result.Count >= 2 && result[0] is var paper && HeadlineDocuments.Contains(paper.Speaker.ToLowerInvariant())
                 && text.LastIndexOf('\n', Math.Max(0, paper.Cue.Start - 1)) < 0 && result[1] is var first && first.Source.Start - paper.Cue.End < 1500
                 && first.Channel is { } through && through.EndsWith(" " + paper.Speaker.ToLowerInvariant(), StringComparison.Ordinal) && char.IsUpper(first.Speaker[0]))
            result[0] = paper with { Speaker = first.Speaker, Channel = through };
        // "“We feel forgotten.”¶That's how Denise Dumas describes the mood in …": the quotation the paragraph before is the remark
        // the description names, in the speaker's words, not the mood.
        for (var i = 0; i < result.Count; i++)
            if (result[i] is var how && how.Content.Start >= how.Cue.End && ThatsHow().Match(how.Source.Text) is { Success: true } thats
                && QuotationBefore(text, how.Source.Start) is var (qStart, qEnd) && qEnd > qStart)
            {
                var content = TextSpan.Of(text, qStart, qEnd);
                var source = TextSpan.Of(text, how.Source.Start + thats.Length, how.Source.End);
                var quotes = AttributionExtractor.Quotes(text, content);
                var (score, reasons) = CheckWorthiness.Score(content.Text, how.Speaker, source, how.Cue, quotes.Count > 0, people);
                result[i] = how with { Source = source, Content = content, Quotes = quotes, CheckWorthiness = score, Reasons = reasons };
            }
        // ("A new poll suggests …" before "The survey by Leger … found …", and "…, the poll found" after it: the poll is the channel of
        // the one who made it, named once in the story.)
        for (var i = 0; i < result.Count; i++)
            if (result[i].Channel is null && DocumentSpeaker().Match(result[i].Speaker) is { Success: true } bare)
            {
                var family = bare.Groups[1].Value.ToLowerInvariant() is "poll" or "survey" ? new[] { "poll", "survey" } : [bare.Groups[1].Value.ToLowerInvariant()];
                string? maker = null;
                for (var j = Math.Max(0, i - 6); j < Math.Min(result.Count, i + 4); j++)
                    if (j != i && result[j].Channel is { } channel && family.Any(f => channel.EndsWith(f, StringComparison.Ordinal)) && char.IsUpper(result[j].Speaker[0])
                        && Math.Abs(result[j].Cue.Start - result[i].Cue.Start) < 3000)
                    {
                        if (maker is not null && maker != result[j].Speaker) { maker = null; break; }
                        maker = result[j].Speaker;
                    }
                if (maker is not null) result[i] = result[i] with { Speaker = maker, Channel = ("aeiou".Contains(bare.Groups[1].Value[0]) ? "an " : "a ") + bare.Groups[1].Value.ToLowerInvariant() };
            }
        // "Environment Canada meteorologist Armel Castellan said …" and later "…,” Castellan said": the role the article gave a
        // person once is theirs on every card, as an editor writes it on each.
        // "The Independent Investigations Office of B.C. said …" and later "the IIO said": one body, under the name it was given in full.
        Dictionary<string, string>? acronyms = null;
        foreach (var r in result)
            if (r.Speaker.Length >= 12 && r.Speaker.IndexOf(' ') > 0 && Initials(r.Speaker) is { Length: >= 2 } initials) (acronyms ??= new(StringComparer.Ordinal)).TryAdd(initials, r.Speaker);
        if (acronyms is not null)
            for (var i = 0; i < result.Count; i++)
                if (result[i].Speaker is { Length: >= 2 and <= 6 } initialism && initialism.All(char.IsUpper) && acronyms.TryGetValue(initialism, out var whole))
                    result[i] = result[i] with { Speaker = whole };
        Dictionary<string, string?>? roles = null;
        foreach (var r in result.OrderBy(r => r.Cue.Start))
            if (r.SpeakerRole is { } role && people.Known.Contains(r.Speaker)) (roles ??= new(StringComparer.Ordinal)).TryAdd(r.Speaker, role);
        for (var i = 0; i < result.Count; i++)
            if (result[i].SpeakerRole is null && people.Known.Contains(result[i].Speaker))
            {
                // "Oilers head coach Kris Knoblauch praised his goaltender": given where no remark of theirs is.
                if (roles?.TryGetValue(result[i].Speaker, out var role) != true) (roles ??= new(StringComparer.Ordinal))[result[i].Speaker] = role = people.RoleAtFirstMention(result[i].Speaker);
                if (role is not null) result[i] = result[i] with { SpeakerRole = role };
                else if (people.AffiliationOf(result[i].Speaker, Apposition(text, result[i].Source)) is { } body) result[i] = result[i] with { SpeakerRole = body };
            }
        // ("Shopify Inc. said revenue rose …. “…,” president Harley Finkelstein said": an executive's office written in lower case before a
        // name, of the company that spoke just before, on every card of theirs.)
        // ("In a news release, the Lac La Ronge Indian Band said …. “…,” Chief Tammy Cook-Searson said in the release": a chief, of the
        // First Nation that spoke before.)
        for (var i = 1; i < result.Count; i++)
            if ((result[i].SpeakerRole is "president" or "CEO" or "chief executive" or "chief executive officer" or "chief financial officer" or "chief operating officer" or "president and CEO"
                    or "founder" or "co-founder" && text.AsSpan(Math.Max(0, result[i].Source.Start - 2000), Math.Min(2000, result[i].Source.Start)).Contains("company", StringComparison.Ordinal)
                 || result[i].SpeakerRole is "chief")
                && result[i].Source.Text.StartsWith(result[i].SpeakerRole + " ", StringComparison.OrdinalIgnoreCase)
                && Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Select(j => result[j]).LastOrDefault(p => result[i].Source.Start - p.Cue.End is >= 0 and < 2000
                       && Publishing.SpeakerKinds.Kind(p.Speaker) == Publishing.SpeakerKinds.Organization && !Publishing.SpeakerKinds.IsSomeones(p.Speaker)
                       // (A company named as one, "Shopify Inc.", "Loblaw Companies Ltd.": not its people, "Verizon executives", nor a union; a
                       // chief's nation or band.)
                       && p.Speaker.Split(' ') is [_, .., var last] && (result[i].SpeakerRole == "chief"
                           // (Not a headline's "Yukon First Nation says …": the nation the story names, "The First Nation of Na-Cho Nyäk Dun".)
                           ? (last is "Nation" or "Band" or "Nations" || p.Speaker.Contains(" Nation of ", StringComparison.Ordinal)) && p.Cue.Start > text.IndexOf('\n')
                           : last is "Inc." or "Ltd." or "Corp." or "Co." or "Limited" or "Corporation" or "Companies")) is { } company)
                CarryRole(result, i, Speakers.OfBody(result[i].SpeakerRole!, company.Speaker, text));
        // "Erin Ariss, the association's president" after "The Ontario Nurses' Association said": whose president the card says.
        // ("association president Marc Lavigne" after "according to the Association des résidents …": the body's office, its noun
        // before the office.)
        for (var i = 0; i < result.Count; i++)
            if (result[i].SpeakerRole is { } possessed && (possessed.Contains("'s ", StringComparison.Ordinal) || possessed.Contains("’s ", StringComparison.Ordinal)
                    || BodyNounOffice().Match(possessed) is { Success: true } nounOffice && (possessed = $"the {nounOffice.Groups[1].Value}'s {nounOffice.Groups[2].Value}") is not null)
                && (Speakers.OwnedRole(text, possessed, result[i].Source.Start) ?? Speakers.OwnedRole(text, possessed, OwnerBefore(text, result, result[i].Source.Start, possessed))) is { } owned)
                CarryRole(result, i, owned);
            else if (result[i].SpeakerRole is { } its && (result[i].Source.Text.StartsWith("Its ", StringComparison.Ordinal) || result[i].Source.Text.StartsWith("its ", StringComparison.Ordinal))
                     && (Speakers.ItsRole(text, its, result[i].Source.Start) ?? ItsBodySpoke(text, result, i, its)) is { } whose)
                CarryRole(result, i, whose);
            // "Education Minister Paul Calandra's office rejected that account. His press secretary, Emma Testani, said …": whose.
            else if (result[i].SpeakerRole is { } agent && (result[i].Source.Text.StartsWith("His ", StringComparison.Ordinal) || result[i].Source.Text.StartsWith("Her ", StringComparison.Ordinal))
                     && (Lexicon.Agents.Contains(agent) || agent is "press secretary" or "communications director" or "chief of staff" or "executive assistant")
                     && people.Meant(result[i].Source.Start, null, result[i].Source.Text[0] == 'H' && result[i].Source.Text[1] == 'i' ? 'M' : 'F') is { } principal
                     && principal != result[i].Speaker && people.Known.Contains(principal) && principal.Contains(' '))
                CarryRole(result, i, $"{principal}’s {agent}");
            // "Commission chair John McDougall" after "The Edmonton Police Commission … approved": the chair of that commission.
            // ("chamber CEO John Hopkins": the body's noun written in lower case before the title, which the title alone leaves out.)
            else if (result[i].SpeakerRole is { } kind && BodyTitle().Match(BodyNounBefore(result[i].Source.Text, kind) ?? kind) is { Success: true } titled
                     && Speakers.NamedEarlier(text, result[i].Source.Start, titled.Groups[1].Value.ToLowerInvariant()) is { } named)
                result[i] = result[i] with { SpeakerRole = Speakers.OfBody(titled.Groups[2].Value, named, text) };
            // "The Canadian Union of Postal Workers disputed those numbers. National president Jan Simpson told …": the president of that union.
            else if (result[i].SpeakerRole is { } office && Speakers.OfferedBy(text, office, result[i].Source.Start) is { } offered)
                result[i] = result[i] with { SpeakerRole = offered };
            // "The Public Prosecution Service said it was reviewing the decision. Spokesperson Chris Hansen said …": a spokesperson for
            // the body that spoke just before.
            else if (result[i].SpeakerRole is "spokesperson" or "spokesman" or "spokeswoman" && i > 0 && SpokenFor(text, people, result[i - 1], result[i].Source.Start, 400, words: 2) is { } body)
                result[i] = result[i] with { SpeakerRole = $"{result[i].SpeakerRole} for {body}" };
            // "Shared Health … said it could not comment …. In an emailed statement, a spokesperson said …": an unnamed spokesperson is
            // the body's, as the card says ("spokesperson for Shared Health"), not a bare "spokesperson".
            else if (result[i].Speaker is "spokesperson" or "spokesman" or "spokeswoman" && result[i].SpeakerRole is null && i > 0
                     && SpokenFor(text, people, result[i - 1], result[i].Source.Start, 300, words: 1) is { } spokenFor
                     && !text.AsSpan(result[i - 1].Cue.End, result[i].Source.Start - result[i - 1].Cue.End).Contains('\n'))
                result[i] = result[i] with { Speaker = $"{result[i].Speaker} for {spokenFor}" };
        // "…, its director says" before "Shelter House executive director Cal Kirkpatrick said": the fuller role on both cards.
        // (Each speaker's roles gathered once, so that a long text stays linear.)
        Dictionary<string, List<string>>? rolesOf = null;
        foreach (var r in result)
        {
            if (r.SpeakerRole is not { } given || given.IndexOf(' ') < 0) continue;
            rolesOf ??= new(StringComparer.Ordinal);
            if (!rolesOf.TryGetValue(r.Speaker, out var list)) rolesOf[r.Speaker] = list = [];
            if (!list.Contains(given)) list.Add(given);
        }
        if (rolesOf is not null)
            for (var i = 0; i < result.Count; i++)
                // ("executive director" on a later card of "Sue Fortune, executive director of the Calgary Drop-In Centre": the fuller too.)
                if (result[i].SpeakerRole is { } bare && (bare.IndexOf(' ') < 0 || bare.Split(' ').Length <= 3 && bare.All(c => char.IsLower(c) || c is ' ' or '-')) && rolesOf.TryGetValue(result[i].Speaker, out var fuller)
                    && (fuller.FirstOrDefault(f => bare.IndexOf(' ') < 0 && f.EndsWith(" " + bare, StringComparison.Ordinal) || f.StartsWith(bare + " of ", StringComparison.Ordinal) || f.StartsWith(bare + " for ", StringComparison.Ordinal)
                            || f.StartsWith(bare + " at ", StringComparison.Ordinal))
                        // ("Nova Scotia RCMP spokesperson Cpl. Guillaume Tremblay …. “…,” Tremblay said": the occupation the first card gives,
                        // not the rank alone.)
                        ?? (People.Ranks.Contains(bare) && fuller.Count == 1 ? fuller[0] : null)) is { } full)
                    result[i] = result[i] with { SpeakerRole = full };
        // "Detectives believe she acted alone, according to a police spokesperson": one remark read twice. The claim is the
        // detectives' belief, reached through the spokesperson (the channel), without "according to …" in its words.
        // The "according to" readings are searched by position, so a long text stays linear.
        if (claimsOnly)
        {
            var according = result.Where(b => b.Cue.Text.StartsWith("according", StringComparison.OrdinalIgnoreCase)).OrderBy(b => b.Cue.Start).ToList();
            var merged = new HashSet<Attribution>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < result.Count && according.Count > 0; i++)
            {
                var a = result[i];
                if (merged.Contains(a)) continue;
                int lo = 0, hi = according.Count;
                while (lo < hi) { var mid = (lo + hi) >>> 1; if (according[mid].Cue.Start < a.Content.Start) lo = mid + 1; else hi = mid; }
                for (var k = lo; k < according.Count && according[k].Cue.End <= a.Content.End; k++)
                {
                    var via = according[k];
                    if (ReferenceEquals(via, a) || merged.Contains(via) || via.Content.Start > a.Cue.Start || a.Cue.End > via.Content.End) continue;
                    // ("Residents should expect the advisory to remain in place, according to Alberta Health Services": what people should
                    // do is no remark of theirs; the one the sentence is according to says it all.)
                    if (FirstWord(a.Cue.Text) is "should" or "must" && via.Content.Start <= a.Source.Start)
                    {
                        merged.Add(a);
                        break;
                    }
                    var end = via.Cue.Start;
                    while (end > a.Content.Start && text[end - 1] is ' ' or ',') end--;
                    var content = TextSpan.Of(text, a.Content.Start, end);
                    var quotes = AttributionExtractor.Quotes(text, content);
                    var (score, reasons) = CheckWorthiness.Score(content.Text, a.Speaker, a.Source, a.Cue, quotes.Count > 0, people);
                    result[i] = a with { Content = content, Quotes = quotes, CheckWorthiness = score, Reasons = reasons, Channel = a.Channel ?? Via(via) };
                    merged.Add(via);
                    break;
                }
            }
            // "According to court documents, the former chief executive, Paul Whitmore, told staff that the bonuses were
            // guaranteed": the same, the other way round. The claim is Whitmore's, via the documents.
            if (according.Count > 0)
            {
                var byCue = Enumerable.Range(0, result.Count).OrderBy(i => result[i].Cue.Start).ToArray();
                foreach (var via in according)
                {
                    if (merged.Contains(via) || via.Cue.End > via.Content.Start) continue;
                    int lo = 0, hi = byCue.Length;
                    while (lo < hi) { var mid = (lo + hi) >>> 1; if (result[byCue[mid]].Cue.Start < via.Content.Start) lo = mid + 1; else hi = mid; }
                    for (var k = lo; k < byCue.Length && result[byCue[k]].Cue.Start < via.Content.End; k++)
                    {
                        var a = result[byCue[k]];
                        // Only words someone said or wrote: "majorities of voters want …" after "according to exit polls" is the
                        // polls' finding, not the voters' remark.
                        // And only the remark whose source opens the words ("if their candidate announced …" inside them is not).
                        if (ReferenceEquals(a, via) || merged.Contains(a) || a.Source.Length == 0 || a.Source.Start < via.Content.Start || a.Source.Start > via.Content.Start + 4
                            || a.Content.End > via.Content.End + 2) continue;
                        // "According to an exit poll …, 51 per cent of respondents said …": the poll's finding, one claim, the poll's.
                        if (char.IsDigit(a.Source.Text[0]) || a.Source.Text.Contains(" per", StringComparison.Ordinal) || a.Source.Text.StartsWith("majorit", StringComparison.OrdinalIgnoreCase))
                        {
                            merged.Add(a);
                            break;
                        }
                        if (!SpokenThrough.Contains(FirstWord(a.Cue.Text))) continue;
                        result[byCue[k]] = a with { Channel = a.Channel ?? Via(via) };
                        merged.Add(via);
                        break;
                    }
                }
            }
            if (merged.Count > 0) result.RemoveAll(merged.Contains);
            // "Another parent, Harjit Gill, said the province should pay teachers what they ask": the words of a claim are never the
            // one who made another ("they ask" | "Another parent, Harjit Gill").
            var sources = result.Where(b => b.Source.Length > 0).Select(b => b.Source).OrderBy(b => b.Start).ToArray();
            // "“… We cannot say no to every project,” Fillmore told council": a cue and its source inside another remark's
            // quotation are the speaker's words, not a remark of "We cannot".
            var quoted = result.SelectMany(b => b.Quotes.Select(q => (q, b))).OrderBy(x => x.q.Start).ToArray();
            static int Last<T>(T[] spans, Func<T, int> start, int at)
            {
                int lo = 0, hi = spans.Length;
                while (lo < hi) { var mid = (lo + hi) >>> 1; if (start(spans[mid]) <= at) lo = mid + 1; else hi = mid; }
                return lo - 1;
            }
            result.RemoveAll(r =>
                Last(sources, x => x.Start, r.Content.Start) is var i and >= 0 && sources[i] is var s && s.End >= r.Content.End && r.Content.Length > 0 && s != r.Source
                || r.Source.Length > 0 && Last(quoted, x => x.q.Start, r.Source.Start) is var k and >= 0 && quoted[k] is var (q, owner)
                   && !ReferenceEquals(owner, r) && q.End >= r.Cue.End && r.Cue.Length > 0);
            SignedAfter(text, people, result);
        }
        // "Most Albertans oppose leaving the plan, a new poll suggests, even as the government studies the idea": with the remark read
        // before its cue, the clause after the cue is when it was said, no second remark.
        if (claimsOnly)
        {
            var readBefore = result.Where(o => o.Content.End <= o.Cue.Start).Select(o => o.Cue.Start).ToHashSet();
            result.RemoveAll(r => r.Content.Start > r.Cue.End && readBefore.Contains(r.Cue.Start) && SubordinateOpening().IsMatch(r.Content.Text)
                                  && text.AsSpan(r.Cue.End, r.Content.Start - r.Cue.End).Trim() is ",");
        }
        // "Asked what kept her going, Lindhout paused. Then: “Hope. Just stubborn hope.”": a quotation after a colon, with no one named
        // before it in its sentence, is the person its paragraph named last, not the speaker of a paragraph before carried over.
        if (claimsOnly)
            for (var i = 0; i < result.Count; i++)
                if (result[i].Cue.Text.EndsWith(':') && result[i].Source.Length == 0 && result[i].Content.Start > result[i].Cue.Start
                    && people.LastMentionBefore(result[i].Cue.Start) is var (at, full) && text.LastIndexOf('\n', result[i].Cue.Start) < at
                    && people.Known.Contains(full) && full != result[i].Speaker && result[i].Speaker is { Length: > 0 } carried && char.IsUpper(carried[0]))
                    result[i] = result[i] with { Speaker = full, SpeakerRole = people.RoleAtFirstMention(full) };
        // "told a jury that he called her the night of the killing and said he had “done something bad”": what the one spoken of said is
        // more of the words told, not a remark of its own.
        if (claimsOnly)
            for (var i = result.Count - 1; i > 0; i--)
            {
                var (told, said) = (result[i - 1], result[i]);
                if (told.Cue.End <= told.Content.Start && told.Content.Text.StartsWith("that ", StringComparison.Ordinal) && said.Cue.Start > told.Content.End
                    && text.AsSpan(told.Content.End, said.Cue.Start - told.Content.End) is " and " && said.Content.Start >= said.Cue.End
                    && (said.Source.Length == 0 || said.Source.Start >= told.Content.Start && said.Source.End <= told.Content.End)
                    && AttributionGrouping.Said.Contains(said.Cue.Text))
                {
                    result[i - 1] = told with { Content = TextSpan.Of(text, told.Content.Start, said.Content.End) };
                    result.RemoveAt(i);
                }
            }
        // A role is what someone is: never words of a remark read into it ("says the mine's operator" from "… led by engineer Hugh
        // McLeod, says the mine's operator, …").
        for (var i = 0; i < result.Count; i++)
            if (result[i].SpeakerRole is { } role && role.Split(' ').Any(w => AttributionGrouping.Said.Contains(w) || w is "adds"))
                result[i] = result[i] with { SpeakerRole = null };
            // ("Rabbi Yosef Goldman": the title alone as a role is written in lower case, "Yosef Goldman, rabbi".)
            else if (result[i].SpeakerRole is { Length: > 2 } title && title.IndexOf(' ') < 0 && char.IsUpper(title[0]) && title.Skip(1).All(char.IsLower) && People.Titles.Contains(title) && !People.Parties.Contains(title))
                result[i] = result[i] with { SpeakerRole = title.ToLowerInvariant() };
        // "President Obama said …", "Judge Berman ruled …": one name with a person's title or role is a person's surname, however few its
        // words (the card says Person, never Organization).
        for (var i = 0; i < result.Count; i++)
            // ("President Per Bank said …": a name of two or three words too, whatever its last word reads as.)
            if (result[i] is { SpeakerKind: null, SpeakerRole: { } held, Speaker: { Length: > 1 } surname } && char.IsUpper(surname[0])
                && (surname.IndexOf(' ') < 0 && surname.Skip(1).All(c => char.IsLower(c) || c is '\'' or '’' or '-') && !Lexicon.NotPerson.Contains(surname)
                    || surname.Split(' ') is { Length: 2 or 3 } names && names.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c is '\'' or '’' or '-'))
                       && !names.Any(w => Lexicon.NotPerson.Contains(w) && !People.IsSurnameWord(w)) && Lexicon.IsGivenName(names[0]) is var given
                       && (given || result[i].Source.Text.Contains(held.Split(' ')[^1] + " " + surname, StringComparison.OrdinalIgnoreCase)))
                && held.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var last] && (People.IsRoleNoun(last) || People.Titles.Contains(char.ToUpperInvariant(last[0]) + last[1..]))
                && Publishing.SpeakerKinds.Kind(surname) == Publishing.SpeakerKinds.Organization)
                result[i] = result[i] with { SpeakerKind = Publishing.SpeakerKinds.Person };
        // "Animal rights group Animal Justice renewed its call …": a name the article gives a body's kind is an organisation's, however
        // its words read ("Justice" is a surname too); the card says so.
        for (var i = 0; i < result.Count; i++)
            // ("the developer, Concord Pacific": a company's kind set off before the name says so even of a name read as a person's.)
            if (result[i].Speaker is { Length: > 3 } named && char.IsUpper(named[0]) && named.Contains(' ')
                && Publishing.SpeakerKinds.Kind(named) == Publishing.SpeakerKinds.Person && BodyKindNamed(text, named, result[i].Source.Start, people.Known.Contains(named)))
                result[i] = result[i] with { SpeakerKind = Publishing.SpeakerKinds.Organization };
        // "Developers sold fewer condos than at any time in 15 years, a new report says.¶The report, by Rennie Group, found …": whoever
        // the next remark says made the report, via it.
        for (var i = 0; i + 1 < result.Count; i++)
            if (result[i].Speaker.Split(' ') is [.., var made] && made is "report" or "study" or "survey" or "poll" or "analysis" or "review"
                && result[i].Source.Text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) && result[i].Source.Text.Split(' ').Length <= 4
                && result[i + 1] is { Channel: { } via } next && via == "a " + made && next.Source.Start - result[i].Cue.End is > 0 and < 600
                && next.Source.Text.StartsWith("The " + made, StringComparison.OrdinalIgnoreCase) && char.IsUpper(next.Speaker[0]))
                result[i] = result[i] with { Speaker = next.Speaker, Channel = via, SpeakerKind = next.SpeakerKind };
        // "Winnipeg police said in a news release …. Police say there is no evidence …": the force the article named, as a reader takes it.
        for (var i = 0; i < result.Count; i++)
            // ("…, the force said": the police force named before, too.)
            if ((result[i].Speaker is "Police" or "police" || ThePoliceForce(result[i])) && result[i].Source.Start > 0
                && PoliceNamed().Matches(text[Math.Max(0, result[i].Source.Start - 3000)..result[i].Source.Start]).Select(m => m.Groups[1].Value)
                    .LastOrDefault(force => force.Split(' ')[0] is var first && !People.IsFunctionWord(first) && !Lexicon.Weekdays.Contains(first) && !Lexicon.Months.Contains(first)
                        && first is not ("Then" or "When" or "But" or "And" or "So" or "Now" or "Local" or "Federal" or "State" or "City" or "Military" or "Riot" or "Secret" or "Transit")) is { } force)
                result[i] = result[i] with { Speaker = force };
            // ("OTTAWA — A 15-year-old has been charged …, police say. ¶ The Ottawa Police Service said …": a lede's police, by the
            // name the next lines give them.)
            else if (result[i].Speaker is "police" && result[i].Source.Text is "police" && result[i].Source.Start < 600
                     && PoliceNamed().Matches(text, result[i].Source.End).Select(m => m.Groups[1].Value).FirstOrDefault() is { } later
                     && text.IndexOf(later, result[i].Source.End, StringComparison.Ordinal) - result[i].Source.End < 1000
                     && (later.StartsWith("The ", StringComparison.Ordinal) ? later[4..] : later) is var laterForce && laterForce.Split(' ')[0] is var laterFirst
                     && !People.IsFunctionWord(laterFirst) && !Lexicon.Weekdays.Contains(laterFirst) && !Lexicon.Months.Contains(laterFirst) && laterForce.Contains(' '))
                result[i] = result[i] with { Speaker = laterForce };
            // ("RCMP in Surrey say …. Police allege …": the detachment by its place, as the article named it.)
            else if ((result[i].Speaker is "Police" or "police" or "RCMP" or "Mounties" || ThePoliceForce(result[i])) && result[i].Source.Start > 0
                     && PoliceInPlace().Matches(text[Math.Max(0, result[i].Source.Start - 3000)..result[i].Source.Start]) is { Count: > 0 } inPlace)
                result[i] = result[i] with { Speaker = $"{inPlace[^1].Groups[2].Value} {(inPlace[^1].Groups[1].Value is "Police" ? "police" : inPlace[^1].Groups[1].Value)}" };
        // "Tareq Hadhad, who founded the company with his father, Assam, said …. His father … said …": the relative the article named.
        for (var i = 0; i < result.Count; i++)
            if (result[i].Speaker.LastIndexOf("’s ", StringComparison.Ordinal) is var owner and > 0 && result[i].Speaker[(owner + 3)..] is var relation
                && relation is "father" or "mother" or "son" or "daughter" or "wife" or "husband" or "brother" or "sister" or "grandmother" or "grandfather"
                && (result[i].Source.Text.Equals("his " + relation, StringComparison.OrdinalIgnoreCase) || result[i].Source.Text.Equals("her " + relation, StringComparison.OrdinalIgnoreCase))
                && RelativeNamed().Matches(text[Math.Max(0, result[i].Source.Start - 3000)..result[i].Source.Start]).LastOrDefault(m => m.Groups[1].Value == relation) is { } named
                && people.Named(named.Groups[2].Value, result[i].Source.Start, null) is { } relative && relative.Contains(' ') && people.Known.Contains(relative)
                && relative != result[i].Speaker[..owner])
                result[i] = result[i] with { Speaker = relative, SpeakerKind = Publishing.SpeakerKinds.Person };
        // "Alberta Fish and Wildlife officials say …. …, officials said.": the officials the article named with their body.
        for (var i = 0; i < result.Count; i++)
            if (result[i].Speaker is "officials" or "Officials" && result[i].Source.Text is "officials" or "Officials" && result[i].Source.Start > 0
                && BodysOfficials().Matches(text[Math.Max(0, result[i].Source.Start - 3000)..result[i].Source.Start]) is { Count: > 0 } named
                && named[^1].Groups[1].Value.Split(' ')[0] is var first && !People.IsFunctionWord(first) && !Lexicon.Weekdays.Contains(first) && !Lexicon.Months.Contains(first))
                result[i] = result[i] with { Speaker = named[^1].Value };
        // "RCMP in Surrey say …": "Surrey RCMP", as a card names the detachment.
        for (var i = 0; i < result.Count; i++)
            if (PoliceInPlace().Match(result[i].Speaker) is { Success: true } detachment && detachment.Length == result[i].Speaker.Length)
                result[i] = result[i] with { Speaker = $"{detachment.Groups[2].Value} {(detachment.Groups[1].Value is "Police" ? "police" : detachment.Groups[1].Value)}" };
        // "The Calgary Stampede drew …. The Stampede said in a statement …": a body by the short name the article gave it in full, as
        // "Mr. Trump" is Donald J. Trump.
        for (var i = 0; i < result.Count; i++)
            if (result[i].Speaker is { Length: > 3 } shortName && shortName.IndexOf(' ') < 0 && char.IsUpper(shortName[0]) && shortName.Skip(1).All(char.IsLower)
                && !people.Known.Contains(shortName) && !People.IsPlace(shortName) && !Speakers.IsPlaceWord(shortName) && !Lexicon.IsGivenName(shortName)
                && result[i].Source.Text.StartsWith("The " + shortName, StringComparison.OrdinalIgnoreCase)
                && FullBodyName(text, shortName, result[i].Source.Start) is { } fullName)
                result[i] = result[i] with { Speaker = fullName };
        // One remark read twice, from the tagger's reading and the rules' ("… to tenants after it found the owner raised rents"): the
        // desk gets it once.
        var seen = new HashSet<(int, int, int, int, int, int)>();
        result.RemoveAll(r => !seen.Add((r.Source.Start, r.Source.End, r.Cue.Start, r.Cue.End, r.Content.Start, r.Content.End)));
        return result;
    }
}
