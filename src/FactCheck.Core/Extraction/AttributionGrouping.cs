using System.Text.RegularExpressions;
namespace FactCheck.Extraction;

/// <summary>
/// Turns the tagger's spans (cues, sources, contents, each on its own) into attributions: every content joins the
/// nearest cue (in its sentence; a quotation also in the sentence before or after), every cue left over joins the
/// nearest content in its sentence, each cue takes the source nearest it, and one content makes one attribution.
/// Where the rules and the tagger read the same remark the tagger's spans stand (on PolNeAR they are right more often),
/// except for the shapes the rules know and the tagger reads poorly; the rules' other remarks are added. Speakers,
/// channels and check-worthiness are resolved as for the rules. Every search looks at three sentences only, so the
/// work grows with the length of the text, not its square.
/// </summary>
internal static partial class AttributionGrouping
{
    readonly record struct Span(int First, int Last, int Sentence);

    /// <param name="claimsOnly">One attribution per remark, as the desk opens claims; without it (corpus scoring) every
    /// cue that claims a content keeps it, as annotated corpora count nested attributions ("reported by X, Y insisted").</param>
    public static List<Attribution> Group(string text, AttributionTagger.Doc d, byte[][] tags, IReadOnlyList<Attribution> rules, People people, bool claimsOnly = true)
    {
        SurnameNotCue(d, tags);
        NameSetOffInWords(d, tags);
        PlaceToldAt(d, tags);
        PostedWhere(d, tags);
        CueOpeningWords(d, tags);
        FindingInsideWords(d, tags);
        ParticipleBeforeCue(d, tags);
        CueEndsAtComma(d, tags);
        if (claimsOnly) CueOverWords(d, tags);
        ClauseBeforeSource(d, tags);
        PronounBetweenCues(d, tags);
        var cues = BySentence(Spans(d, tags[AttributionTagger.CueRole]));
        var sources = BySentence(Spans(d, tags[AttributionTagger.SourceRole]));
        var contents = BySentence(MergeAcrossSentences(d, Spans(d, tags[AttributionTagger.ContentRole]).Select(c => PastPlace(d, c)).ToList()));
        // Contents on the same side of a cue are one content split by the tagger; a content on each side ("“…,” he said,
        // “…”") gives two attributions. A cue left without content takes the nearest content in its sentence.
        // Corpus scoring keeps the pieces apart: an annotated content is the words of the remark, not the words between.
        var contentOf = new Dictionary<(Span Cue, bool After), Span>();
        var pieces = new List<(Span Cue, Span Content, Span Whole)>();
        foreach (var c in contents.Values.SelectMany(x => x))
        {
            if (Nearest(d, cues, c, Reaches(d, c)) is not { } cue) continue;
            // A claim's words and its cue share a paragraph unless the words are a paragraph of their own: words whose nearest cue
            // is in another paragraph take the cue their own paragraph has further on ("“…. …. …,” Sanders said" three sentences
            // later), or none ("X said ….¶“We will not back down.” That was the message from Y").
            if (claimsOnly && d.Paragraph[cue.First] != d.Paragraph[c.First] && !WholeParagraph(d, c))
            {
                if (CueLaterInParagraph(d, cues, c) is { } own) cue = own;
                else continue;
            }
            var key = (cue, c.First > cue.Last);
            if (!contentOf.TryGetValue(key, out var other)) contentOf[key] = c;
            // "Mayor Kerr said the budget would rise.¶“We have no choice.”": a quotation paragraph after the remark is a remark of
            // its own (the desk continues the speaker into it), not more words of this one.
            else if (claimsOnly && d.Paragraph[other.First] != d.Paragraph[c.First] && (WholeParagraph(d, c) || WholeParagraph(d, other)))
                contentOf[key] = d.Paragraph[other.First] == d.Paragraph[cue.First] ? other : c;
            else if (claimsOnly) contentOf[key] = Join(other, c);
            else
            {
                var (nearer, farther) = Gap(other, cue) <= Gap(c, cue) ? (other, c) : (c, other);
                contentOf[key] = nearer;
                pieces.Add((cue, farther, farther));
            }
        }
        foreach (var cue in cues.Values.SelectMany(x => x))
            if (!contentOf.ContainsKey((cue, true)) && !contentOf.ContainsKey((cue, false)) && Nearest(d, contents, cue, false) is { } c)
                contentOf[(cue, c.First > cue.Last)] = c;
        // A cue with content on both sides: “…,” said X. “…” is one quotation; otherwise the side that is not a
        // quotation ("In remarks reported by Tanjug, the strongman insisted that …") is the cue's own clause.
        // In corpus scoring the two halves of an interrupted quotation are two contents of the one cue, as annotated.
        var pairs = pieces;
        foreach (var ((cue, after), content) in contentOf)
        {
            if (contentOf.TryGetValue((cue, !after), out var other))
            {
                if (Reaches(d, content) && Reaches(d, other))
                {
                    if (!claimsOnly) pairs.Add((cue, content, content));
                    else if (after) pairs.Add((cue, content, Join(other, content)));
                    continue;
                }
                // "The driver fled south on the highway, police said, and struck two vehicles": one sentence the reporter broke to
                // say who spoke is one remark, from the sentence's first word.
                // (The tagger may leave the "and" out.)
                // ("Russia launched 90 drones overnight, officials said Sunday, killing at least four people": what the thing reported did,
                // a participle after the cue, runs on from the words before it; after a dateline too.)
                if (claimsOnly && after && !Reaches(d, other) && !Reaches(d, content) && other.Sentence == content.Sentence
                    && (PastDateline(d, d.Sentences[other.Sentence].Start) is var opens && (opens >= 0 ? opens : d.Sentences[other.Sentence].Start) is var open)
                    // (The tagger may leave the subject and verb out: "Russia launched | more than 90 drones …".)
                    && other.First - open is >= 0 and <= 3
                    && content.First - other.Last <= 9 && text[d.Tokens[other.Last + 1].Start] == ','
                    && !Enumerable.Range(content.First, content.Last - content.First + 1).Any(i => (d.Rule[i] & 2) != 0)
                    && (Conjunction(text, d, content.First) || Conjunction(text, d, content.First - 1) && d.Tokens[content.First - 2].End == d.Tokens[content.First - 1].Start - 1
                        && text[d.Tokens[content.First - 2].Start] == ','
                        || d.Tokens[content.First - 1].Text == "," && d.Tokens[content.First].IsWord && !d.Tokens[content.First].IsCapitalized
                           && d.Tokens[content.First].Lower.EndsWith("ing", StringComparison.Ordinal) && d.Tokens[content.First].Lower.Length > 5
                           && !Lexicon.VerbCues.Contains(d.Tokens[content.First].Lower) && !Said.Contains(d.Tokens[content.First].Lower)))
                {
                    pairs.Add((cue, content, Join(other with { First = open }, content)));
                    continue;
                }
                if (!after && !Reaches(d, content)) continue;
                if (after && Reaches(d, other) && !Reaches(d, content)) continue;
            }
            pairs.Add((cue, content, claimsOnly ? RunOn(text, d, cue, content) : content));
        }

        // A source and a content the tagger found with a few untagged words between them and no cue: those words are the
        // cue it missed ("Politifact seized on | that …", "Trump unleashed | a flurry of tweets").
        var usedSources = pairs.Select(p => NearestSource(d, sources, p.Cue, p.Content)).ToHashSet();
        foreach (var src in sources.Values.SelectMany(x => x))
        {
            if (usedSources.Contains(src) || !contents.TryGetValue(src.Sentence, out var here)) continue;
            var next = here.FirstOrDefault(c => c.First > src.Last);
            if (next == default || next.First - src.Last - 1 is < 1 or > 4) continue;
            if (!Enumerable.Range(src.Last + 1, next.First - src.Last - 1).All(i => d.Tokens[i].IsWord)) continue;
            pairs.Add((new Span(src.Last + 1, next.First - 1, src.Sentence), next, next));
        }

        var tagged = new List<Attribution>();
        if (!claimsOnly)
        {
            // A cue the tagger is sure of whose content it missed: still an attribution in a corpus's sense (its source
            // and cue), never a claim (there are no words to check).
            var paired = pairs.Select(p => p.Cue).ToHashSet();
            foreach (var cue in cues.Values.SelectMany(x => x).Where(c => !paired.Contains(c)))
            {
                var cueSpan = Of(text, d, cue);
                var empty = TextSpan.Of(text, cueSpan.End, cueSpan.End);
                var source = NearestSource(d, sources, cue, cue with { First = cue.Last + 1, Last = cue.Last }) is { } s && s.Sentence == cue.Sentence ? Of(text, d, Trim(d, s)) : TextSpan.Of(text, cueSpan.Start, cueSpan.Start);
                tagged.Add(new Attribution(source, cueSpan, empty, AttributionExtractor.UnnamedSource, null, [], 0, []));
            }
            // Likewise a content whose cue it missed.
            var claimed = pairs.Select(p => p.Whole).ToList();
            foreach (var c in contents.Values.SelectMany(x => x).Where(c => !claimed.Any(w => Overlaps(w, c))))
            {
                var contentSpan = Of(text, d, c);
                var empty = TextSpan.Of(text, contentSpan.Start, contentSpan.Start);
                tagged.Add(new Attribution(empty, empty, contentSpan, AttributionExtractor.UnnamedSource, null, [], 0, []));
            }
        }
        Attribution? previous = null;
        var byRules = new Ruled(rules);
        var previousSentence = -10;
        var headlineQuotation = Refine.HeadlineQuotationEnd(text);
        var headlineEnd = text.IndexOf('\n') is var lineEnd and >= 0 ? lineEnd : -1;
        // One remark, one attribution: of the cues that claim the same content, the nearest keeps it ("remarks reported
        // by Belta, the strongman insisted | that …" is the strongman insisting).
        // (Never the aside naming a platform's old name: "wrote on X, | formerly Twitter, | that …" is written.)
        if (claimsOnly) pairs = pairs.GroupBy(p => p.Whole).Select(g => g.MinBy(p => (FormerName(d, p.Cue) ? 1 : 0, Gap(p.Cue, p.Content)))).ToList();
        foreach (var pair in pairs.OrderBy(p => p.Cue.First))
        {
            var (cue, content, whole) = AmountBack(d, pair);
            // "A proposed class-action lawsuit filed Thursday accuses": a filing read into the cue is who speaks; the verb is the cue.
            if (cue.Last - cue.First >= 3 && FilingOpens(d, cue with { First = cue.Last }) is { } filedFirst && filedFirst.First == cue.First) cue = cue with { First = cue.Last };
            // "said at a news conference at", "said during an interview on": where it was said is no part of the cue (unlike "took
            // a shot at", "called on").
            // ("had warned in | September that …" too: the month is when.)
            if (cue.Last - cue.First >= 2 && Word(text, d, cue.Last) is "at" or "in" or "on"
                && (Word(text, d, cue.First) is "said" or "says" or "told" or "tells" or "added"
                    || Word(text, d, cue.First) is "had" or "has" or "have" && Word(text, d, cue.Last - 1) is "warned" or "said" or "told" or "announced" or "stated" or "acknowledged" or "argued" or "noted"))
                cue = cue with { Last = cue.Last - 1 };
            // "told the House of | Commons the government …": the tagger's words began inside the name of whom it was told.
            if (claimsOnly && Word(text, d, cue.Last) is "told" or "tells" && content.First == whole.First && content.First - cue.Last is >= 3 and <= 5
                && Word(text, d, cue.Last + 1) is "the" && Word(text, d, content.First - 1) is "of" or "on" or "for" && d.Tokens[content.First].IsCapitalized
                && Enumerable.Range(cue.Last + 2, content.First - cue.Last - 3).All(k => d.Tokens[k].IsCapitalized))
            {
                var past = content.First;
                while (past < whole.Last && (d.Tokens[past].IsCapitalized && d.Tokens[past].IsWord || Word(text, d, past) is "of" or "on" or "for" or "and" && d.Tokens[past + 1].IsCapitalized)) past++;
                if (past < whole.Last && !d.Tokens[past].IsCapitalized) (content, whole) = (content with { First = past }, whole with { First = past });
            }
            // "has argued for | months that …": how long, not what for.
            if (cue.Last > cue.First && Word(text, d, cue.Last) is "for" && cue.Last + 1 < d.Tokens.Length
                && (Word(text, d, cue.Last + 1) is "months" or "years" or "weeks" or "decades" or "days"
                    || cue.Last + 2 < d.Tokens.Length && Word(text, d, cue.Last + 1) is "a" or "some" or "several" or "many"
                       && Word(text, d, cue.Last + 2) is "decade" or "year" or "while" or "time" or "months" or "years" or "weeks" or "decades"))
                cue = cue with { Last = cue.Last - 1 };
            // "said in a news | release Monday": the tagger stopped inside the channel's name; the cue takes it whole.
            if (cue.Last - cue.First >= 3 && cue.Last + 1 < d.Tokens.Length && Word(text, d, cue.Last) is "news" or "press" or "media" or "written"
                && Word(text, d, cue.Last - 1) is "a" or "an" or "the" && Word(text, d, cue.Last - 2) is "in"
                && Word(text, d, cue.Last + 1) is "release" or "conference" or "statement" or "briefing" && !(whole.First <= cue.Last + 1 && whole.Last >= cue.Last + 1))
                cue = cue with { Last = cue.Last + 1 };
            // ("said in a public | health advisory that …": the same, one to three words short.)
            else if (cue.Last - cue.First >= 3 && Enumerable.Range(cue.First + 1, cue.Last - cue.First - 1).FirstOrDefault(k => Word(text, d, k) is "in" && Word(text, d, k + 1) is "a" or "an" or "the" or "its" or "his" or "her" or "their") is var inAt and > 0
                     && Enumerable.Range(cue.Last + 1, Math.Min(3, d.Tokens.Length - cue.Last - 1)).FirstOrDefault(k => Word(text, d, k) is "advisory" or "statement" or "release" or "report" or "document" or "letter" or "email" or "update" or "bulletin" or "notice" or "post") is var docAt and > 0
                     && Enumerable.Range(cue.Last + 1, docAt - cue.Last).All(k => d.Tokens[k].IsWord && char.IsLower(text[d.Tokens[k].Start])) && whole.First > cue.Last
                     && docAt < whole.Last && Word(text, d, docAt + 1) is "that" or "saying")
                (cue, whole, content) = (cue with { Last = docAt }, whole with { First = Math.Max(whole.First, docAt + 1) }, content with { First = Math.Max(content.First, docAt + 1) });
            // "said in a letter to | families that …": to whom it went is the channel's, not the cue's.
            // ("said in a brief | to the government that …": the tagger may leave the "to" out of the cue too.)
            var addressed = cue.Last - cue.First >= 3 && cue.Last + 1 < d.Tokens.Length && Word(text, d, cue.Last + 1) is "to" && Word(text, d, cue.Last - 1) is "a" or "an" or "the" or "its" or "his" or "her" or "their"
                            && Word(text, d, cue.Last - 2) is "in";
            if (addressed || cue.Last - cue.First >= 4 && Word(text, d, cue.Last) is "to" && Word(text, d, cue.Last - 2) is "a" or "an" or "the" or "its" or "his" or "her" or "their"
                && Word(text, d, cue.Last - 3) is "in")
            {
                if (!addressed) cue = cue with { Last = cue.Last - 1 };
                // (The words begin at the "that" after whom it went to: "families | that students …".)
                var that = whole.First;
                while (that < whole.Last && that - whole.First < 3 && Word(text, d, that) is not "that" && char.IsLower(text[d.Tokens[that].Start])) that++;
                if (that > whole.First && Word(text, d, that) is "that") (whole, content) = (whole with { First = that }, content with { First = Math.Max(content.First, that) });
            }
            // "said during a debate | about a homeless shelter that …": what the occasion was about is not what was said.
            if (cue.Last - cue.First >= 2 && Word(text, d, cue.Last) is "about" or "on" or "over" or "with" && whole.First == cue.Last + 1
                && SaidAt.Contains(Word(text, d, cue.Last - 1).ToString()))
                (cue, whole) = (cue with { Last = cue.Last - 1 }, whole with { First = cue.Last });
            if (SaidAt.Contains(Word(text, d, cue.Last).ToString())
                && whole.First == cue.Last + 1 && Word(text, d, whole.First) is "about" or "on" or "over" or "with")
            {
                var that = whole.First + 1;
                while (that < whole.Last && that - whole.First < 8 && Word(text, d, that) is not "that" && d.Tokens[that].IsWord) that++;
                if (Word(text, d, that) is "that") (whole, content) = (whole with { First = that }, content with { First = Math.Max(content.First, that) });
            }
            // "says only about | five to 10 per cent …": a quantity's words are the remark's.
            // ("The province estimates about | 2,000 adults …" too.)
            if (claimsOnly && cue.Last > cue.First && Word(text, d, cue.First) is "said" or "says" or "estimates" or "estimated" or "estimate" && whole.First == cue.Last + 1)
            {
                var last = cue.Last;
                // ("said about the incident" is what it was about; "says about 40 per cent" a quantity.)
                while (last > cue.First && (Word(text, d, last) is "only" or "nearly" or "almost" or "roughly" or "just" or "approximately"
                                            || Word(text, d, last) is "about" or "around" or "some" && last + 1 < d.Tokens.Length
                                               && (char.IsDigit(text[d.Tokens[last + 1].Start]) || Word(text, d, last + 1) is "one" or "two" or "three" or "four" or "five" or "six"
                                                   or "seven" or "eight" or "nine" or "ten" or "a" or "half" or "twice" or "three-quarters"))) last--;
                if (last < cue.Last) (cue, whole, content) = (cue with { Last = last }, whole with { First = last + 1 }, content with { First = Math.Min(content.First, last + 1) });
            }
            // ("Parents of the children who | died said": the verb of a relative clause read into the cue after it is no part of it.)
            if (claimsOnly && cue.Last > cue.First && d.Tokens[cue.First].Lower is var relativeVerb && relativeVerb.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.VerbCues.Contains(relativeVerb)
                && !Lexicon.PhrasalCues.Contains(relativeVerb) && d.Tokens[cue.First + 1].Lower is "said" or "says" or "say" or "told" && cue.First > 0 && d.Tokens[cue.First - 1].Lower is "who" or "that")
                cue = cue with { First = cue.First + 1 };
            var cueSpan = Of(text, d, cue);
            var contentSpan = Of(text, d, whole);
            var continuing = previous is not null && cue.Sentence - previousSentence <= 3 ? previous : null;
            // The channel goes on only into the next sentence ("But he conceded …"); two sentences of narration later, "she said"
            // may be anywhere.
            var adjacent = previous is not null && cue.Sentence - previousSentence <= 1;
            previousSentence = cue.Sentence;
            // No source in reach ("It was reported that …", a quotation continued): an empty span at the cue, and the
            // speaker of the remark just before, if there is one.
            var nearest = NearestSource(d, sources, cue, content);
            // "Trump returned the compliment to Adelson, telling Reuters, “…”": a participle's speaker is the sentence's subject, not the
            // one the clause before did something to.
            if (nearest is { } object_ && object_.Sentence == cue.Sentence && object_.Last + 2 == cue.First && object_.Last - object_.First <= 3 && d.Tokens[cue.First - 1].Text == ","
                && d.Tokens[cue.First].Lower.EndsWith("ing", StringComparison.Ordinal) && object_.First > 0
                && d.Tokens[object_.First - 1].Lower is "to" or "with" or "for" or "at" or "against" or "on" or "about" or "from"
                && sources.TryGetValue(cue.Sentence, out var inSentence) && inSentence.FirstOrDefault(x => x.Last < object_.First - 1) is { Last: >= 0 } actor
                && actor.First <= d.Sentences[cue.Sentence].Start + 4)
                nearest = actor;
            // "The widow of a firefighter who died … is asking …": those who speak for someone open the cue's sentence; they are
            // the source, not a speaker carried over from before nor a noun of the clause between them and the cue.
            if (KinSubject(d, cue) is { } kin && (nearest is not { } n || n.Sentence != cue.Sentence
                || n.First > kin.Last && n.Last < cue.First && d.Tokens[kin.Last + 1].Lower is "who" or "that" or "which" or "when" or "where" or "after" or "while"
                || n.First > kin.First && n.Last <= kin.Last || n.First == kin.First && n.Last < kin.Last)) nearest = kin;
            // "Tenants of a building in Vancouver's West End say …": the tenants, not the place.
            if (GroupSubject(d, cue) is { } group && (nearest is not { } g || g.Sentence != cue.Sentence || g.First > group.First && g.Last <= group.Last)) nearest = group;
            // ("…, a step the nation's president called “a turning point for our people.”": those who called it, after the thing the
            // remark names, not the subject of the sentence the thing is set beside.)
            if (content.First > cue.Last && ThingSayers(d, cue) is { } sayers && (nearest is not { } ts || ts.Sentence != cue.Sentence || ts.Last < sayers.First)) nearest = sayers;
            // "The union that represents Kostiuk and her co-workers says …": the union speaks, not the people its relative clause names.
            // ("A witness who lives nearby, Gurpreet Gill, told CBC News": with the name set off after the clause, which says who.)
            if (RelativeSubject(d, cue) is var (subject, relative) && (nearest is not { } m || m.Sentence != cue.Sentence || m.Last >= relative && m.Last < cue.First))
                nearest = NameSetOffBefore(d, cue.First) is var name && name > relative ? subject with { Last = cue.First - 2 } : subject;
            // "Harbour pilots, in a letter to the minister, warned …": who spoke stands before the aside; the aside is the channel,
            // whose words the tagger sometimes reads as the source ("CBC News" of "in an interview with CBC News").
            if (SpeakerBeforeAside(d, nearest, cue) is { } before) nearest = before;
            // "… in Brampton, a city that has long complained it has …": the place the clause describes, not the sentence's subject.
            if (NameDescribedThat(d, cue) is { } described && (nearest is not { } subjectBefore || subjectBefore.Sentence != cue.Sentence || subjectBefore.Last < described.First)) nearest = described;
            // "The statement of claim, filed in Court of King's Bench, alleges": the subject before the aside, also where the tagger
            // took the aside for the source.
            if (SubjectBeforeAside(d, cue) is { } beforeAside && (nearest is not { } inAside || inAside.Sentence == cue.Sentence && inAside.First > beforeAside.Last && inAside.Last < cue.First))
                nearest = beforeAside;
            // "The ferry workers' union has long warned that …" with no source tagged: the subject the rules read opens the sentence,
            // and it speaks, not whoever spoke last.
            else if (nearest is null && RulesSubject(d, cue) is { } opening) nearest = opening;
            // "That's when Harjit knew something was wrong": with none tagged, the name right before the cue is its subject (and
            // "“…?” Kent asked": the one who signs the quotation).
            else if ((nearest is null || nearest.Value.Sentence != cue.Sentence) && NameRightBefore(d, cue) is { } name) nearest = name;
            // ("A proposed class-action lawsuit filed Thursday accuses …": the filing that opens the sentence, without when it was filed.)
            else if (FilingOpens(d, cue) is { } filing && (nearest is not { } withWhen || withWhen.First == filing.First && withWhen.Last > filing.Last)) nearest = filing;
            // ("A Surrey couple who lost their savings to a scam are warning …": the subject the rules read for the same cue; only a
            // described one its "who" clause sets apart from the cue: no other subject the rules read stands in for none tagged.)
            else if (nearest is null && byRules.Near(cueSpan.Start, cueSpan.End, r => r.Cue.Start == cueSpan.Start && r.Source.Length > 0 && r.Source.End <= cueSpan.Start
                         && r.Source.Start >= d.Tokens[d.Sentences[cue.Sentence].Start].Start && r.Source.Text.StartsWith("A ", StringComparison.Ordinal)
                         && text.AsSpan(r.Source.End, Math.Min(5, cueSpan.Start - r.Source.End)) is " who ") is { } ruled
                     && TokensOf(d, ruled.Source, cue.Sentence) is { } ruledSpan)
                nearest = ruledSpan;
            // ("“…,” Hydro CEO Al Hardy said in a statement. “…”" with none tagged: the person the rules read right before the cue, not
            // whoever spoke last.)
            if ((nearest is null || nearest.Value.Sentence != cue.Sentence)
                && byRules.Near(cueSpan.Start, cueSpan.End, r => r.Cue.Start == cueSpan.Start && r.Source.Length > 0 && r.Source.End <= cueSpan.Start && cueSpan.Start - r.Source.End <= 1
                       && r.Source.Start >= d.Tokens[d.Sentences[cue.Sentence].Start].Start && people.Known.Contains(r.Speaker)
                       && r.Source.Text.Contains(r.Speaker.Split(' ')[^1], StringComparison.Ordinal) && text.AsSpan(0, r.Source.Start).TrimEnd() is [.., ',', '”' or '"']) is { } namedRuled
                && TokensOf(d, namedRuled.Source, cue.Sentence) is { } namedSpan)
                nearest = namedSpan;
            // "Canada Post strike: union rejects final offer, says members …": in a headline, what the colon's words are about is not who
            // speaks; the subject after the colon is.
            if (nearest is { } topic && cueSpan.End < headlineEnd && topic.Last + 1 < cue.First && d.Tokens[topic.Last + 1].Text == ":" && HeadlineSubjectAfter(d, topic.Last + 2, cue) is { } after)
                nearest = after;
            // "'I thought nobody saw me': Cyclist … calls for …": a word of a headline's quotation is no source of a cue after it.
            // (None tagged: the rules' subject after the quotation.)
            if (headlineQuotation >= 0 && cueSpan.Start > headlineQuotation && cueSpan.End < headlineEnd && (nearest is not { } quoted || d.Tokens[quoted.Last].End <= headlineQuotation))
                nearest = RuleSourceAfter(d, cue, headlineQuotation);
            // "Cyclist hit by truck calls for …" in a headline: the rules' whole subject, not the tagger's last word of it ("truck").
            // ("Passengers on a flight from Cancún say …": nor, anywhere, the place of people the subject describes.)
            else if (nearest is { } part && (cueSpan.End < headlineEnd ? rules.FirstOrDefault(r => r.Cue.Start == cueSpan.Start)
                         : byRules.Near(cueSpan.Start, cueSpan.End, r => r.Cue.Start == cueSpan.Start && PeopleDescribed(r.Source.Text))) is { Source: var headlineSubject }
                     && headlineSubject.Start < d.Tokens[part.First].Start && headlineSubject.End >= d.Tokens[part.Last].End && headlineSubject.End <= cueSpan.Start
                     && AttributionTagger.Doc.LowerBound(d.Tokens, headlineSubject.Start) is var wholeFirst && wholeFirst < part.First)
                nearest = new Span(wholeFirst, part.Last, cue.Sentence);
            // ("Christie, who has campaigned for Trump since he suspended | his own presidential campaign in February, | blasted Clinton": a
            // source the tagger read inside the relative clause of a name the rules read whole is the name.)
            if (nearest is { } inClause && inClause.Sentence == cue.Sentence
                && byRules.Near(cueSpan.Start, cueSpan.End, r => r.Cue.Start == cueSpan.Start && r.Source.Length > 0 && r.Source.End <= cueSpan.Start) is { } whoRuled
                && NameThenWho().Match(whoRuled.Source.Text) is { Success: true } nameWho
                && d.Tokens[inClause.First].Start >= whoRuled.Source.Start + nameWho.Length && d.Tokens[Trim(d, inClause).Last].End <= whoRuled.Source.End
                && TokensOf(d, whoRuled.Source, cue.Sentence) is { } whoSpan)
                nearest = whoSpan;
            var sourceSpan = nearest is { } s && Trim(d, s) is var trimmed && d.Tokens[trimmed.First].IsWord
                ? Of(text, d, trimmed)
                : TextSpan.Of(text, cueSpan.Start, cueSpan.Start);
            // "“…,” said co-founder and chief executive Mahshid Yassaei.", "said NTI president Jeremy Tunraluk.": with no source tagged, who is named right after a cue that
            // signs a quotation.
            if (sourceSpan.Length == 0 && cueSpan.Start > 2 && text.AsSpan(0, cueSpan.Start).TrimEnd() is [.., '"' or '”']
                && SignedAfter().Match(text, cueSpan.End) is { Success: true } signed
                // (A role right before the name, or none: not "the base chief known as Bob".)
                && signed.Groups[1].Value.Split(' ').SkipWhile(w => char.IsUpper(w[0])).TakeWhile(w => char.IsLower(w[0])).LastOrDefault() is var roleWord && (roleWord is null || People.IsRoleNoun(roleWord)))
                sourceSpan = TextSpan.Of(text, signed.Groups[1].Index, signed.Groups[1].Index + signed.Groups[1].Length);
            var speaker = sourceSpan.Length == 0 ? continuing?.Speaker ?? AttributionExtractor.UnnamedSource : Speakers.ResolveSource(sourceSpan, text, people, continuing);
            var (ss, se) = d.Sentences[cue.Sentence];
            var channel = Channels.Find(text, d.Tokens[ss].Start, d.Tokens[se - 1].End, cueSpan, contentSpan);
            // ("… had told police in 2019 that …. At trial, she testified …": testimony, or a remark on another occasion the sentence
            // opens with, is not told to the same people.)
            if (channel is null && continuing is not null && adjacent && speaker == continuing.Speaker
                && (Lexicon.Pronouns.Contains(sourceSpan.Text.ToLowerInvariant()) || Speakers.SpeakerOfDocument(sourceSpan.Text, continuing) is not null)
                && cueSpan.Text is not ("testified" or "testifies") && d.Tokens[ss].Lower is not ("later" or "afterwards" or "at" or "on"))
                channel = continuing.Channel; // "But he conceded …", "the release said" keep the channel of the previous remark
            // "The minister's office said in an email …. “…,” wrote spokesperson Guillaume Bérubé": the one who wrote the email.
            else if (channel is null && continuing?.Channel is { } written && adjacent && written is "an email" or "a statement" or "a written statement"
                     && cueSpan.Text is "wrote" or "writes" && sourceSpan.Text.Split(' ').Any(w => Lexicon.Agents.Contains(w.ToLowerInvariant())))
                channel = written;
            var quotes = AttributionExtractor.Quotes(text, contentSpan);
            var (score, reasons) = CheckWorthiness.Score(contentSpan.Text, speaker, sourceSpan, cueSpan, quotes.Count > 0, people);
            var a = new Attribution(sourceSpan, cueSpan, contentSpan, speaker, channel, quotes, score, reasons);
            tagged.Add(a);
            // "Their youngest son, Sami, | wants to study engineering. He said …": a cue with no source that is no claim (an
            // intention) took the last speaker; the next pronoun is not resolved against it.
            if (sourceSpan.Length > 0 || !Refine.NotAClaim(text, a)) previous = a;
        }
        // The rules' readings of remarks the tagger did not find (colon transcripts, signed quotations, nominal cues).
        // Where both read the same remark the tagger's spans stand, except for the shapes the rules know and the tagger
        // reads poorly: nominal cues ("warnings from Croatia that …"), "according to", transcript colons, signed quotations.
        // A tagged remark a strong rule replaces gives way to it; the rules' own reading of anything else it covered stays
        // ("Police said a man was arrested. Investigators believe …, according to a spokesperson": the police remark too).
        var strong = rules.Where(r => Strong(text, r, claimsOnly)).ToList();
        var byStrong = new Ruled(strong);
        // A tagged reading that is no claim ("A man has been charged …, police say" read as a charge) gives way to the rules'
        // reading of the remark when theirs is plain speech (the police saying it).
        var kept = tagged.Where(t => byStrong.Covers(t.Cue, t.Content) is null
                                     && !(claimsOnly && Refine.NotAClaim(text, t) && byRules.Covers(t.Cue, t.Content, static r => Said.Contains(r.Cue.Text.ToLowerInvariant())) is not null)).ToList();
        // "The federal budget | will be tabled on April 16, the minister announced Tuesday": where the tagger cut short the
        // words before a cue that the rules read whole (they end where the source begins, or where the tagger's do: "HALIFAX —
        // Nurses at the … have voted | 91 per cent …, their union said"), the claim is the rules' words.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var t && t.Content.End <= t.Source.Start && byRules.Covers(t.Cue, t.Content) is { } r
                    && r.Cue.Start < t.Cue.End && t.Cue.Start < r.Cue.End && r.Content.Start <= t.Content.Start && r.Content.End >= t.Content.End
                    && r.Content.End <= t.Source.Start && (r.Content.Length > t.Content.Length * 3 / 2 || ShortPrefix(text, d, r.Content, t.Content)
                        // ("… could start this | week, said Brian Baker": the last word or two cut off.)
                        || (r.Content.Start == t.Content.Start || WithoutDateline(text, d, r.Content).Start == t.Content.Start) && r.Content.End > t.Content.End && r.Content.End - t.Content.End < 16 && !text.AsSpan(t.Content.End, r.Content.End - t.Content.End).ContainsAny("“”\",;:")))
                {
                    var content = WithoutDateline(text, d, r.Content);
                    kept[i] = Scored(t with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
                // "He said drivers had been spat | on, punched and threatened with knives": words cut before the preposition that carries
                // them on are the rules' whole.
                else if (kept[i] is var c && c.Content.Start >= c.Cue.End && byRules.Covers(c.Cue, c.Content) is { } whole && whole.Cue.Start == c.Cue.Start
                         && whole.Content.Start == c.Content.Start && whole.Content.End > c.Content.End && CarriedOn(text, c.Content.End)
                         && !text.AsSpan(c.Content.End, whole.Content.End - c.Content.End).ContainsAny("“”\"\n"))
                {
                    kept[i] = Scored(c with { Content = whole.Content, Quotes = AttributionExtractor.Quotes(text, whole.Content) }, people);
                }
                // "Staff told council the city spent $3.2 million this year on | the designated sites, …": words the tagger began
                // mid-clause, well after the cue, are the rules' whole clause (three words skipped will do: "told council fluoride at | current
                // levels is safe", not "told a news conference at City Hall | the county …").
                else if (kept[i] is var m && m.Content.Start >= m.Cue.End && Said.Contains(Refine.FirstWord(m.Cue.Text)) && byRules.Covers(m.Cue, m.Content) is { } clause && clause.Cue.Start == m.Cue.Start
                         && clause.Content.Start >= m.Cue.End && clause.Content.Start < m.Content.Start && clause.Content.End >= m.Content.End
                         && text.AsSpan(clause.Content.Start, m.Content.Start - clause.Content.Start) is var skipped && (skipped.Count(' ') >= 4 || skipped.Count(' ') == 3 && char.IsLower(text[m.Content.Start])
                             && skipped[..skipped.IndexOf(' ')] is not ("at" or "in" or "on" or "outside" or "after" or "before" or "during") && !Occasion().IsMatch(skipped))
                         && LastWordBefore(text, m.Content.Start) is "on" or "in" or "of" or "for" or "at" or "with" or "by" or "from" or "about" or "into" or "over" or "under"
                         && !skipped.ContainsAny("“”\";:\n") && !text.AsSpan(m.Cue.End, clause.Content.Start - m.Cue.End).ContainsAny("“”\"\n"))
                {
                    kept[i] = Scored(m with { Content = clause.Content, Quotes = AttributionExtractor.Quotes(text, clause.Content) }, people);
                }
                // "Justice Richard Danyliuk said Jessica Whitehawk, 34, | had sold drugs …": words the tagger began past their subject, a name
                // (and an age), are the rules' whole clause.
                else if (kept[i] is var n && n.Content.Start > n.Cue.End && Said.Contains(Refine.FirstWord(n.Cue.Text)) && byRules.Covers(n.Cue, n.Content, r => r.Cue.Start == n.Cue.Start) is { } named
                         && named.Content.Start >= n.Cue.End && named.Content.Start < n.Content.Start && named.Content.End >= n.Content.End
                         && (SubjectNamed().IsMatch(text.AsSpan(named.Content.Start, n.Content.Start - named.Content.Start))
                             // ("Hurley told CBC News the city supports | stronger protections": nor past a verb the rules read as a cue of its
                             // own inside the words.)
                             || byRules.Near(named.Content.Start, n.Content.Start, o => o.Cue.Start > named.Content.Start && o.Cue.End <= n.Content.Start && n.Content.Start - o.Cue.End <= 1 && o.Source.Start >= n.Cue.End) is not null
                                && !text.AsSpan(named.Content.Start, n.Content.Start - named.Content.Start).ContainsAny("“”\";:,\n")))
                {
                    kept[i] = Scored(n with { Content = named.Content, Quotes = AttributionExtractor.Quotes(text, named.Content) }, people);
                }
                // "Air Canada pilots have voted 98 per cent …, their union said Monday": the tagger took the sentence's subject
                // across its own content for the source; the rules' source beside the cue is who said it, and their words the claim.
                // ("Family of man who died in cell wants answers, lawyer says": nor the words' own subject, inside them.)
                else if (kept[i] is var u && u.Source.Length > 0 && (u.Source.End <= u.Content.Start || u.Source.Start >= u.Content.Start && u.Source.End <= u.Content.End) && u.Content.End <= u.Cue.Start
                         // ("…, the governing | body announced Wednesday": the source's last word read into the cue.)
                         && byRules.Covers(u.Cue, u.Content) is { } w && (w.Cue.Start == u.Cue.Start || w.Cue.Start > u.Cue.Start && w.Cue.End <= u.Cue.End && w.Source.End > u.Cue.Start)
                         && w.Source.Length > 0 && w.Source.End < w.Cue.Start && w.Cue.Start - w.Source.End <= 1 && w.Source.Start > u.Content.End
                         && w.Content.Start <= u.Content.Start && w.Content.End >= u.Content.End)
                {
                    var content = WithoutDateline(text, d, w.Content);
                    kept[i] = Scored(u with { Source = w.Source, Speaker = w.Speaker, Cue = TextSpan.Of(text, w.Cue.Start, u.Cue.End), Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "Alberta teachers have rejected the offer and will hold a strike vote, the Alberta Teachers' Association | announced Wednesday": where
        // the tagger read a sentence's subject and its doing as the remark and ran its words into the body the rules read as signing the
        // sentence, the remark is the rules': that body's, of the words before it.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is { Source.Length: > 0 } run && run.Source.End <= run.Cue.Start && run.Cue.End <= run.Content.Start
                    && byRules.Near(run.Source.Start, run.Content.End, r => r.Source.Length > 0 && r.Source.Start > run.Content.Start && r.Source.End <= run.Content.End + 1 && r.Cue.Start >= run.Content.End
                        && r.Cue.Start - run.Content.End <= 2 && r.Content.Start <= run.Source.Start && r.Content.End < r.Source.Start) is { } signed
                    && text.AsSpan(signed.Content.End, signed.Source.Start - signed.Content.End).Trim() is ",")
                {
                    var content = WithoutDateline(text, d, signed.Content);
                    kept[i] = Scored(signed with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "A Manitoba man has been acquitted after a judge found the Crown had not proven …": the one a subordinate clause names right
        // before its cue found it, not the subject of the sentence the clause hangs from.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is { Source.Length: > 0 } m && m.Source.End <= m.Cue.Start && m.Cue.End <= m.Content.Start
                    && byRules.WithCue(m.Cue) is { Source.Length: > 0 } clause && clause.Cue.Start == m.Cue.Start && clause.Source.Start > m.Source.End
                    && clause.Source.End <= m.Cue.Start && text.AsSpan(clause.Source.End, m.Cue.Start - clause.Source.End).IsWhiteSpace()
                    // (Not the main verb after a clause: "The lawyer who ran marathons before his knee blew out | is already talking about …".)
                    // (Nor words that run into the next sentence's quotation: "after de Blasio stated an interest …. “These contracts are
                    // binding.”" is the spokesperson's quotation, whatever the tagger joined to it.)
                    && m.Content.Text.IndexOfAny(['“', '"']) is var q && (q < 0 || m.Content.Text.AsSpan(0, q).TrimEnd() is var beforeQuote && (beforeQuote.Length == 0 || beforeQuote[^1] is not ('.' or '?' or '!')))
                    && Refine.FirstWord(m.Cue.Text) is not ("is" or "are" or "am") && LastWordBefore(text, clause.Source.End) is not ("out" or "up" or "down" or "off" or "over")
                    && (LastWordBefore(text, clause.Source.Start) is "after" or "when" or "because" or "before" or "until" or "since" or "while" or "once"
                        && !Lexicon.Pronouns.Contains(Refine.FirstWord(clause.Source.Text))
                        // ("Moe said he had spoken to Mark Carney, | who offered military help": the one the relative pronoun follows.)
                        || clause.Source.Text == "who" && text.AsSpan(0, clause.Source.Start).TrimEnd().EndsWith(",") && char.IsUpper(clause.Speaker[0])))
                    kept[i] = Scored(m with { Source = clause.Source, Speaker = clause.Speaker, Channel = clause.Channel }, people);
        // "KYIV — Russia launched | more than 100 drones …, Ukraine's air force said": words before a cue that follows them run from
        // the sentence's first word; a subject and its verb the tagger left out are the remark's.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is { Source.Length: > 0 } late && late.Content.End <= late.Source.Start && late.Content.End <= late.Cue.Start && late.Content.Length > 0
                    && People.SentenceStart(text, late.Content.Start) is var opens && opens < late.Content.Start
                    && (text.IndexOf(" — ", opens, Math.Min(60, late.Content.Start - opens), StringComparison.Ordinal) is var dash and >= 0 ? dash + 3 : opens) is var from
                    && from < late.Content.Start && text.AsSpan(from, late.Content.Start - from) is var lead && lead.Trim().Length > 0
                    && !lead.ContainsAny(",;:“”\"()\n") && char.IsUpper(text[from])
                    // (A subject and a verb of doing: never "After saying", "On this weekend's broadcast", "Trump also mocked", "Informed of".)
                    && lead.Trim().ToString().Split(' ') is var leadWords && !People.IsFunctionWord(leadWords[0]) && !Leads.Contains(leadWords[0])
                    && !leadWords.Any(w => Lexicon.ReportingWords.Contains(w.ToLowerInvariant()) || w.EndsWith("ing", StringComparison.Ordinal)
                        || w.ToLowerInvariant() is "also" or "only" or "of")
                    && Lexicon.IsGivenName(leadWords[0]) is false && leadWords[^1].EndsWith("ed", StringComparison.Ordinal) && leadWords.Length == 2)
                {
                    var content = TextSpan.Of(text, from, late.Content.End);
                    kept[i] = Scored(late with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "Alberta doctors warn of | cuts | to rural surgery": a word the tagger left between a cue ending in its preposition and the
        // words is the words' first.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is { } gap && gap.Content.Start > gap.Cue.End && gap.Cue.Text.Split(' ') is [_, .., "of" or "about" or "against" or "over"]
                    && text.AsSpan(gap.Cue.End, gap.Content.Start - gap.Cue.End) is var between && between.Length > 2 && between[0] == ' ' && between[^1] == ' '
                    && between[1..^1] is var skipped && skipped.IndexOf(' ') < 0 && skipped.Length > 1 && char.IsLower(skipped[0]) && !skipped.ContainsAny(".,;:“”\"")
                    && !Lexicon.Pronouns.Contains(skipped.ToString()))
                {
                    var content = TextSpan.Of(text, gap.Cue.End + 1, gap.Content.End);
                    kept[i] = Scored(gap with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "The deal is dead, the premier said | outside the legislature.": where a cue was said is not what was said; where the rules
        // read the words before the source, those are the claim.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is { Source.Length: > 0 } o && o.Content.Start >= o.Cue.End && o.Source.End <= o.Cue.Start && o.Content.Length < 80 && PlaceOnly().IsMatch(o.Content.Text)
                    && byRules.WithCue(o.Cue) is { } said && said.Cue.Start == o.Cue.Start && said.Content.End <= o.Source.Start && said.Content.Length > 0)
                {
                    var content = WithoutDateline(text, d, said.Content);
                    kept[i] = Scored(o with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "Canadians paid 4.1 per cent more …, Statistics Canada said Tuesday, | the fastest increase in nearly two years": a phrase
        // set beside the remark is not the remark; where the rules read the words before the source, those are the claim.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is { Source.Length: > 0 } p && p.Content.Start >= p.Cue.End && p.Source.End <= p.Cue.Start && (SetBeside(p.Content.Text) || RelativeThat(p.Content.Text) || WhenBeside(text, p))
                    && byRules.WithCue(p.Cue) is { } q && q.Cue.Start == p.Cue.Start && q.Content.Length > 0 && q.Content.Start < p.Source.Start
                    // ("Shelter costs rose …, the agency said, led by rent" read whole by the rules: the words up to the source.)
                    && (q.Content.End <= p.Source.Start || q.Content.End >= p.Content.End && text.AsSpan(q.Content.Start, p.Source.Start - q.Content.Start).TrimEnd().EndsWith(",")))
                {
                    var end = Math.Min(q.Content.End, p.Source.Start);
                    while (end > q.Content.Start && text[end - 1] is ' ' or ',') end--;
                    var content = WithoutDateline(text, d, TextSpan.Of(text, q.Content.Start, end));
                    kept[i] = Scored(p with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "the union had “no choice” after | Canada Post refused to move on wages": words the tagger ended where a verb inside them
        // that makes no claim took its own source go on as the rules read them.
        if (claimsOnly)
        {
            var byCue = tagged.OrderBy(x => x.Cue.Start).ToArray();
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var n && n.Content.Start >= n.Cue.End && byRules.WithCue(n.Cue) is { } whole && whole.Cue.Start == n.Cue.Start
                    && whole.Content.Start == n.Content.Start && whole.Content.End > n.Content.End
                    && (!text.AsSpan(n.Content.End, whole.Content.End - n.Content.End).ContainsAny(",;:()“”\"") && (NestedNoClaim(text, byCue, n.Content.End, whole.Content.End)
                        // ("said a technician was flown | in on Sunday": a verb's particle and when, cut off the sentence's end.)
                        || whole.Content.End - n.Content.End < 40 && ParticleAndWhen().IsMatch(text.AsSpan(n.Content.End, whole.Content.End - n.Content.End))
                        // ("to conserve water after a water | main broke early Monday morning.": cut between two words of one clause, no
                        // other remark's cue in the rest, which runs to the sentence's end.)
                        || MidClause(text, byCue, n.Content.End, whole.Content.End)
                        // ("happened in St. | Marys Bay on Tuesday": cut after an abbreviation's full stop, which ends no sentence.)
                        || n.Content.End > 1 && text[n.Content.End - 1] == '.' && Text.IsAbbreviation(text, n.Content.End - 1) && NoCueBetween(byCue, n.Content.End, whole.Content.End))
                        // ("ruled that Gordon Wyant | , who represented a riding for 12 years, knowingly submitted …": a relative clause set off
                        // after a name, which the tagger read as a remark of its own, and the rest of the words.)
                        || text.AsSpan(n.Content.End).StartsWith(", who ", StringComparison.Ordinal) && !text.AsSpan(n.Content.End, whole.Content.End - n.Content.End).ContainsAny(";:()“”\"")
                           && NestedNoClaim(text, byCue, n.Content.End, whole.Content.End)))
                    kept[i] = Scored(n with { Content = whole.Content, Quotes = AttributionExtractor.Quotes(text, whole.Content) }, people);
        }
        // ("The Russian Defence Ministry said in a statement carried by | the state news agency | Tass | that its forces had struck …": a
        // reading whose cue is no word of saying, where the rules read the same words after a cue of their own, is the rules' reading.)
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is { Source.Length: > 0 } odd && odd.Content.Start >= odd.Cue.End && !odd.Cue.Text.Split(' ').Any(w => Lexicon.VerbCues.Contains(w.ToLowerInvariant()) || Lexicon.NominalCues.Contains(w.ToLowerInvariant())
                        || Lexicon.PhrasalCues.Contains(w.ToLowerInvariant()) || Lexicon.Signing.Contains(w.ToLowerInvariant()))
                    && byRules.Covers(odd.Cue, odd.Content) is { Source.Length: > 0 } ruled && ruled.Cue.End <= odd.Source.Start && ruled.Content.Start == odd.Content.Start && ruled.Content.End == odd.Content.End)
                    kept[i] = Scored(ruled, people);
        // ("Police say the man, 38, called victims and told them …, then | convinced | them to withdraw cash": a verb inside the words of a
        // plain cue the rules read with the same source, where the tagger kept no reading of that cue, is the rules' remark, read once.)
        if (claimsOnly)
        {
            var cuesKept = kept.Select(k => k.Cue.Start).ToHashSet();
            var replaced = new HashSet<int>();
            for (var i = kept.Count - 1; i >= 0; i--)
                if (kept[i] is { Source.Length: > 0 } inner && inner.Source.End <= inner.Cue.Start
                    // (Not a participle set beside the remark: "said as much in an interview, arguing that …" is a remark of its own.)
                    && !Refine.FirstWord(inner.Cue.Text).EndsWith("ing", StringComparison.Ordinal) && !text.AsSpan(0, inner.Cue.Start).TrimEnd().EndsWith(",")
                    // (The same source, or one the tagger read on into the remark: "Police say the man | convinced".)
                    && byRules.Near(inner.Source.Start, inner.Cue.End, r => r.Source.Start == inner.Source.Start && r.Source.End <= inner.Source.End && r.Cue.End <= inner.Cue.Start
                           && r.Content.Start <= inner.Cue.Start && r.Content.End >= inner.Content.End && r.Content.Start - r.Cue.End <= 1 && r.Cue.Text is "say" or "says" or "said"
                           && !cuesKept.Contains(r.Cue.Start)) is { } outer)
                {
                    if (replaced.Add(outer.Cue.Start)) kept[i] = Scored(outer, people);
                    else kept.RemoveAt(i);
                }
        }
        // "…, said Mr. Barrett, the lawyer | for West Virginia's environmental protection agency.": where the tagger read the role set
        // beside a source after its cue as the words, the rules' words before the cue are the remark.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is { Source.Length: > 0 } p && p.Cue.End <= p.Source.Start && p.Content.Start >= p.Source.End
                    && text.AsSpan(p.Source.End, p.Content.Start - p.Source.End).TrimStart() is [',', ..] between && between.IndexOfAny("“”\"\n") < 0
                    && byRules.WithCue(p.Cue) is { } q && q.Cue.Start == p.Cue.Start && q.Content.End <= p.Cue.Start && q.Content.Length > 0)
                {
                    var content = WithoutDateline(text, d, q.Content);
                    kept[i] = Scored(p with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "The clinics | are expected | to open in May, the department said in a release": the tagger's cue inside the words the
        // rules read as said by the source after them ("are expected", "plans") is part of that remark, which the source said.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is { Source.Length: > 0 } e && e.Cue.End <= e.Content.Start && e.Source.Start >= e.Content.End
                    && byRules.Covers(e.Cue, e.Content) is { Source.Length: > 0 } f && Said.Contains(f.Cue.Text.ToLowerInvariant())
                    && f.Content.Start <= e.Cue.Start && f.Content.End >= e.Content.End && f.Content.End <= f.Source.Start
                    && f.Source.Start < e.Source.End && e.Source.Start < f.Source.End)
                {
                    var content = WithoutDateline(text, d, f.Content);
                    kept[i] = Scored(e with { Cue = f.Cue, Source = f.Source, Speaker = f.Speaker, Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "said the fire is now “being held” and is | not expected | to grow under current conditions": words the tagger ended at an
        // expectation it read as a cue of its own (no one's: the reporter's passive) go on as the rules read them from the same start.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var cut && cut.Content.Start >= cut.Cue.End && Said.Contains(cut.Cue.Text.ToLowerInvariant()) && ExpectedAfter().IsMatch(text.AsSpan(cut.Content.End))
                    && byRules.WithCue(cut.Cue) is { } run && run.Cue.Start == cut.Cue.Start && run.Content.Start == cut.Content.Start && run.Content.End > cut.Content.End
                    && !kept.Any(o => o.Cue.Start >= cut.Content.End && o.Cue.Start < run.Content.End && o.Source.Length > 0))
                    kept[i] = Scored(cut with { Content = run.Content, Quotes = AttributionExtractor.Quotes(text, run.Content) }, people);
        // "A new study has found | microplastics in | nearly every fish sampled …": words the tagger left out between the cue and the
        // words it read are part of them where the rules read them so, from right after the cue.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var gap && gap.Cue.Length > 0 && gap.Content.Start > gap.Cue.End + 1 && gap.Source.End <= gap.Cue.Start
                    && (Findings.Contains(LastWordOf(gap.Cue.Text)) || gap.Cue.Text is "said" or "says" or "say" or "wrote" or "writes" or "added" or "stated"
                        // ("acknowledged | wait times have been long": a verb whose object is the clause.)
                        || gap.Cue.Text is "acknowledged" or "acknowledges" or "admitted" or "admits" or "conceded" or "concedes" or "noted" or "notes" or "insisted" or "insists" or "argued" or "argues"
                           && text.AsSpan(gap.Cue.End, gap.Content.Start - gap.Cue.End).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 1 or 2 } cutWords
                           && cutWords.All(w => w.All(char.IsLower) && !Lexicon.NpStop.Contains(w) && w is not ("week" or "night" or "morning" or "day" or "year" or "month")))
                    && text.AsSpan(gap.Cue.End, gap.Content.Start - gap.Cue.End) is var between && between.ContainsAny(Alphanumerics) && !between.Contains('\n')
                    // (Not where the remark was made: "said | in a news release | it was “alarmed” …".)
                    && (!between.ContainsAny(",;:.“”\"") || ClauseBeforeComma(between)) && Refine.FirstWord(between) is not ("that" or "to") && !ChannelBetween().IsMatch(between)
                    && byRules.WithCue(gap.Cue) is { } full && full.Cue.Start == gap.Cue.Start && full.Content.Start >= gap.Cue.End && full.Content.Start < gap.Content.Start
                    && full.Content.End >= gap.Content.Start)
                {
                    var content = TextSpan.Of(text, full.Content.Start, gap.Content.End);
                    kept[i] = Scored(gap with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "said Const. Eric Post, 33, is scheduled | to appear in court next month": words the tagger opened at the infinitive after a
        // verb that raises its subject ("is scheduled", "was expected") go back to the subject, as the rules read them from the cue.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var raised && raised.Cue.Length > 0 && raised.Content.Start > raised.Cue.End + 1 && raised.Source.End <= raised.Cue.Start
                    && raised.Content.Text.StartsWith("to ", StringComparison.Ordinal) && LastWordBefore(text, raised.Content.Start) is "scheduled" or "expected" or "set" or "due" or "slated" or "likely" or "going"
                    && text.AsSpan(raised.Cue.End, raised.Content.Start - raised.Cue.End) is var subject && subject.IndexOfAny("\n;:“”\"") < 0 && subject.Length < 120
                    && byRules.WithCue(raised.Cue) is { } whole && whole.Cue.Start == raised.Cue.Start && whole.Content.Start >= raised.Cue.End
                    && whole.Content.Start < raised.Content.Start && whole.Content.End >= raised.Content.End)
                {
                    var content = TextSpan.Of(text, whole.Content.Start, raised.Content.End);
                    kept[i] = Scored(raised with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "said Wednesday the officer, a 12-year member | of the Winnipeg Police Service | , is due in court": words the tagger opened
        // at a preposition inside a phrase set off by commas are a piece of the remark the rules read whole from the cue.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var piece && piece.Cue.Length > 0 && piece.Content.Start > piece.Cue.End + 1 && piece.Source.End <= piece.Cue.Start
                    && Refine.FirstWord(piece.Content.Text) is "of" or "for" or "at" or "in" or "on" or "with" or "from" or "by"
                    && text.AsSpan(piece.Cue.End, piece.Content.Start - piece.Cue.End) is var opened && opened.Contains(',') && opened.IndexOfAny("\n.;:“”\"") < 0
                    && byRules.WithCue(piece.Cue) is { } whole && whole.Cue.Start == piece.Cue.Start && whole.Content.Start <= piece.Cue.End + 1
                    && whole.Content.End > piece.Content.End && whole.Content.Start < piece.Content.Start)
                {
                    var from = Math.Max(whole.Content.Start, piece.Cue.End);
                    while (from < whole.Content.End && char.IsWhiteSpace(text[from])) from++;
                    var content = TextSpan.Of(text, from, whole.Content.End);
                    kept[i] = Scored(piece with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "officers found the woman | , 61, on Main Street shortly after 10 p.m.": words the tagger ended at an age set off by commas
        // go on as the rules read them (with the same cue and start); the rules' reading of a remark inside them ("officers found")
        // is no second claim.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var g && g.Content.Start >= g.Cue.End && AgeAfter().IsMatch(text.AsSpan(g.Content.End))
                    && byRules.WithCue(g.Cue) is { } h && h.Cue.Start == g.Cue.Start && h.Content.Start == g.Content.Start && h.Content.End > g.Content.End)
                    kept[i] = Scored(g with { Content = h.Content, Quotes = AttributionExtractor.Quotes(text, h.Content) }, people);
        // "…, their union said Thursday" where the tagger marked no source: the rules' source just before the same cue. Likewise
        // where it marked only the start of it ("…,” B.C. Wildfire Service | fire information officer Forrest Tower said): the
        // person the rules name at the end of the source said it, not the organisation before the role; or only the end of a name.
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var v && byRules.Covers(v.Cue, v.Content) is { Source.Length: > 0 } x && x.Cue.Start == v.Cue.Start
                    && x.Source.End < x.Cue.Start && (x.Cue.Start - x.Source.End <= 1 || text.AsSpan(x.Source.End, x.Cue.Start - x.Source.End).SequenceEqual(", ") && PronounInClause(v.Source, x.Source))
                    && PartOfRulesSource(text, people, v, x))
                    // (A pronoun read as the source took the channel of whoever it was read as; the rules' source has its own.)
                    kept[i] = Scored(v with { Source = x.Source, Speaker = x.Speaker, Channel = Lexicon.Pronouns.Contains(v.Source.Text.ToLowerInvariant()) || JoinedClause(text, v.Source, x.Source) ? x.Channel : v.Channel }, people);
        // "B.C. will hire 500 nurses, the minister announced Wednesday, | a move the union called …": where the tagger took the
        // phrase set beside the remark for its words, the rules' words before the cue are the remark.
        // Another cue the tagger paired with part of those words ("called") is no second remark.
        if (claimsOnly)
        {
            var remarks = new List<Attribution>();
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var q && q.Content.Start >= q.Cue.End && q.Source.Length > 0 && q.Source.End <= q.Cue.Start
                    && text.AsSpan(q.Cue.End, q.Content.Start - q.Cue.End).IndexOf(", a", StringComparison.Ordinal) is >= 0
                    && byRules.WithCue(q.Cue) is { } w && w.Content.End <= q.Source.Start && w.Content.Length > 0)
                {
                    var content = WithoutDateline(text, d, w.Content);
                    remarks.Add(kept[i] = Scored(q with { Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people));
                }
            if (remarks.Count > 0)
                kept.RemoveAll(k => remarks.Any(r => !ReferenceEquals(r, k) && k.Cue.Start > r.Cue.Start && k.Content.Start >= r.Content.Start && k.Content.End <= r.Content.End));
        }
        // "…, a decision parents say | will add an hour to …": a clause a noun opens, whose words follow the cue (where the tagger
        // took the words before it, the rules' words after it), said by the sayers without the noun ("parents").
        if (claimsOnly)
            for (var i = 0; i < kept.Count; i++)
                if (kept[i] is var z && z.Cue.Text is "say" or "says" or "said" && z.Source.End <= z.Cue.Start
                    && AttributionTagger.Doc.LowerBound(d.Tokens, z.Cue.End) is var after && after < d.Tokens.Length && Lexicon.Between.Contains(d.Tokens[after].Lower)
                    && SayersInClause(text, d, z.Source) is { } sayers)
                {
                    var content = z.Content.End <= z.Cue.Start && byRules.WithCue(z.Cue) is { } y && y.Content.Start >= z.Cue.End ? y.Content : z.Content;
                    if (content.Start < z.Cue.End) continue;
                    kept[i] = Scored(z with { Source = sayers, Speaker = Speakers.ResolveSource(sayers, text, people, null), Content = content, Quotes = AttributionExtractor.Quotes(text, content) }, people);
                }
        // "HAMILTON — Workers … are bracing for layoffs after the U.S. announced a tariff, their union says.": a remark closed by
        // its source and cue at the sentence's end is that source's, whole, where the tagger paired the cue with none of it (and
        // a verb inside it with part of it: "the U.S. announced" is then no remark of its own).
        List<Attribution>? closing = null;
        if (claimsOnly)
        {
            var pairedCues = new Ruled(kept);
            // (Likewise "Hunters have seen thinner fish for years, said Bobby Anavilok, chair of the Hunters and Trappers
            // Organization.", the cue before its source, which runs to the sentence's end.)
            foreach (var r in rules)
                if (r.Source.Length > 0 && r.Content.Length > 0 && r.Content.End <= r.Source.Start && r.Cue.Text is "says" or "said" or "say"
                    && (text.AsSpan(r.Content.End, r.Source.Start - r.Content.End).Trim().SequenceEqual(",") && ClosesSentence().IsMatch(text, r.Cue.End)
                        || r.Cue.Start > r.Content.End && text.AsSpan(r.Content.End, r.Cue.Start - r.Content.End).Trim().SequenceEqual(",")
                           && text.AsSpan(r.Cue.End, r.Source.Start - r.Cue.End).IsWhiteSpace() && SourceClosesSentence().IsMatch(text, r.Source.Start))
                    && pairedCues.WithCue(r.Cue) is null)
                    (closing ??= []).Add(Scored(r with { Content = WithoutDateline(text, d, r.Content) }, people));
            if (closing is not null)
            {
                closing.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
                kept.RemoveAll(k => Inside(closing, k));
                kept.AddRange(closing);
            }
        }
        // "… said the budget was “a fiscal disaster.” | “Canadians can't afford this government,” he told reporters": a quotation the
        // tagger ran on into, signed by a cue of its own after it, is that cue's remark; the words before it stay the first remark's.
        if (claimsOnly && rules.Where(r => r.Source.Length > 0 && r.Cue.Start >= r.Content.End && r.Content.Length > 0 && text[r.Content.Start] is '“' or '"'
                && OpensSentence(text, r.Content.Start)).ToList() is { Count: > 0 } ownCue)
        {
            // (Each quotation looked up among the tagger's readings that run over it, by where their words start: a long text stays near linear.)
            var keptCues = kept.Select(k => k.Cue.Start).ToHashSet();
            var runOn = kept.Select((k, at) => (k.Content.Start, At: at)).Where(x => kept[x.At].Cue.Length > 0).OrderBy(x => x.Start).ToArray();
            foreach (var r in ownCue)
                if (!keptCues.Contains(r.Cue.Start)
                    && FirstRunningOver(runOn, kept, r) is var at and >= 0)
                {
                    var first = kept[at];
                    var end = r.Content.Start;
                    while (end > first.Content.Start && char.IsWhiteSpace(text[end - 1])) end--;
                    var words = TextSpan.Of(text, first.Content.Start, end);
                    kept[at] = Scored(first with { Content = words, Quotes = AttributionExtractor.Quotes(text, words) }, people);
                    kept.Add(Scored(r, people));
                    keptCues.Add(r.Cue.Start);
                }
        }
        // (Words the tagger found without a cue make no claim: "OTTAWA — Canada is at risk …, the country's chief public health officer
        // warned Thursday, as …" stays the rules' remark where the tagger missed "warned".)
        var byTagger = new Ruled(claimsOnly ? kept.Where(k => k.Cue.Length > 0).ToList() : kept);
        // A reading of the rules stands, too, where the tagger's reading of the same words is no claim ("A new study has found lead
        // in …, raising questions about how …": the tagger paired the words with "raising questions about").
        IEnumerable<Attribution> all = kept.Concat(rules.Where(r => Strong(text, r, claimsOnly) || byTagger.Covers(r.Cue, r.Content) is not { } t
            || claimsOnly && t.Cue.Start != r.Cue.Start && Findings.Contains(LastWordOf(r.Cue.Text)) && Refine.NotAClaim(text, t) && !Refine.NotAClaim(text, r)).Select(r => Scored(r, people)));
        // "It's to the advantage of the United States, he says, to help write the rules …": words inside a remark read whole around
        // its speaker hold no remark of a source that is no name ("help" "write").
        if (claimsOnly && strong.Where(r => r.Content.Start < r.Source.Start && r.Cue.End < r.Content.End).ToList() is { Count: > 0 } around)
            all = all.Where(a => !around.Any(r => a.Cue.Start > r.Cue.End && a.Cue.End <= r.Content.End && a.Content.End <= r.Content.End
                && a.Source.Start >= r.Content.Start && a.Source.End <= r.Content.End && (a.Source.Length == 0 || !char.IsUpper(a.Source.Text[0])))).ToList();
        // A verb inside a remark whose source comes after it is no remark of its own where its words run over that source's cue:
        // "Residents have complained about | the smell for years, said Coun. Mia Tran" is Mia Tran's remark.
        if (claimsOnly)
        {
            var list = all.ToList();
            var inverted = list.Where(c => c.Cue.Start > c.Content.End && c.Content.Length > 0 && c.Cue.Text is "said" or "says" or "say").OrderBy(c => c.Cue.Start).ToArray();
            if (inverted.Length > 0)
                all = list.Where(a =>
                {
                    int lo = 0, hi = inverted.Length;
                    while (lo < hi) { var mid = (lo + hi) >>> 1; if (inverted[mid].Cue.Start < a.Cue.End) lo = mid + 1; else hi = mid; }
                    for (var m = lo; m < inverted.Length && inverted[m].Cue.Start < a.Content.End; m++)
                        if (inverted[m] is var c && !ReferenceEquals(c, a) && a.Cue.Start >= c.Content.Start && a.Cue.End <= c.Content.End && a.Content.Start >= c.Content.Start
                            && a.Content.End > c.Cue.Start)
                            return false;
                    return true;
                }).ToList();
        }
        // No claim's words open with the dateline ("OTTAWA — The federal budget …"), whichever reading they came from.
        if (claimsOnly) all = all.Select(a => WithoutDateline(text, d, a.Content) is var c && c.Start != a.Content.Start
            ? Scored(a with { Content = c, Quotes = AttributionExtractor.Quotes(text, c) }, people) : a);
        return [.. all.OrderBy(a => a.Cue.Start)];
    }

    /// <summary>Whether the tagger's source of a remark is part of the rules' source beside the same cue, which then stands: none
    /// at all (the rules' source after the words); the organisation opening a description whose person the rules name ("B.C.
    /// Wildfire Service | fire information officer Forrest Tower"); or the end of a name ("The Registered | Paramedics'
    /// Association of Manitoba").</summary>
    static bool PartOfRulesSource(string text, People people, Attribution tagged, Attribution rule)
    {
        var (v, x) = (tagged.Source, rule.Source);
        if (v.Length == 0) return x.Start >= tagged.Content.End;
        if (v.Start >= x.Start && v.End < x.End)
            return rule.Speaker != tagged.Speaker && people.Known.Contains(rule.Speaker) && !v.Text.Contains(rule.Speaker, StringComparison.Ordinal)
                   // "public | health says": the tagger's source cut a word or two before the cue.
                   || v.Start == x.Start && text.AsSpan(v.End, x.End - v.End).Trim() is var rest && rest.Length > 0 && rest.IndexOfAny(",;:.") < 0 && rest.Count(' ') <= 1
                   || PronounInClause(v, x);
        // ("according to figures released by the Opposition NDP, and nurses say …": a clause joined before the rules' source.)
        if (JoinedClause(text, v, x)) return true;
        return v.End == x.End && v.Start > x.Start
               && text[x.Start..v.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= 3 } lead
               && lead.All(w => char.IsUpper(w[0]) || w == "the");
    }

    /// <summary>", a step the nation's president called", ", a move critics say": a phrase set beside what went before, an article, a
    /// thing, then those who speak of it right before the cue; their tokens, else null.</summary>
    static Span? ThingSayers(AttributionTagger.Doc d, Span cue)
    {
        var c = cue.First;
        if (!ThingCalled.Contains(d.Tokens[c].Lower)) return null;
        var start = d.Sentences[cue.Sentence].Start;
        for (var a = c - 2; a >= Math.Max(start + 1, c - 8); a--)
        {
            if (!d.Tokens[a].IsWord) return null;
            if (d.Tokens[a].Lower is not ("a" or "an") || d.Tokens[a - 1].Text != ",") continue;
            if (!ThingNouns.Contains(d.Tokens[a + 1].Lower)) return null;
            var first = a + 2 < c && d.Tokens[a + 2].Lower is "that" or "which" ? a + 3 : a + 2;
            if (first >= c || c - first > 5) return null;
            for (var m = first; m < c; m++)
                if (!d.Tokens[m].IsWord || Refine.Finite(d.Tokens[m].Lower) || Lexicon.VerbCues.Contains(d.Tokens[m].Lower)) return null;
            return new Span(first, c - 1, cue.Sentence);
        }
        return null;
    }

    static readonly HashSet<string> ThingCalled = ["called", "calls", "described", "describes", "dubbed", "termed", "labelled", "labeled", "hailed", "say", "says", "said", "warn", "warns", "warned", "argue", "argues", "argued", "fear", "fears"];

    static readonly HashSet<string> ThingNouns = ["move", "step", "decision", "plan", "change", "measure", "policy", "deal", "proposal", "cut", "hike", "increase", "agreement",
        "pledge", "promise", "commitment", "announcement", "ruling", "verdict", "bill", "law", "rule", "development", "outcome", "result", "cutback", "freeze", "ban"];

    /// <summary>Right after words cut short: an expectation no one is named for (" not expected", " is expected", " are likely").</summary>
    [GeneratedRegex(@"^\s+(?:(?:is|are|was|were)\s+)?(?:not\s+)?(?:expected|likely|unlikely|scheduled)\b")]
    private static partial Regex ExpectedAfter();

    /// <summary>Whether the tagger's source runs a clause joined by ", and" or ", but" into the rules' source at its end ("figures released
    /// by the Opposition NDP, and | nurses").</summary>
    static bool JoinedClause(string text, TextSpan tagged, TextSpan rule) =>
        tagged.Length > 0 && rule.Length > 0 && tagged.Start < rule.Start && (tagged.End == rule.End || tagged.End <= rule.Start && text.AsSpan(tagged.End, rule.Start - tagged.End).IndexOfAny(".;:\n“”\"") < 0)
        && text.AsSpan(tagged.Start, rule.Start - tagged.Start).TrimEnd() is var lead && (lead.EndsWith(", and", StringComparison.Ordinal) || lead.EndsWith(", but", StringComparison.Ordinal));

    /// <summary>"a decision parents", "a move some economists": an article and a noun, then who says (lower-case words); else null.</summary>
    static TextSpan? SayersInClause(string text, AttributionTagger.Doc d, TextSpan source)
    {
        var first = AttributionTagger.Doc.LowerBound(d.Tokens, source.Start);
        var last = first;
        while (last + 1 < d.Tokens.Length && d.Tokens[last + 1].End <= source.End) last++;
        if (last - first < 2 || d.Tokens[first].Lower is not ("a" or "an" or "the")) return null;
        // (Set beside what went before, and the sayers a noun of their own: "A spokesperson for the minister said all of …" opening
        // its sentence is the spokesperson, not "for the minister".)
        if (first == 0 || d.Tokens[first - 1].Text is not ("," or "—" or "–") || d.Tokens[first + 2].Lower is "for" or "of" or "at" or "with" or "in" or "from" or "to" or "on" or "by" or "the" or "a" or "an") return null;
        for (var k = first + 1; k <= last; k++)
            if (!d.Tokens[k].IsWord || char.IsUpper(d.Tokens[k].Text[0])) return null;
        return TextSpan.Of(text, d.Tokens[first + 2].Start, d.Tokens[last].End);
    }

    /// <summary>"said up | to 30 centimetres", "said | about | 300 people": a word that opens an amount, which the tagger gave the
    /// speech cue or left out between the cue and the words, goes back to the words.</summary>
    static (Span Cue, Span Content, Span Whole) AmountBack(AttributionTagger.Doc d, (Span Cue, Span Content, Span Whole) p)
    {
        var (cue, content, whole) = p;
        if (!Said.Contains(d.Tokens[cue.First].Lower)) return p;
        // "said several of | her friends have applied": a share of whom the words speak.
        if (content.First == cue.Last + 1 && cue.Last >= cue.First + 2 && d.Tokens[cue.Last].Lower == "of" && Shares.Contains(d.Tokens[cue.Last - 1].Lower))
            return (cue with { Last = cue.Last - 2 }, content with { First = cue.Last - 1 }, whole.First == content.First ? whole with { First = cue.Last - 1 } : whole);
        var word = content.First == cue.Last + 2 ? cue.Last + 1 : content.First == cue.Last + 1 && cue.Last > cue.First ? cue.Last : -1;
        if (word < 0) return p;
        var next = d.Tokens[content.First].Lower;
        var opens = d.Tokens[word].Lower switch
        {
            "up" => next == "to",
            "more" or "fewer" or "less" => next == "than",
            "at" => next is "least" or "most",
            "about" or "nearly" or "almost" or "roughly" or "around" or "approximately" or "over" or "under" or "only" or "just" => next.Length > 0 && char.IsDigit(next[0]),
            // "said 62 | per cent of cropland …": the number itself.
            var w when w.Length > 0 && char.IsDigit(w[0]) => true,
            _ => false,
        };
        if (!opens) return p;
        return (word == cue.Last ? cue with { Last = cue.Last - 1 } : cue, content with { First = word }, whole.First == content.First ? whole with { First = word } : whole);
    }

    static readonly HashSet<string> Shares = ["several", "many", "some", "most", "all", "none", "half", "both", "each", "few", "one", "two", "three", "dozens", "hundreds", "thousands", "millions"];

    /// <summary>The rules' words of a remark without the dateline they start with ("OTTAWA — The budget will …").</summary>
    static TextSpan WithoutDateline(string text, AttributionTagger.Doc d, TextSpan content)
    {
        var first = AttributionTagger.Doc.LowerBound(d.Tokens, content.Start);
        return PastDateline(d, first) is var past && past > first && past < d.Tokens.Length && d.Tokens[past].Start < content.End
            ? TextSpan.Of(text, d.Tokens[past].Start, content.End) : content;
    }

    internal static readonly HashSet<string> Said = ["said", "says", "say", "told", "tells", "added", "stated", "announced", "wrote", "writes"];

    /// <summary>" co-founder and chief executive Mahshid Yassaei." after a cue: a role in lower case, then a name, then the sentence's end.</summary>
    [GeneratedRegex(@"\G\s+((?:[A-Z][\w.&'’-]*\s+){0,3}?(?:[a-z][\w-]*\s+(?:and\s+)?){0,5}(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s*(?:[.,]|$)")]
    private static partial Regex SignedAfter();

    [GeneratedRegex(@"^\s*,\s*\d{1,3}\s*,")]
    private static partial Regex AgeAfter();

    /// <summary>"work stopped in June, with …": words with a verb of their own before a comma, a clause of the remark (not "said
    /// Tuesday, | the fastest …").</summary>
    [GeneratedRegex(@"^\s*(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:release|statement|interview|email|e-mail|letter|post|video|conference|briefing|op-ed|speech|memo|tweet)\s*$")]
    private static partial Regex ChannelBetween();

    static bool ClauseBeforeComma(ReadOnlySpan<char> between)
    {
        if (between.ContainsAny(";:.“”\"") || between.IndexOf(',') is not (> 0 and var comma)) return false;
        var words = between[..comma].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !Lexicon.Weekdays.Contains(words[0]) && !Lexicon.RelativeDays.Contains(words[0])
               && words.Skip(1).Any(w => Refine.Finite(w) || w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>Whether a tagged reading that is no claim opens right at <paramref name="cut"/> (its source, or its cue where it
    /// has no source there) and ends by <paramref name="end"/>: "after | Canada Post refused to move on wages" (sorted by cue).</summary>
    static bool MidClause(string text, Attribution[] byCue, int cut, int end)
    {
        if (cut < 1 || cut + 1 >= text.Length || text[cut] != ' ' || !char.IsLetter(text[cut - 1]) || !char.IsLower(text[cut + 1])
            || end >= text.Length || text[end] is not ('.' or '!' or '?') || end - cut > 80) return false;
        // (Only a subject cut from its verb: the rest opens with a noun and then a verb, "main broke …", "times have been …".)
        var rest = text.AsSpan(cut + 1, end - cut - 1).ToString().Split(' ');
        if (rest.Length < 3 || rest[0].EndsWith("ly", StringComparison.Ordinal) || rest[0].EndsWith("ed", StringComparison.Ordinal) || rest[0].EndsWith("ing", StringComparison.Ordinal)
            || Lexicon.NpStop.Contains(rest[0]) || Lexicon.VerbCues.Contains(rest[0]) || rest[0] is "and" or "or" or "but" or "via" or "while" or "when" or "as"
            || !(Refine.Finite(rest[1]) || rest[1] is "broke" or "burst" or "fell" or "rose" or "went" or "came" or "began" or "ran" or "grew" or "hit" or "collapsed" or "failed" or "closed" or "opened")
            || LastWordBefore(text, cut) is var before && (Lexicon.NpStop.Contains(before) || before.Length < 3)) return false;
        return NoCueBetween(byCue, cut, end);
    }

    /// <summary>Whether no tagged reading's cue (sorted by cue) starts between <paramref name="cut"/> and <paramref name="end"/>.</summary>
    static bool NoCueBetween(Attribution[] byCue, int cut, int end)
    {
        int lo = 0, hi = byCue.Length;
        while (lo < hi) { var mid = (lo + hi) >>> 1; if (byCue[mid].Cue.Start < cut) lo = mid + 1; else hi = mid; }
        return lo >= byCue.Length || byCue[lo].Cue.Start >= end;
    }

    static bool NestedNoClaim(string text, Attribution[] byCue, int cut, int end)
    {
        int lo = 0, hi = byCue.Length;
        while (lo < hi) { var mid = (lo + hi) >>> 1; if (byCue[mid].Cue.Start < cut) lo = mid + 1; else hi = mid; }
        for (var k = lo; k < byCue.Length && byCue[k].Cue.Start < end; k++)
            if (byCue[k] is var x && (x.Source.Start >= cut ? x.Source.Start : x.Cue.Start) is var at && at <= cut + 2 && x.Content.End <= end && Refine.NotAClaim(text, x))
                return true;
        return false;
    }

    /// <summary>"One official, who spoke … because | they | were not authorized …, said": the tagger's source a pronoun inside the
    /// relative clause of the rules' source.</summary>
    static bool PronounInClause(TextSpan tagged, TextSpan rules) =>
        tagged.Start >= rules.Start && tagged.End < rules.End && tagged.Text is "they" or "he" or "she" or "it" or "who" && rules.Text.Contains(", who ", StringComparison.Ordinal);

    /// <summary>"that was later posted to the company's website": a relative clause about the occasion, not the words said.</summary>
    static bool RelativeThat(string words) =>
        words.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries) is ["that", var verb, _] && verb is "was" or "were" or "has" or "had" or "appeared";

    /// <summary>The tagger's reading whose words start before quotation <paramref name="r"/>'s and run over all of it, ending before
    /// its cue, its own cue before the quotation; -1 if none. <paramref name="runOn"/> holds the readings by where their words start.</summary>
    static int FirstRunningOver((int Start, int At)[] runOn, List<Attribution> kept, Attribution r)
    {
        int lo = 0, hi = runOn.Length;
        while (lo < hi) { var mid = (lo + hi) >>> 1; if (runOn[mid].Start < r.Content.Start) lo = mid + 1; else hi = mid; }
        // Words are at most a few sentences long: look back over the readings that start within 5,000 characters.
        for (var i = lo - 1; i >= 0 && r.Content.Start - runOn[i].Start < 5000; i--)
            if (kept[runOn[i].At] is var k && k.Cue.End <= r.Content.Start && k.Content.End >= r.Content.End && k.Content.End < r.Cue.Start && k.Cue.Start != r.Cue.Start)
                return runOn[i].At;
        return -1;
    }

    /// <summary>Whether the words cut at <paramref name="at"/> strand a particle before a comma and a list of what was done goes on ("spat |
    /// on, punched and threatened"; never "… | in a statement on Thursday", whose words are when and how).</summary>
    static bool CarriedOn(string text, int at)
    {
        if (at >= text.Length) return false;
        var comma = -1;
        if (text[at] == ' ' && Refine.FirstWord(text.AsSpan(at + 1, Math.Min(12, text.Length - at - 1))) is var word && Particle(word)
            && at + 1 + word.Length < text.Length && text[at + 1 + word.Length] == ',') comma = at + 1 + word.Length;
        // ("spat on | , shoved and threatened": or the particle closes the words cut.)
        else if (text[at] == ',' && Particle(LastWordBefore(text, at))) comma = at;
        // (A list of what was done goes on after the comma: "…, punched and threatened"; never "to bow out, | has said …".)
        return comma >= 0 && Refine.FirstWord(text.AsSpan(comma + 1, Math.Min(20, text.Length - comma - 1))) is var next && next.Length > 3 && next.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>Occasions and documents a remark is said in whose subject may follow ("a debate | about a shelter that …").</summary>
    static readonly HashSet<string> SaidAt = new(StringComparer.Ordinal) { "debate", "meeting", "speech", "hearing", "interview", "briefing", "statement", "letter", "email", "post" };

    static bool Particle(string word) => word is "on" or "off" or "out" or "up" or "with" or "by" or "at" or "for" or "of" or "from" or "in" or "into";

    /// <summary>Whether a quotation at <paramref name="at"/> opens a sentence: after a full stop, a question or exclamation mark
    /// (inside or outside closing quotation marks), or a line break.</summary>
    static bool OpensSentence(string text, int at)
    {
        var k = at;
        while (k > 0 && text[k - 1] is ' ' or '\t') k--;
        if (k == 0 || text[k - 1] == '\n') return true;
        if (text[k - 1] is '”' or '"' && k > 1) k--;
        return text[k - 1] is '.' or '?' or '!';
    }

    /// <summary>"Canada is at risk …, the officer warned Thursday, | as case counts continue to climb": words after a comma that say
    /// when or why, after a cue that closes the clause, are no remark.</summary>
    static bool WhenBeside(string text, Attribution a) =>
        text.AsSpan(a.Cue.End, a.Content.Start - a.Cue.End).TrimEnd().EndsWith(",") && Refine.FirstWord(a.Content.Text) is "as" or "after" or "amid" or "while" or "following"
            or "despite" or "before" or "since" or "when"
        // (Never a clause the sentence goes on from: "In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss …".)
        && !a.Content.Text.Contains(',');

    /// <summary>A verb's particle and a time, the whole rest of a sentence: " in on Sunday", " out last week", " up Tuesday".</summary>
    [GeneratedRegex(@"^\s+(?:in|out|up|down|off|back|over|away)(?:\s+(?:on|last|this|next|early|late|in)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|night|morning|afternoon|evening))?\s*$")]
    private static partial Regex ParticleAndWhen();

    /// <summary>A phrase set beside a whole remark, with no verb of its own: "the fastest increase in …", "the third such arrest",
    /// "a move …" (the ranks are <see cref="AttributionExtractor.Ranked"/>, the rules' reading of the same phrase).</summary>
    static bool SetBeside(string words)
    {
        var w = words.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (w.Length < 2) return false;
        var second = w[1].ToLowerInvariant();
        var opens = w[0] == "the" && AttributionExtractor.Ranked(second)
                    || w[0] is "a" or "an" && second is "move" or "decision" or "sign" or "step" or "figure" or "number" or "rate" or "increase" or "decrease"
                        or "drop" or "rise" or "jump" or "record";
        // ("…, the agency said, | led by rent", "…, | up from 3.9 per cent in May": how the figure came about, beside it.)
        opens |= w[1] is "by" && w[0] is "led" or "driven" or "fuelled" or "fueled" or "pushed" or "boosted" or "offset"
                 || w[1] is "from" && w[0] is "up" or "down" || w[0] is "compared" && w[1] is "with" or "to";
        return opens && !words.Split(' ').Any(x => Refine.Finite(x.ToLowerInvariant()));
    }

    /// <summary>Verbs of finding, whose object is what was found ("has found lead in …"; "told his advisers" names an audience).</summary>
    static readonly HashSet<string> Findings = new(StringComparer.Ordinal)
    {
        "found", "finds", "find", "show", "shows", "showed", "shown", "revealed", "reveals", "concluded", "concludes", "estimated", "estimates",
        "suggests", "suggested", "indicates", "indicated", "documented", "identified", "detected", "discovered", "confirmed", "confirms",
    };

    /// <summary>Words opening a sentence that lead into it rather than name its subject.</summary>
    static readonly HashSet<string> Leads = new(StringComparer.Ordinal) { "Despite", "Informed", "Asked", "Told", "Part", "Once", "Unlike", "Like", "Among", "Amid" };

    /// <summary>The word right before a position, lower case ("" after punctuation).</summary>
    static string LastWordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end].ToLowerInvariant();
    }

    static string LastWordOf(string cue) => cue.AsSpan().TrimEnd().LastIndexOf(' ') is var sp && sp >= 0 ? cue[(sp + 1)..].TrimEnd().ToLowerInvariant() : cue.Trim().ToLowerInvariant();

    static readonly System.Buffers.SearchValues<char> Alphanumerics = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>The end of a sentence right after a cue, a day or a few words between ("says.", "said Monday.").</summary>
    [GeneratedRegex(@"\G[^.,;:!?\""“”\n]{0,24}\.(?:\s|$)")]
    private static partial Regex ClosesSentence();

    /// <summary>Whether a reading is of a verb inside a remark closed by its source (sorted by where their words start).</summary>
    static bool Inside(List<Attribution> closing, Attribution k)
    {
        int lo = 0, hi = closing.Count;
        while (lo < hi) { var mid = (lo + hi) >>> 1; if (closing[mid].Content.Start <= k.Cue.Start) lo = mid + 1; else hi = mid; }
        if (lo == 0) return false;
        var c = closing[lo - 1];
        return k.Cue.End <= c.Content.End && k.Content.Start >= c.Content.Start && k.Content.End <= Math.Max(c.Content.End, c.Source.End);
    }

    /// <summary>Where something was said, alone: "outside the legislature", "in Quebec City", "on Parliament Hill".</summary>
    [GeneratedRegex(@"^(?:(?:in|at|on|outside|near|from)\s+(?:the\s+)?[\w.'’-]+(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*\s*)+[.]?$")]
    private static partial Regex PlaceOnly();

    /// <summary>A source that runs to the end of its sentence, a role set beside it ("Bobby Anavilok, chair of the … Organization.").</summary>
    [GeneratedRegex(@"\G[^.;:!?\""“”\n]{3,160}\.(?:\s|$)")]
    private static partial Regex SourceClosesSentence();

    static Attribution Scored(Attribution r, People people)
    {
        var (score, reasons) = CheckWorthiness.Score(r.Content.Text, r.Speaker, r.Source, r.Cue, r.Quotes.Count > 0, people);
        return r with { CheckWorthiness = score, Reasons = reasons };
    }

    static bool Strong(string text, Attribution rule, bool claimsOnly)
    {
        var cue = rule.Cue.Text.ToLowerInvariant();
        // "Court heard that …": the tagger reads the verb inside the words instead ("the two men | had argued").
        // ("The lawsuit claims the home was short-staffed and | that nurses' notes …": a reading that skipped the first of two joined
        // clauses of its words is not the stronger one.)
        return Lexicon.NominalCues.Contains(cue) && !(rule.Content.Start > rule.Cue.End + 1 && text.AsSpan(rule.Cue.End, rule.Content.Start - rule.Cue.End) is var skipped
                   && skipped.EndsWith(" and ") && skipped.IndexOfAny(".;:“”\"\n") < 0 && skipped.Length < 120)
               || cue is ":" or "―" or "—" or "heard" || cue.StartsWith("according", StringComparison.Ordinal)
               // "The plan, says café owner Nadia Haddad, was never explained …": unquoted words around the one who says them, whole
               // for the desk (the corpus layer, as PolNeAR, leaves the aside out of the words).
               // (Only a verb of saying after someone named or a pronoun: not "his show proved to be …", "from … saying".)
               || claimsOnly && rule.Content.Start < rule.Source.Start && rule.Cue.End < rule.Content.End && rule.Source.Length > 0 && rule.Content.Text.AsSpan().IndexOfAny("\"“”") < 0
                  && (char.IsUpper(rule.Source.Text[0]) || char.IsUpper(rule.Source.Text[rule.Source.Text.LastIndexOf(' ') + 1]) || rule.Source.Text is "he" or "she" or "they")
                  && LastWordOf(rule.Cue.Text) is var verb
                  && Lexicon.VerbCues.Contains(verb) && verb is not ("show" or "shows" or "showed" or "shown" or "showing" or "found" or "finds" or "saying")
                  // (Set off by commas, "…, he said, …", "…, as Mr. Bown observed, …": not "which most Whigs opposed".)
                  && Math.Min(rule.Source.Start, rule.Cue.Start) is var first && Math.Max(rule.Source.End, rule.Cue.End) is var last
                  && text.AsSpan(0, first).TrimEnd() is var before && (before.EndsWith(",") || before.EndsWith(", as"))
                  && text.AsSpan(last).TrimStart().StartsWith(",");
    }

    /// <summary>The rules' attributions, to find one that reads the same remark as a tagged pair.</summary>
    sealed class Ruled(IReadOnlyList<Attribution> rules)
    {
        readonly Attribution[] _byContent = [.. rules.OrderBy(r => r.Content.Start)];

        /// <summary>A rule attribution whose cue overlaps this one.</summary>
        public Attribution? WithCue(TextSpan cue)
        {
            int lo = 0, hi = _byContent.Length;
            while (lo < hi) { var mid = (lo + hi) >>> 1; if (_byContent[mid].Content.Start < cue.Start - 5000) lo = mid + 1; else hi = mid; }
            for (var k = lo; k < _byContent.Length && _byContent[k].Content.Start < cue.End + 5000; k++)
                if (_byContent[k].Cue.Start < cue.End && cue.Start < _byContent[k].Cue.End) return _byContent[k];
            return null;
        }

        /// <summary>The first rule attribution <paramref name="wanted"/> accepts among those whose content starts within 5,000 characters
        /// of <paramref name="from"/>..<paramref name="to"/> (a look-up, not a scan of every rule: a long text has hundreds of thousands).</summary>
        public Attribution? Near(int from, int to, Func<Attribution, bool> wanted)
        {
            int lo = 0, hi = _byContent.Length;
            while (lo < hi) { var mid = (lo + hi) >>> 1; if (_byContent[mid].Content.Start < from - 5000) lo = mid + 1; else hi = mid; }
            for (var k = lo; k < _byContent.Length && _byContent[k].Content.Start < to + 5000; k++)
                if (wanted(_byContent[k])) return _byContent[k];
            return null;
        }

        /// <summary>A rule attribution with the same cue, or whose content and the pair's content mostly coincide.</summary>
        public Attribution? Covers(TextSpan cue, TextSpan content) => Covers(cue, content, static _ => true);

        /// <summary>The first rule reading of the same remark that <paramref name="wanted"/> accepts ("A family is calling for an
        /// inquiry after they say …" is read twice, the demand and the saying).</summary>
        public Attribution? Covers(TextSpan cue, TextSpan content, Func<Attribution, bool> wanted)
        {
            // Contents are at most a few sentences long: look at the rules whose content starts within 5,000 characters.
            int lo = 0, hi = _byContent.Length;
            while (lo < hi) { var mid = (lo + hi) >>> 1; if (_byContent[mid].Content.Start < content.Start - 5000) lo = mid + 1; else hi = mid; }
            for (var k = lo; k < _byContent.Length && _byContent[k].Content.Start < content.End + 5000; k++)
            {
                var r = _byContent[k];
                if (!wanted(r)) continue;
                if (r.Cue.Start < cue.End && cue.Start < r.Cue.End) return r;
                var overlap = Math.Min(r.Content.End, content.End) - Math.Max(r.Content.Start, content.Start);
                if (overlap > 0 && overlap * 2 > Math.Min(r.Content.Length, content.Length)) return r;
            }
            return null;
        }
    }

    /// <summary>
    /// "British Prime Minister Theresa May said", "Green Party Leader Elizabeth May says", "Chief Dawna Hope said": a surname that is
    /// also a month, a modal or a verb right after a source's given name is the name's, not the cue's first word ("May said", "Hope
    /// said") nor left out. "In May Trudeau said": a month after "in" opens no source.
    /// </summary>
    static void SurnameNotCue(AttributionTagger.Doc d, byte[][] tags)
    {
        const byte O = AttributionTagger.O, B = AttributionTagger.B, I = AttributionTagger.I;
        byte[] cue = tags[AttributionTagger.CueRole], source = tags[AttributionTagger.SourceRole];
        for (var i = 1; i + 1 < d.Tokens.Length; i++)
        {
            // ("Chief Dawna Hope said", "Carol Will says": any capitalised word between a given name and the verb the tagger began the
            // cue with is the name's.)
            if (d.SentenceOf[i - 1] != d.SentenceOf[i]) continue;
            if (d.Tokens[i].Text is not ("May" or "April" or "June"))
            {
                if (cue[i] == B && cue[i + 1] == I && source[i - 1] != O && d.Tokens[i].IsCapitalized && d.Tokens[i].IsWord && d.Tokens[i - 1].IsCapitalized
                    && !People.Titles.Contains(d.Tokens[i - 1].Text) && !d.Tokens[i + 1].IsCapitalized && Said.Contains(d.Tokens[i + 1].Lower))
                    (source[i], cue[i], cue[i + 1]) = (I, O, B);
                continue;
            }
            if (source[i] == B && source[i + 1] == I && d.Tokens[i - 1].Text is "In" or "in" or "Since" or "since" or "By" or "by" or "Until" or "until" or "early" or "late" or "mid")
            {
                (source[i], source[i + 1]) = (O, B);
                continue;
            }
            if (source[i - 1] == O || d.Tokens[i - 1].Text is not [>= 'A' and <= 'Z', ..] || People.Titles.Contains(d.Tokens[i - 1].Text)) continue;
            // (A headline's "Trump May Not Have Suggested" is the modal.)
            if (d.Tokens[i + 1].IsCapitalized) continue;
            if (cue[i] == B && cue[i + 1] == I) (source[i], cue[i], cue[i + 1]) = (I, O, B);
            else if (cue[i] == O && source[i] == O && cue[i + 1] == B) source[i] = I;
        }
    }

    /// <summary>
    /// "… said investigators believe the shooting was targeted but that the victim, Arjun Sandhu, was not the intended target": a name
    /// set off by commas inside the words the rules read through is the words', not a source the tagger ends them at.
    /// </summary>
    static void NameSetOffInWords(AttributionTagger.Doc d, byte[][] tags)
    {
        const byte O = AttributionTagger.O, B = AttributionTagger.B, I = AttributionTagger.I;
        byte[] content = tags[AttributionTagger.ContentRole], source = tags[AttributionTagger.SourceRole], cue = tags[AttributionTagger.CueRole];
        for (var i = 1; i + 4 < d.Tokens.Length; i++)
        {
            // i: the comma after the words' last token; then a capitalised name the tagger marked a source, a comma, and more words.
            if (content[i - 1] == O || content[i] != O || d.Tokens[i].Text != "," || (d.Rule[i - 1] & 4) == 0 || source[i + 1] != B) continue;
            var close = i + 1;
            while (close < d.Tokens.Length && close - i <= 4 && d.Tokens[close].IsCapitalized) close++;
            if (close == i + 1 || close - i > 4 || close + 1 >= d.Tokens.Length || d.Tokens[close].Text != "," || d.SentenceOf[close + 1] != d.SentenceOf[i]
                || (d.Rule[close + 1] & 4) == 0 || cue[close + 1] != O || !d.Tokens[close + 1].IsWord || d.Tokens[close + 1].IsCapitalized) continue;
            var end = close + 1;
            while (end + 1 < d.Tokens.Length && (d.Rule[end + 1] & 4) != 0 && d.SentenceOf[end + 1] == d.SentenceOf[i] && cue[end + 1] == O && source[end + 1] == O) end++;
            for (var k = i; k <= end; k++) { content[k] = I; source[k] = O; }
        }
        // "… says the mine's operator, Victoria Gold, | ignored | warning signs": the verb after a name set off inside the words, which
        // the rules read as the words' own (no cue of theirs), goes on with them.
        for (var c = 4; c + 1 < d.Tokens.Length; c++)
        {
            if (cue[c] != B || cue[c + 1] == I || (d.Rule[c] & 6) != 4 || Said.Contains(d.Tokens[c].Lower) || d.Tokens[c - 1].Text != "," || content[c - 1] != O
                || source[c - 1] != O || (d.Rule[c - 1] & 4) == 0 || content[c - 2] != I || !d.Tokens[c - 2].IsCapitalized) continue;
            var name = c - 2;
            while (name > 0 && c - 2 - name < 4 && content[name] == I && d.Tokens[name].IsCapitalized) name--;
            if (d.Tokens[name].Text != "," || content[name] != I || c - 2 - name < 1) continue;
            var end = c;
            while (end + 1 < d.Tokens.Length && (d.Rule[end + 1] & 4) != 0 && d.SentenceOf[end + 1] == d.SentenceOf[c] && cue[end + 1] == O && source[end + 1] == O) end++;
            cue[c] = O;
            for (var k = c - 1; k <= end; k++) content[k] = I;
        }
    }

    /// <summary>"told reporters on Parliament Hill he was …", "told reporters in Ottawa that …": where the remark was told is not the
    /// first words of it.</summary>
    static void PlaceToldAt(AttributionTagger.Doc d, byte[][] tags)
    {
        const byte O = AttributionTagger.O, B = AttributionTagger.B, I = AttributionTagger.I;
        var content = tags[AttributionTagger.ContentRole];
        for (var i = 3; i + 1 < d.Tokens.Length; i++)
        {
            if (content[i] != B || !d.Tokens[i].IsCapitalized || d.Tokens[i - 1].Lower is not ("on" or "in" or "at")
                || d.Tokens[i - 2].Lower is not ("reporters" or "journalists") || d.Tokens[i - 3].Lower is not ("told" or "tells")) continue;
            var k = i;
            while (k + 1 < d.Tokens.Length && k - i < 4 && content[k + 1] == I && d.Tokens[k + 1].IsCapitalized && d.SentenceOf[k + 1] == d.SentenceOf[i]) k++;
            if (k + 1 >= d.Tokens.Length || content[k + 1] != I || !d.Tokens[k + 1].IsWord || d.Tokens[k + 1].IsCapitalized && d.Tokens[k + 1].Text is not "I") continue;
            for (var m = i; m <= k; m++) content[m] = O;
            content[k + 1] = B;
        }
        // "said in a news | release it was “alarmed” …": words the tagger opened inside the channel they came by open after it.
        for (var i = 2; i + 1 < d.Tokens.Length; i++)
        {
            if (content[i] != B || content[i + 1] != I || d.Tokens[i].Lower is not ("release" or "statement" or "interview" or "email" or "e-mail" or "letter" or "post" or "video" or "conference" or "briefing")) continue;
            var k = i - 1;
            while (k > 0 && i - k <= 3 && d.Tokens[k].Lower is not ("in" or "during")) k--;
            if (k <= 0 || d.Tokens[k].Lower is not ("in" or "during") || d.Tokens[k + 1].Lower is not ("a" or "an" or "the" or "his" or "her" or "its" or "their")) continue;
            (content[i], content[i + 1]) = (O, B);
        }
        // "a move Police Chief Warren | Driechel warned | could mean fewer officers": words the tagger opened on the source's last word
        // and ran over the cue open after the cue.
        for (var i = 1; i + 2 < d.Tokens.Length; i++)
        {
            if (content[i] != B || tags[AttributionTagger.SourceRole][i] == O || tags[AttributionTagger.SourceRole][i - 1] == O) continue;
            var j = i + 1;
            while (j < d.Tokens.Length && content[j] == I && (tags[AttributionTagger.SourceRole][j] != O || tags[AttributionTagger.CueRole][j] != O)) j++;
            if (j >= d.Tokens.Length || j == i + 1 && tags[AttributionTagger.CueRole][i + 1] == O || content[j] != I || tags[AttributionTagger.CueRole][j - 1] == O) continue;
            for (var k = i; k < j; k++) content[k] = O;
            content[j] = B;
        }
        // "responded to … calls | that night |": a "that" of when the tagger read as opening words opens none.
        for (var i = 1; i + 1 < d.Tokens.Length; i++)
            if (content[i] == B && d.Tokens[i].Lower == "that" && d.Tokens[i + 1].Lower is "night" or "day" or "morning" or "evening" or "afternoon" or "week" or "weekend" or "month" or "year" or "time"
                && (i + 2 >= d.Tokens.Length || content[i + 2] != I))
                (content[i], content[i + 1]) = (O, O);
        // "telling reporters | at city hall it was “the right call …”": where they were told is not the words, which open at the
        // clause's own subject.
        for (var i = 2; i + 2 < d.Tokens.Length; i++)
        {
            if (content[i] != B || d.Tokens[i].Lower is not ("at" or "in" or "outside") || d.Tokens[i - 1].Lower is not ("reporters" or "journalists" or "media")
                || d.Tokens[i - 2].Lower is not ("told" or "tells" or "telling")) continue;
            var k = i + 1;
            while (k < d.Tokens.Length && k - i <= 5 && content[k] == I && d.Tokens[k].IsWord && !Refine.Finite(d.Tokens[k].Lower)
                   && d.Tokens[k].Lower is not ("it" or "he" or "she" or "they" or "we" or "i" or "that" or "there" or "his" or "her" or "their")) k++;
            if (k == i + 1 || k >= d.Tokens.Length || content[k] != I || d.Tokens[k].Lower is not ("it" or "he" or "she" or "they" or "we" or "i" or "that" or "there" or "his" or "her" or "their")) continue;
            for (var m = i; m < k; m++) content[m] = O;
            content[k] = B;
        }
    }

    /// <summary>"The central bank also signalled | it | expects to cut rates …": a pronoun between two cues, which the tagger leaves
    /// untagged, is the source of the second (and stands for the subject of the first).</summary>
    static void PronounBetweenCues(AttributionTagger.Doc d, byte[][] tags)
    {
        var (cue, source) = (tags[AttributionTagger.CueRole], tags[AttributionTagger.SourceRole]);
        for (var j = 2; j < d.Tokens.Length; j++)
            if (cue[j] == AttributionTagger.B && cue[j - 1] == AttributionTagger.O && cue[j - 2] != AttributionTagger.O && source[j - 1] == AttributionTagger.O
                && d.Tokens[j - 1].Lower is "it" or "he" or "she" or "they" && d.SentenceOf[j - 1] == d.SentenceOf[j] && !d.InQuote[j - 1])
                source[j - 1] = AttributionTagger.B;
    }

    /// <summary>", alleging | chronic understaffing …": a participle the tagger reads as both the cue and the first of the words is the
    /// cue; the words open after it.</summary>
    static void CueOpeningWords(AttributionTagger.Doc d, byte[][] tags)
    {
        var (cue, content) = (tags[AttributionTagger.CueRole], tags[AttributionTagger.ContentRole]);
        for (var i = 0; i + 1 < d.Tokens.Length; i++)
            if (cue[i] == AttributionTagger.B && content[i] == AttributionTagger.B && content[i + 1] == AttributionTagger.I && cue[i + 1] == AttributionTagger.O
                && d.Tokens[i].Lower is "alleging" or "saying" or "claiming" or "arguing" or "warning" or "noting" or "insisting" or "adding" or "stating"
                    or "suggesting" or "contending" or "asserting" or "maintaining" or "accusing" or "charging" or "complaining" && d.Tokens[i + 1].IsWord
                // ("wrote in a note to | clients | that the bar …": the last word of a cue the tagger also opened the words with, where
                // "that" follows.)
                || cue[i] == AttributionTagger.I && content[i] == AttributionTagger.B && content[i + 1] == AttributionTagger.I && cue[i + 1] == AttributionTagger.O && d.Tokens[i + 1].Lower == "that"
                   && i > 0 && (d.Tokens[i - 1].Lower == "to" || Lexicon.Audiences.Contains(d.Tokens[i].Lower)))
                (content[i], content[i + 1]) = (AttributionTagger.O, AttributionTagger.B);
        // ("citing | concerns about | public drug use": a participle's cue the tagger ran on into the words it also opened there ends
        // where they open.)
        for (var i = 0; i + 1 < d.Tokens.Length; i++)
            if (cue[i] == AttributionTagger.B && content[i] == AttributionTagger.O && cue[i + 1] == AttributionTagger.I && content[i + 1] == AttributionTagger.B
                && d.Tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal))
                for (var k = i + 1; k < d.Tokens.Length && cue[k] == AttributionTagger.I; k++) cue[k] = AttributionTagger.O;
    }

    /// <summary>"…, saying | Dylan Morrow, 31, | showed | “a complete disregard …”": a finding about someone, right after a participle of
    /// saying whose words the tagger left open, is those words, not a remark of its own (the court's, not Morrow's).</summary>
    static void FindingInsideWords(AttributionTagger.Doc d, byte[][] tags)
    {
        const byte O = AttributionTagger.O, B = AttributionTagger.B, I = AttributionTagger.I;
        var (source, cue, content) = (tags[AttributionTagger.SourceRole], tags[AttributionTagger.CueRole], tags[AttributionTagger.ContentRole]);
        for (var i = 0; i + 3 < d.Tokens.Length; i++)
        {
            // (The tagger may read the name as both a source and the start of the words: "saying | Kyle Brandt | , 24, | showed".)
            if (cue[i] != B || d.Tokens[i].Lower is not ("saying" or "adding" or "noting" or "stating" or "arguing" or "finding" or "ruling") || !d.Tokens[i + 1].IsCapitalized) continue;
            var j = i + 1;
            while (j < d.Tokens.Length && j - i <= 7 && cue[j] == O && (content[j] != B || j == i + 1) && d.SentenceOf[j] == d.SentenceOf[i] && (d.Tokens[j].IsWord || d.Tokens[j].Text == ",")) j++;
            if (j + 1 >= d.Tokens.Length || j == i + 1 || cue[j] != B || content[j + 1] != B || d.SentenceOf[j] != d.SentenceOf[i]
                || !(Findings.Contains(d.Tokens[j].Lower) || d.Tokens[j].Lower is "displayed" or "demonstrated" or "lacked")) continue;
            for (var m = i + 1; m <= j + 1; m++) (source[m], cue[m], content[m]) = (O, O, m == i + 1 ? B : I);
        }
    }

    /// <summary>"British Columbia will end | its … pilot project | three months early, Health Minister Josie Osborne announced Tuesday":
    /// words the tagger read only in part before ", SOURCE CUE" are the whole clause the rules read, from the sentence's start.</summary>
    static void ClauseBeforeSource(AttributionTagger.Doc d, byte[][] tags)
    {
        const byte O = AttributionTagger.O, B = AttributionTagger.B, I = AttributionTagger.I;
        var (source, cue, content) = (tags[AttributionTagger.SourceRole], tags[AttributionTagger.CueRole], tags[AttributionTagger.ContentRole]);
        for (var c = 3; c < d.Tokens.Length; c++)
        {
            if (cue[c] != B || source[c - 1] == O || !Lexicon.VerbCues.Contains(d.Tokens[c].Lower)) continue;
            var s0 = c - 1;
            while (s0 > 0 && source[s0] != B && source[s0 - 1] != O) s0--;
            if (s0 < 2 || d.Tokens[s0 - 1].Text != "," || d.SentenceOf[s0] != d.SentenceOf[c]) continue;
            var e = s0 - 2;
            var b = d.Sentences[d.SentenceOf[c]].Start is var start && PastDateline(d, start) is var past and >= 0 ? past : start;
            while (b < e && d.Tokens[b].Text is "—" or "–" or "--") b++;
            if (b >= e || e - b > 40 || !d.Tokens[e].IsWord || (d.Rule[e] & 4) == 0 || (d.Rule[b] & 4) == 0) continue;
            var tagged = 0;
            var clean = true;
            for (var k = b; k <= e && clean; k++)
            {
                if (cue[k] != O || source[k] != O || d.Tokens[k].IsOpenQuote || d.Tokens[k].IsCloseQuote || d.InQuote[k]) clean = false;
                if (content[k] != O) tagged++;
            }
            if (!clean || tagged == 0 || tagged == e - b + 1) continue;
            for (var k = b; k <= e; k++) content[k] = k == b ? B : I;
        }
    }

    /// <summary>"has filed a $2-million lawsuit alleging staff | ignored | her bedsores": a participle of saying the tagger left out,
    /// right before a verb it read as the cue, is the cue; the verb and its subject open the words.</summary>
    static void ParticipleBeforeCue(AttributionTagger.Doc d, byte[][] tags)
    {
        const byte O = AttributionTagger.O, B = AttributionTagger.B, I = AttributionTagger.I;
        var (source, cue, content) = (tags[AttributionTagger.SourceRole], tags[AttributionTagger.CueRole], tags[AttributionTagger.ContentRole]);
        for (var p = 1; p + 2 < d.Tokens.Length; p++)
        {
            if (cue[p] != O || content[p] != O || d.Tokens[p].Lower is not ("alleging" or "claiming" or "saying" or "arguing" or "asserting" or "contending" or "stating" or "charging")) continue;
            var v = p + 1;
            while (v < d.Tokens.Length && v - p <= 3 && cue[v] == O && d.Tokens[v].IsWord && d.SentenceOf[v] == d.SentenceOf[p] && !d.InQuote[v]) v++;
            if (v == p + 1 || v >= d.Tokens.Length || cue[v] != B || d.SentenceOf[v] != d.SentenceOf[p] || Lexicon.VerbCues.Contains(d.Tokens[v].Lower) && d.Tokens[v].Lower is "said" or "says" or "told") continue;
            var end = v + 1;
            while (end < d.Tokens.Length && content[end] != O && d.SentenceOf[end] == d.SentenceOf[p]) end++;
            if (end == v + 1) continue;
            cue[p] = B;
            for (var k = v; k < end && cue[k] != O; k++) cue[k] = O;
            for (var k = p + 1; k < end; k++) (source[k], content[k]) = (O, k == p + 1 ? B : I);
        }
    }

    /// <summary>"she said at a news conference Thursday | , surrounded by relatives …": a cue the tagger ran on past a comma into a
    /// participle of what someone did is the words before the comma.</summary>
    static void CueEndsAtComma(AttributionTagger.Doc d, byte[][] tags)
    {
        var cue = tags[AttributionTagger.CueRole];
        for (var i = 1; i + 1 < d.Tokens.Length; i++)
        {
            if (cue[i] != AttributionTagger.I || d.Tokens[i].Text != "," || d.Tokens[i + 1].Lower is var next && !(next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith("ing", StringComparison.Ordinal))
                || Lexicon.VerbCues.Contains(next) || next is "according") continue;
            for (var k = i; k < d.Tokens.Length && cue[k] == AttributionTagger.I; k++) cue[k] = AttributionTagger.O;
        }
    }

    /// <summary>"a move critics | say | raises questions about …": where the tagger goes on with the cue over the words it opens, the cue
    /// ends where the words begin.</summary>
    static void CueOverWords(AttributionTagger.Doc d, byte[][] tags)
    {
        var cue = tags[AttributionTagger.CueRole];
        var words = tags[AttributionTagger.ContentRole];
        for (var i = 1; i < d.Tokens.Length; i++)
        {
            // (Only a verb after a verb of saying, the words' own: "say | raises questions", "said | will …".)
            if (cue[i] != AttributionTagger.I || words[i] != AttributionTagger.B || d.Tokens[i - 1].Lower is not ("say" or "says" or "said")
                || !(Refine.Finite(d.Tokens[i].Lower) || d.Tokens[i].Lower is var verb && verb.Length > 4 && verb.EndsWith("es", StringComparison.Ordinal) && !Lexicon.NpStop.Contains(verb))) continue;
            for (var k = i; k < d.Tokens.Length && cue[k] == AttributionTagger.I; k++) cue[k] = AttributionTagger.O;
        }
    }

    /// <summary>"said in a video posted | to social media Sunday that the community was …": where and when the video was posted are not
    /// the words, which open at the "that" the rules read them from.</summary>
    static void PostedWhere(AttributionTagger.Doc d, byte[][] tags)
    {
        const byte O = AttributionTagger.O, B = AttributionTagger.B;
        var content = tags[AttributionTagger.ContentRole];
        for (var i = 1; i + 1 < d.Tokens.Length; i++)
        {
            if (content[i] != B || d.Tokens[i - 1].Lower is not ("posted" or "shared" or "published" or "uploaded") || d.Tokens[i].Lower is not ("to" or "on")) continue;
            var that = i + 1;
            while (that < d.Tokens.Length && that - i <= 6 && d.Tokens[that].Lower != "that" && d.Tokens[that].IsWord && d.SentenceOf[that] == d.SentenceOf[i]) that++;
            if (that >= d.Tokens.Length || d.Tokens[that].Lower != "that" || (d.Rule[that] & 4) == 0 || (d.Rule[that - 1] & 4) != 0) continue;
            for (var m = i; m < that; m++) content[m] = O;
            content[that] = B;
        }
    }

    /// <summary>", Gurpreet Gill, | told": where a name of one to four capitalised words set off by commas right before the cue
    /// starts; -1 if there is none.</summary>
    static int NameSetOffBefore(AttributionTagger.Doc d, int cue)
    {
        if (cue < 3 || d.Tokens[cue - 1].Text != ",") return -1;
        var k = cue - 2;
        while (k > 0 && cue - 2 - k < 4 && d.Tokens[k].IsCapitalized) k--;
        var name = k + 1;
        // ("The man who was arrested, 28-year-old Jamal Ward, told CBC News": an age before the name.)
        if (k > 3 && name < cue - 1 && d.Tokens[k].Lower == "year-old" && d.Tokens[k - 1].Text == "-" && char.IsDigit(d.Tokens[k - 2].Text[0])) k -= 3;
        return name < cue - 1 && d.Tokens[k].Text == "," ? name : -1;
    }

    static List<Span> Spans(AttributionTagger.Doc d, byte[] labels) =>
        AttributionTagger.Spans(labels).Select(s => new Span(s.First, s.Last, d.SentenceOf[s.First])).ToList();

    /// <summary>A content that begins with where the words were said ("told reporters at | Queen's Park that …") begins at
    /// "that": a place named after at/in/on/outside is not part of the remark.</summary>
    static Span PastPlace(AttributionTagger.Doc d, Span c)
    {
        var i = c.First;
        // "told the | court her client …": whom it was told to is not the remark either.
        if (i >= 2 && c.Last > i && d.Tokens[i - 1].Lower == "the" && d.Tokens[i - 2].Lower is "told" or "tells" or "tell" && Lexicon.Audiences.Contains(d.Tokens[i].Text))
            return c with { First = i + 1 };
        if (d.Tokens[i].Lower is "at" or "in" or "on" or "outside") i++;
        else if (i == 0 || d.Tokens[i - 1].Lower is not ("at" or "in" or "on" or "outside")) return c;
        for (var k = i; k <= c.Last && k < i + 6; k++)
        {
            var t = d.Tokens[k];
            if (t.Lower == "that") return k == i || k == c.Last ? c : c with { First = k };
            // "at Queen's Park", "outside the courthouse", "in the legislature"
            if (!t.IsWord && t.Lower is not ("'s" or "’s" or "'" or "’" or "s" or "." or "-") || Lexicon.VerbCues.Contains(t.Lower)) return c;
        }
        return c;
    }

    /// <summary>A source without the punctuation at its edges ("a Boston-based research group," ends at "group") or a dateline before it.</summary>
    static Span Trim(AttributionTagger.Doc d, Span s)
    {
        int f = PastDateline(d, s.First) is var k && k >= 0 && k <= s.Last ? k : s.First, l = s.Last;
        // "SURREY, B.C. | — Parents at …": a source begun inside its sentence's dateline starts after it.
        if (f == s.First && d.Sentences[s.Sentence].Start is var opens && opens < f && f - opens <= 8 && PastDateline(d, opens) is var past && past > f && past <= l) f = past;
        while (f < l && !d.Tokens[f].IsWord) f++;
        while (l > f && !d.Tokens[l].IsWord) l--;
        // "the Belarusian | strongman": a description cut after its article and adjective is the whole description, which
        // names the person described ("strongman" alone is nobody).
        if (f == l && d.Tokens[f].IsWord && !d.Tokens[f].IsCapitalized && !Lexicon.Pronouns.Contains(d.Tokens[f].Lower) && f > 0
            && d.SentenceOf[f - 1] == s.Sentence)
        {
            static bool Article(string w) => w is "the" or "a" or "an";
            if (Article(d.Tokens[f - 1].Lower)) f--;
            else if (f > 1 && d.SentenceOf[f - 2] == s.Sentence && d.Tokens[f - 1].IsWord && d.Tokens[f - 1].IsCapitalized && Article(d.Tokens[f - 2].Lower)) f -= 2;
        }
        // "…, but cycling | advocates say": a word of what a group of commenters is about, after a conjunction, is part of who they are.
        if (f == l && f >= 2 && d.Tokens[f].IsWord && !d.Tokens[f].IsCapitalized && d.Tokens[f].Lower.EndsWith('s') && d.SentenceOf[f - 2] == s.Sentence
            && d.Tokens[f - 1] is { IsWord: true, IsCapitalized: false } modifier && !People.IsFunctionWord(modifier.Lower) && !Refine.Finite(modifier.Lower)
            && !Lexicon.VerbCues.Contains(modifier.Lower) && !modifier.Lower.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.Pronouns.Contains(modifier.Lower)
            && modifier.Lower is not ("where" or "when" or "who" or "which" or "that" or "as" or "if" or "the" or "a" or "an" or "some" or "many" or "most" or "other" or "all" or "both" or "these" or "those")
            && d.Tokens[f - 2].Lower is "but" or "and" or "while" or "though" or "whereas")
            f--;
        // "Quebec's | housing tribunal has ordered …": a place's possessive alone is cut short of the body or officer it owns.
        if (f == l && d.Tokens[f].IsCapitalized && (d.Tokens[f].Lower.EndsWith("'s", StringComparison.Ordinal) || d.Tokens[f].Lower.EndsWith("’s", StringComparison.Ordinal)))
            for (var v = l + 1; v < d.Sentences[s.Sentence].End && v - l <= 3 && d.Tokens[v] is { IsWord: true, IsCapitalized: false } noun
                 && !People.IsFunctionWord(noun.Lower) && !Refine.Finite(noun.Lower) && !Lexicon.VerbCues.Contains(noun.Lower); v++)
                if (Speakers.IsBodyNoun(noun.Lower) || People.IsRoleNoun(noun.Lower) || Lexicon.PersonNouns.Contains(noun.Lower))
                {
                    l = v;
                    break;
                }
        // "The Ontario Medical Association (OMA)": a parenthesis opened inside the source closes inside it.
        if (l + 1 < d.Tokens.Length && d.Tokens[l + 1].Text == ")" && Enumerable.Range(f, l - f + 1).LastOrDefault(k => d.Tokens[k].Text is "(" or ")", -1) is var open && open >= 0 && d.Tokens[open].Text == "(")
            l++;
        // "…, a move | some mayors say punishes cities": the thing the remark is about, set before those who speak of it.
        // (The article may be left outside the span: "a | decision several doctors say". "many tax experts" are all one.)
        var thing = d.Tokens[f].Lower is "a" or "an" or "the" ? f + 1 : f > 0 && d.Tokens[f - 1].Lower is "a" or "an" or "the" ? f : -1;
        for (var v = thing; v >= 0 && v < l && v - f <= 2 && d.Tokens[v].IsWord && char.IsLower(d.Tokens[v].Text[0]) && !Lexicon.OpensCommenters(d.Tokens[v].Lower); v++)
            // ("a move | the Canadian industry says would cost …": a body after the thing, with no verb of its own.)
            if (Lexicon.OpensCommenters(d.Tokens[v + 1].Lower)
                || d.Tokens[v + 1].Lower == "the" && v + 2 <= l && v == thing && Enumerable.Range(v + 2, l - v - 1).All(x => d.Tokens[x].IsWord
                    && !d.Tokens[x].Lower.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.VerbCues.Contains(d.Tokens[x].Lower) && !Refine.Finite(d.Tokens[x].Lower)))
            {
                f = v + 1;
                break;
            }
        // "Hundreds of nurses | rallied outside the legislature, calling on …": who acted, not where they went.
        for (var v = f + 1; v < l; v++)
            if (Gathered.Contains(d.Tokens[v].Text) && Motion.Contains(d.Tokens[v + 1].Text) && d.Tokens[v - 1].IsWord)
            {
                l = v - 1;
                break;
            }
        // "Thousands | of nurses walked off the job, saying …": a crowd is counted of someone.
        if (Counted.Contains(d.Tokens[l].Lower) && l + 2 < d.Sentences[s.Sentence].End && d.Tokens[l + 1].Text == "of")
        {
            var c = l + 2;
            var end = d.Sentences[s.Sentence].End;
            while (c < end && c - l <= 6 && d.Tokens[c].IsWord && !Lexicon.VerbCues.Contains(d.Tokens[c].Lower) && !Gathered.Contains(d.Tokens[c].Text)
                   && d.Tokens[c].Lower is not ("who" or "that" or "which" or "and" or "have" or "has" or "had" or "were" or "are" or "will" or "would")
                   && !(char.IsLower(d.Tokens[c].Text[0]) && (d.Tokens[c].Text.EndsWith("ed", StringComparison.Ordinal) || d.Tokens[c].Text.EndsWith("ing", StringComparison.Ordinal))))
                c++;
            if (c > l + 2) l = c - 1;
        }
        return s with { First = Kin(d, WholeName(d, f, d.Sentences[s.Sentence].Start), d.Sentences[s.Sentence].Start), Last = l };
    }

    /// <summary>"The family of | a woman who died in custody", "Lawyers for | the province": those who speak for someone, whom the
    /// tagger left out; where the source starts with them.</summary>
    static int Kin(AttributionTagger.Doc d, int first, int sentenceStart)
    {
        var of = first - 1;
        while (of > sentenceStart && first - of <= 5 && (d.Tokens[of].IsWord || d.Tokens[of].Text == "-") && d.Tokens[of].Text is not ("of" or "for") && !d.Tokens[of].IsCapitalized) of--; // "of | a 29-year-old | woman"
        if (of - 1 < sentenceStart || d.Tokens[of].Text is not ("of" or "for")) return first;
        var head = d.Tokens[of - 1].Lower;
        if (!Lexicon.SpeakForOthers.Contains(head)) return first;
        var k = of - 1;
        if (k - 1 >= sentenceStart && d.Tokens[k - 1].Lower is "the" or "a" or "an" or "his" or "her" or "their") k--;
        return k;
    }

    /// <summary>
    /// The words before an aside naming a channel (", in an interview with CBC News," / ", in a letter to the minister,")
    /// that closes right before the cue, when the source lies in those words or in the aside or was not found; null otherwise.
    /// </summary>
    static Span? SpeakerBeforeAside(AttributionTagger.Doc d, Span? found, Span cue)
    {
        if (found is { } f && (f.Sentence != cue.Sentence || f.Last >= cue.First)) return null;
        var (start, _) = d.Sentences[cue.Sentence];
        // The aside's closing comma: the last token before the cue, or before words like "has" between it and the cue.
        var close = cue.First - 1;
        if (close <= start + 2) return null;
        while (close > start && d.Tokens[close].IsWord && Lexicon.Between.Contains(d.Tokens[close].Lower)) close--;
        if (d.Tokens[close].Text != ",") return null;
        // Its opening: ", in|during a|an|the|his|her|their|its … CHANNEL-NOUN …" with no comma inside.
        var channel = false;
        for (var k = close - 1; k > start + 1; k--)
        {
            var t = d.Tokens[k];
            if (t.Text == ",") return null;
            channel |= Lexicon.ChannelNouns.Contains(t.Lower);
            if (t.Lower is not ("in" or "during") || d.Tokens[k - 1].Text != ",") continue;
            if (!channel || d.Tokens[k + 1].Lower is not ("a" or "an" or "the" or "his" or "her" or "their" or "its")) return null;
            // Who: the words between the comma before the aside and the comma or sentence start before them.
            var last = k - 2;
            var first = last;
            while (first - 1 >= start && d.Tokens[first - 1].Text != "," && last - first < 10) first--;
            first = PastDateline(d, start) is var past and >= 0 && past > first && past <= last ? past : first;
            if (!d.Tokens[first].IsWord || last < first || found is { } source && (source.Last < first || source.First > close)) return null;
            return new Span(first, last, cue.Sentence);
        }
        return null;
    }

    /// <summary>"The parents of a teenager (who …) | are calling for": a sentence that opens with those who speak for someone,
    /// up to the noun they speak for (before "who", "that", a comma or the cue); else null.</summary>
    static Span? KinSubject(AttributionTagger.Doc d, Span cue)
    {
        var (start, _) = d.Sentences[cue.Sentence];
        var i = PastDateline(d, start) is var past and >= 0 ? past : start;
        if (i < cue.First && d.Tokens[i].Lower is "the" or "a" or "his" or "her" or "their") i++;
        // ("The former girlfriend of a man accused of …".)
        if (i + 1 < cue.First && d.Tokens[i].Lower is "former" or "estranged" or "longtime" or "late") i++;
        if (i + 2 >= cue.First || !Lexicon.SpeakForOthers.Contains(d.Tokens[i].Lower) || d.Tokens[i + 1].Lower is not ("of" or "for")) return null;
        var last = i + 2;
        // ("The family of a 16-year-old girl": the age's hyphen inside.)
        bool Word(int k) => d.Tokens[k].IsWord || d.Tokens[k].Text == "-" && d.Tokens[k - 1].End == d.Tokens[k].Start;
        // ("a man accused of killing a student": a participle describing the one spoken for is no cue.)
        bool Cue(int k) => Lexicon.VerbCues.Contains(d.Tokens[k].Lower) && !(d.Tokens[k].Lower is "accused" or "charged" or "convicted" or "suspected" && k + 1 < cue.First
                                                                               && d.Tokens[k + 1].Lower is "of" or "with" or "in");
        while (last + 1 < cue.First && last - i < 8 && Word(last + 1) && d.Tokens[last + 1].Lower is not ("who" or "that" or "which" or "whose" or "whom" or "and" or "when" or "where" or "after" or "while")
               && !Cue(last + 1)) last++;
        // "The family of a Winnipeg man killed by an impaired driver says": words that run on to the cue with no clause or stop
        // between are all of who speaks (the driver does not).
        var end = cue.First - 1;
        while (end > last && Lexicon.Between.Contains(d.Tokens[end].Lower)) end--;
        if (end > last && end - i <= 16 && Enumerable.Range(last + 1, end - last).All(k => Word(k)
                && d.Tokens[k].Lower is not ("who" or "that" or "which" or "whose" or "whom" or "and" or "when" or "where" or "while") && !Cue(k)))
            last = end;
        var first = i > start && d.Tokens[i - 1].Lower is "former" or "estranged" or "longtime" or "late" ? i - 1 : i;
        first = first > start && d.Tokens[first - 1].Lower is "the" or "a" or "his" or "her" or "their" ? first - 1 : first;
        return new Span(first, last, cue.Sentence);
    }

    /// <summary>
    /// "Tenants of a 40-unit apartment building in Vancouver's West End say …": a sentence that opens with people (a plural noun
    /// of those who can speak) and where they are from, running up to the cue with no verb or comma between; that whole phrase,
    /// or null. The place is where they are, not who speaks.
    /// </summary>
    static Span? GroupSubject(AttributionTagger.Doc d, Span cue)
    {
        var (start, _) = d.Sentences[cue.Sentence];
        var i = PastDateline(d, start) is var past and >= 0 ? past : start;
        // ("Small businesses that depend on the mail said …": a word before the group, and a clause of what they do after it.)
        var h = i + 1 < cue.First && d.Tokens[i].Text is "Small" or "Local" or "Many" or "Some" or "Other" or "Rural" or "Independent" && d.Tokens[i + 1].IsWord && !d.Tokens[i + 1].IsCapitalized ? i + 1 : i;
        var relative = h + 2 < cue.First && d.Tokens[h + 1].Lower is "who" or "that" && d.Tokens[h + 2].IsWord && !d.Tokens[h + 2].IsCapitalized && !Lexicon.VerbCues.Contains(d.Tokens[h + 2].Lower)
            // ("People living near a CN rail yard in west Edmonton say …": a participle of where they are does what "who" does.)
            || h + 2 < cue.First && d.Tokens[h + 1].Lower is "living" or "working" or "staying" && d.Tokens[h + 2].Lower is "near" or "in" or "at" or "on" or "along" or "beside" or "around";
        if (h + 3 >= cue.First || cue.First - i > 14 || !relative && d.Tokens[h + 1].Lower is not ("of" or "at" or "in" or "from" or "near")) return null;
        var head = d.Tokens[h].Lower;
        if (head.Length < 4 || !(head.EndsWith('s') && (Groups.Contains(head) || People.IsRoleNoun(head[..^1])) || head is "people")) return null;
        var last = cue.First - 1;
        while (last > i && Lexicon.Between.Contains(d.Tokens[last].Lower)) last--;
        for (var k = h + (relative ? 3 : 2); k <= last; k++)
            // ("Parents in the Pembina Trails School Division are scrambling after the division announced …": a verb of their own, and a
            // clause whose subject the cue is.)
            if (d.Tokens[k].Text is "," or ";" or ":" or "—" or "(" || Lexicon.VerbCues.Contains(d.Tokens[k].Lower) || d.Tokens[k].Lower is "who" or "that" or "which"
                or "are" or "were" or "is" or "was" or "have" or "has" or "had" or "after" or "because" or "when" or "since" or "while" or "until" or "before") return null;
        return new Span(i, last, cue.Sentence);
    }

    internal static readonly HashSet<string> Groups = new(StringComparer.Ordinal)
    {
        "residents", "tenants", "parents", "families", "workers", "employees", "members", "students", "patients", "neighbours", "neighbors",
        "owners", "farmers", "fishermen", "homeowners", "staff", "nurses", "teachers", "doctors", "officials", "leaders", "survivors",
        "businesses", "retailers", "merchants", "restaurants", "drivers", "riders", "commuters", "customers", "landlords", "renters", "growers",
    };

    /// <summary>The source the rules marked right before a cue, from a position on ("Cyclist struck on bridge" after a headline's
    /// quotation), or null.</summary>
    static Span? RuleSourceAfter(AttributionTagger.Doc d, Span cue, int from)
    {
        var j = cue.First - 1;
        if (j < 0 || (d.Rule[j] & 1) == 0 || d.Tokens[j].Start < from) return null;
        var last = j;
        while (j > 0 && (d.Rule[j - 1] & 1) != 0 && d.Tokens[j - 1].Start >= from) j--;
        return new Span(j, last, cue.Sentence);
    }

    /// <summary>
    /// The source the rules read right before a cue ("union" of "… union has long warned"), with a run of plain words opening the
    /// sentence before it ("The ferry workers' union"); null where the rules read none there.
    /// </summary>
    static Span? RulesSubject(AttributionTagger.Doc d, Span cue)
    {
        var (start, _) = d.Sentences[cue.Sentence];
        var j = cue.First - 1;
        while (j >= start && cue.First - j <= 3 && (d.Rule[j] & 1) == 0 && BeforeCue.Contains(d.Tokens[j].Lower)) j--;
        // "It was widely reported that …": no one.
        if (j < start || (d.Rule[j] & 1) == 0 || Lexicon.Pronouns.Contains(d.Tokens[j].Lower) || d.Tokens[j].Lower is "it" or "this" or "that" or "there" or "which" or "who") return null;
        var last = j;
        while (j > start && (d.Rule[j - 1] & 1) != 0) j--;
        var opening = PastDateline(d, start) is var past and >= 0 ? past : start;
        if (j > opening && j - opening <= 6 && d.Tokens[opening].Lower is "the" or "a" or "an" or "its" or "their"
            && Enumerable.Range(opening + 1, j - opening - 1).All(k => d.Tokens[k].IsWord && !d.Tokens[k].IsCapitalized && !Lexicon.VerbCues.Contains(d.Tokens[k].Lower)
                || d.Tokens[k].Text is "'" or "’" && d.Tokens[k - 1].Lower.EndsWith('s')))
            j = opening;
        // Only the subject that opens the sentence, and only one that can speak: a person's or a body's noun ("union", "nurses"),
        // or a name of two capitalised words or more ("The Port Authority"), not "Nothing" or "Now".
        if (j != opening) return null;
        var head = d.Tokens[last].Lower;
        var named = last > j && Enumerable.Range(j, last - j + 1).All(k => d.Tokens[k].IsCapitalized || d.Tokens[k].Lower is "of" or "and" or "'s" or "’s");
        if (!named && !People.IsRoleNoun(head) && !Speakers.IsOrganisationNoun(head) && !Bodies.Contains(head) && !Lexicon.SpeakForOthers.Contains(head) && head is not ("union" or "unions" or "couple")) return null;
        return new Span(j, last, cue.Sentence);
    }

    /// <summary>A court filing opening the cue's sentence, an article and a few lower-case words before its noun, and at most when and
    /// where it was filed between it and the cue ("A proposed class-action lawsuit | filed Thursday | accuses"); else null.</summary>
    static Span? FilingOpens(AttributionTagger.Doc d, Span cue)
    {
        var k = PastDateline(d, d.Sentences[cue.Sentence].Start) is var past and >= 0 ? past : d.Sentences[cue.Sentence].Start;
        if (k >= cue.First || d.Tokens[k].Lower is not ("a" or "an" or "the")) return null;
        var noun = k + 1;
        while (noun < cue.First && noun - k <= 4 && d.Tokens[noun].IsWord && !d.Tokens[noun].IsCapitalized && d.Tokens[noun].Lower is not ("lawsuit" or "suit" or "complaint" or "petition")) noun++;
        if (noun >= cue.First || d.Tokens[noun].Lower is not ("lawsuit" or "suit" or "complaint" or "petition")) return null;
        if (noun + 1 < cue.First && (d.Tokens[noun + 1].Lower is not "filed" || cue.First - noun > 8 || Enumerable.Range(noun + 1, cue.First - noun - 1).Any(i => !d.Tokens[i].IsWord))) return null;
        return new Span(k, noun, cue.Sentence);
    }

    [GeneratedRegex(@"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, who ")]
    private static partial Regex NameThenWho();

    /// <summary>The tokens a span of text covers, in the cue's sentence, or null where it covers none.</summary>
    static Span? TokensOf(AttributionTagger.Doc d, TextSpan span, int sentence) =>
        AttributionTagger.Doc.LowerBound(d.Tokens, span.Start) is var first && AttributionTagger.Doc.LowerBound(d.Tokens, span.End) - 1 is var last && last >= first
            ? new Span(first, last, sentence) : null;

    /// <summary>"union | rejects final offer, says": the one to three words from <paramref name="from"/> before a verb in the present
    /// ("rejects"), in a headline whose cue comes after a comma; null otherwise.</summary>
    static Span? HeadlineSubjectAfter(AttributionTagger.Doc d, int from, Span cue)
    {
        if (cue.First < 2 || d.Tokens[cue.First - 1].Text != ",") return null;
        for (var k = from + 1; k < cue.First - 1 && k - from <= 3; k++)
        {
            var w = d.Tokens[k].Text;
            if (!d.Tokens[k].IsWord) return null;
            if (w.Length > 3 && char.IsLower(w[0]) && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("’s", StringComparison.Ordinal))
                return Enumerable.Range(from, k - from).All(j => d.Tokens[j].IsWord && !People.IsFunctionWord(d.Tokens[j].Text)) ? new Span(from, k - 1, cue.Sentence) : null;
        }
        return null;
    }

    /// <summary>A name of one to three capitalised words right before a cue, after a conjunction of time or cause ("when Harjit |
    /// knew") or a quotation it signs ("“…?” Kent | asked"); else null.</summary>
    static Span? NameRightBefore(AttributionTagger.Doc d, Span cue)
    {
        var (start, _) = d.Sentences[cue.Sentence];
        var j = cue.First;
        while (j > start && cue.First - j < 3 && d.Tokens[j - 1].IsWord && d.Tokens[j - 1].IsCapitalized && !People.IsFunctionWord(d.Tokens[j - 1].Text)
               && !Lexicon.Weekdays.Contains(d.Tokens[j - 1].Text) && !Lexicon.Months.Contains(d.Tokens[j - 1].Text)) j--;
        // ("“Where do we expect them to go?” Kent asked": a name right after the quotation it signs.)
        var signs = j > 1 && d.Tokens[j - 1].Text is "\"" or "”" && d.Tokens[j - 2].Text is "?" or "!" or ",";
        if (j == cue.First || !signs && (j == start || d.Tokens[j - 1].Lower is not ("when" or "after" or "because" or "before" or "until" or "while" or "once"))
            || Enumerable.Range(j, cue.First - j).Any(k => d.Tokens[k].Text.AsSpan().IndexOfAny("'’") >= 0)) return null;
        return new Span(j, cue.First - 1, cue.Sentence);
    }

    /// <summary>
    /// "The statement of claim, filed in Court of King's Bench last week, alleges that …": a subject of a few plain words that
    /// opens the sentence, an aside between commas, then the cue; the subject, where its last word names a document or one who
    /// can speak.
    /// </summary>
    static Span? SubjectBeforeAside(AttributionTagger.Doc d, Span cue)
    {
        var (start, _) = d.Sentences[cue.Sentence];
        var opening = PastDateline(d, start) is var past and >= 0 ? past : start;
        if (cue.First - opening < 5 || d.Tokens[cue.First - 1].Text != ",") return null;
        // "Okafor, who was named an all-star last season, told reporters …": a name and its relative clause; "The Fédération des
        // clubs de motoneigistes du Québec, which maintains most of the trails, said …": an organisation's name and its clause.
        var titled = d.Tokens[opening].Text == "The" && d.Tokens[opening + 1].IsCapitalized;
        var first = titled ? opening + 1 : opening;
        var name = first;
        while (name < cue.First && name - first < (titled ? 10 : 4) && d.Tokens[name].IsWord
               && (d.Tokens[name].IsCapitalized && !People.IsFunctionWord(d.Tokens[name].Text)
                   || titled && name > first && (NameJoiners.Contains(d.Tokens[name].Text) || d.Tokens[name - 1].Text is "de" or "des" or "du"))
               // ("The Alberta Teachers' Association, which …": a plural possessive inside the name.)
               || titled && name > first && d.Tokens[name].Text is "'" or "’" && d.Tokens[name - 1].Text.EndsWith('s') && name + 1 < cue.First && d.Tokens[name + 1].IsCapitalized) name++;
        if (name > first && d.Tokens[name - 1].IsCapitalized && name + 1 < cue.First && d.Tokens[name].Text == "," && d.Tokens[name + 1].Lower is "who" or "which"
            && cue.First - name <= 16 && Enumerable.Range(name + 1, cue.First - 1 - name - 1).All(k => d.Tokens[k].Text is not ("," or "." or ";" or ":")))
            return new Span(opening, name - 1, cue.Sentence);
        if (d.Tokens[opening].Lower is not ("the" or "a" or "an" or "its" or "their")) return null;
        var comma = opening + 1;
        while (comma < cue.First - 1 && comma - opening <= 6 && d.Tokens[comma].Text != ",") comma++;
        if (d.Tokens[comma].Text != "," || comma == opening + 1 || cue.First - comma > 16) return null;
        // ("claim" of "statement of claim" is a verb elsewhere.)
        var document = Documents.Contains(d.Tokens[comma - 1].Lower);
        for (var k = opening + 1; k < comma; k++)
            if (!d.Tokens[k].IsWord || d.Tokens[k].IsCapitalized || !document && Lexicon.VerbCues.Contains(d.Tokens[k].Lower)) return null;
        for (var k = comma + 1; k < cue.First - 1; k++)
            if (d.Tokens[k].Text is "," or "." or ";" or ":" or "“" or "”" or "\"") return null;
        var head = d.Tokens[comma - 1].Lower;
        return Documents.Contains(head) || People.IsRoleNoun(head) || Speakers.IsOrganisationNoun(head) || Bodies.Contains(head) ? new Span(opening, comma - 1, cue.Sentence) : null;
    }

    /// <summary>Small words inside an organisation's name ("Institute for the Study of War", "Fédération des clubs de motoneigistes
    /// du Québec"); a French name's lower-case nouns follow "de", "des" or "du".</summary>
    static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "for", "and", "the", "de", "des", "du", "la", "le" };

    static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "statement", "claim", "lawsuit", "suit", "complaint", "report", "study", "filing", "ruling", "decision", "judgment", "letter", "petition",
        "motion", "affidavit", "application", "documents", "audit", "review", "survey", "poll", "analysis", "release", "memo", "notice", "video", "footage", "recording", "photo", "data", "figures", "records",
    };

    /// <summary>Words between a subject and its cue: "has long warned", "had repeatedly said".</summary>
    static readonly HashSet<string> BeforeCue = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "long", "also", "repeatedly", "previously", "already", "since", "often", "consistently", "publicly", "recently", "earlier", "again", "still", "now", "been",
    };

    /// <summary>
    /// A sentence opening with a person or an organisation and a relative clause before its cue ("The union that represents
    /// nurses says …", "A woman who lives near the plant said …"): that opening noun phrase, and where its "that" or "who" is.
    /// </summary>
    static (Span Subject, int Relative)? RelativeSubject(AttributionTagger.Doc d, Span cue)
    {
        var (start, _) = d.Sentences[cue.Sentence];
        var i = PastDateline(d, start) is var past and >= 0 ? past : start;
        // ("BANFF, Alta. | — A Red Deer woman who …": a dateline whose region's stop was read as a sentence's end leaves its dash.)
        while (i < cue.First && d.Tokens[i].Text is "—" or "–" or "--") i++;
        // A headline's subject has no article: "Nurse who blew the whistle says she was disciplined".
        // "Paper mill worker who was laid off says …" too: a few lower-case words before the head.
        if (cue.Sentence == 0 && d.Tokens[i].IsCapitalized)
        {
            var w = i + 1;
            while (w < cue.First && w - i <= 3 && d.Tokens[w].IsWord && !d.Tokens[w].IsCapitalized && d.Tokens[w].Lower != "who") w++;
            if (w + 1 < cue.First && d.Tokens[w].Lower == "who" && d.Tokens[w + 1].IsWord && !d.Tokens[w + 1].IsCapitalized
                && (People.IsRoleNoun(d.Tokens[w - 1].Lower) || Speakers.DescribedSex(d.Tokens[w - 1].Lower) is not null))
                return (new Span(i, w - 1, cue.Sentence), w);
        }
        if (i + 3 >= cue.First || d.Tokens[i].Lower is not ("the" or "a" or "an" or "one")) return null;
        // ("One first officer based in Vancouver, who spoke on condition he not be named …, said": a person described with where they
        // are, set off from the cue by a "who" clause between commas.)
        if (d.Tokens[cue.First - 1].Text == "," && Enumerable.Range(i + 1, Math.Min(4, cue.First - i - 1)).FirstOrDefault(k => d.Tokens[k].IsWord && !d.Tokens[k].IsCapitalized
                && (People.IsRoleNoun(d.Tokens[k].Lower) || Speakers.DescribedSex(d.Tokens[k].Lower) is not null)) is var person and > 0)
        {
            var comma = person + 1;
            while (comma < cue.First && comma - i <= 9 && d.Tokens[comma].IsWord && d.Tokens[comma].Lower is not ("who" or "that" or "which")) comma++;
            // (Not where the clause names them: "A woman living at the camp, who gave her name only as Crystal, said".)
            if (comma + 2 < cue.First && d.Tokens[comma].Text == "," && d.Tokens[comma + 1].Lower == "who" && cue.First - comma <= 32
                && !Enumerable.Range(comma + 2, cue.First - comma - 2).Any(k => d.Tokens[k].IsCapitalized)
                && Enumerable.Range(person + 1, comma - person - 1).All(k => !Lexicon.VerbCues.Contains(d.Tokens[k].Lower)))
                return (new Span(i, comma - 1, cue.Sentence), comma + 1);
        }
        // ("The Canadian Union of Public Employees, which represents about 10,000 flight attendants at Air Canada …, said": a body named
        // in full, then what it does set off by commas; nothing named in the clause speaks.)
        var body = i + 1;
        while (body < cue.First && body - i <= 8 && (d.Tokens[body].IsCapitalized && d.Tokens[body].IsWord || d.Tokens[body].Lower is "of" or "for" or "and" or "the")) body++;
        if (body > i + 2 && body + 2 < cue.First && d.Tokens[body].Text == "," && d.Tokens[body + 1].Lower is "which" or "who" or "that" && d.Tokens[cue.First - 1].Text == ","
            && cue.First - body <= 32 && Enumerable.Range(i + 1, body - i - 1).Any(j => Lexicon.NotPerson.Contains(d.Tokens[j].Text) && !Speakers.IsPlaceWord(d.Tokens[j].Text))
            && !Enumerable.Range(body + 2, cue.First - body - 3).Any(j => d.Tokens[j].Text is "." or ";" or ":" || d.Tokens[j].IsOpenQuote))
            return (new Span(i, body - 1, cue.Sentence), body + 1);
        // "The woman, whose identity is protected by a publication ban, told CBC News …": the clause set off by commas describes
        // who speaks; nothing named in it does.
        var described = i + 1;
        while (described < cue.First && described - i <= 3 && d.Tokens[described].IsWord && !d.Tokens[described].IsCapitalized) described++;
        if (described > i + 1 && described + 2 < cue.First && d.Tokens[described].Text == "," && d.Tokens[described + 1].Lower is "whose" or "who"
            && d.Tokens[cue.First - 1].Text == "," && d.Tokens[described - 1].Lower is var noun
            && (People.IsRoleNoun(noun) || Speakers.DescribedSex(noun) is not null || Speakers.IsOrganisationNoun(noun) || Bodies.Contains(noun)))
            return (new Span(i, described - 1, cue.Sentence), described);
        var k = i + 1;
        // "The union representing Ontario's elementary teachers has filed a grievance, arguing …": a participle does what "that" does.
        // ("The RCMP officer who was in charge during the first hours of the 2020 Nova Scotia mass shooting told …": a "who" clause may
        // run as long.)
        // ("A Regina man whose conviction was quashed in the spring says …": "whose" too.)
        while (k < cue.First && k - i <= 4 && d.Tokens[k].IsWord && d.Tokens[k].Lower is not ("that" or "who" or "which" or "whose" or "representing")) k++;
        if (k >= cue.First - 1 || k == i + 1 || d.Tokens[k].Lower is not ("that" or "who" or "which" or "whose" or "representing") || cue.First - k > (d.Tokens[k].Lower is "representing" or "who" ? AndWho(d, k, cue.First) ? 32 : 20 : 14)) return null;
        var head = d.Tokens[k - 1];
        // "The union that represents …", "A nurse who went public about …".
        if (head.IsCapitalized || !(People.IsRoleNoun(head.Lower) || Speakers.DescribedSex(head.Lower) is not null || Speakers.IsOrganisationNoun(head.Lower) || Bodies.Contains(head.Lower))) return null;
        // The clause's verb follows the pronoun ("that represents"); "the union that Kostiuk belongs to" has its own subject.
        if (!d.Tokens[k + 1].IsWord || d.Tokens[k + 1].IsCapitalized && d.Tokens[k].Lower != "representing") return null;
        // "The union representing the dock workers, Portlink, said": the name set off after it is the source.
        if (d.Tokens[k].Lower == "representing")
        {
            if (Enumerable.Range(k + 1, cue.First - k - 2).Any(j => d.Tokens[j].Text == "," && d.Tokens[j + 1].IsCapitalized)) return null;
            // The participle's phrase is part of who speaks ("A union representing flight attendants"), up to the verb.
            var end = k + 1;
            while (end < cue.First && end - k <= 8 && (d.Tokens[end].IsWord || d.Tokens[end].Text is "'s" or "’s" or "'" or "’")
                   && !Lexicon.Between.Contains(d.Tokens[end].Lower) && !Lexicon.VerbCues.Contains(d.Tokens[end].Lower)) end++;
            return (new Span(i, end - 1, cue.Sentence), k);
        }
        return (new Span(i, k - 1, cue.Sentence), k);
    }

    /// <summary>"A man who has been sleeping in a tent …, and who asked that his name not be used, said": a second "who" clause joined to
    /// the first by ", and who", with a comma before the cue.</summary>
    static bool AndWho(AttributionTagger.Doc d, int who, int cue)
    {
        if (d.Tokens[cue - 1].Text != ",") return false;
        for (var j = who + 2; j + 2 < cue; j++)
            if (d.Tokens[j].Text == "," && d.Tokens[j + 1].Lower == "and" && d.Tokens[j + 2].Lower == "who") return true;
        return false;
    }

    /// <summary>The first cue after a content in the content's paragraph, up to six sentences on; null if there is none.</summary>
    static Span? CueLaterInParagraph(AttributionTagger.Doc d, Dictionary<int, List<Span>> cues, Span content)
    {
        var paragraph = d.Paragraph[content.First];
        for (var s = content.Sentence; s <= content.Sentence + 6; s++)
            if (cues.TryGetValue(s, out var list))
                foreach (var cue in list)
                {
                    if (d.Paragraph[cue.First] != paragraph) return null;
                    if (cue.First > content.Last) return cue;
                }
        return null;
    }

    /// <summary>
    /// "… a new hospital in Brampton, a city that has long complained it has too few beds": a name set off by an appositive whose
    /// relative clause holds the cue (a place or a body described, "that" or "which" or "who", a few words of time between); the
    /// name, or null. The place complains, not the sentence's subject.
    /// </summary>
    static Span? NameDescribedThat(AttributionTagger.Doc d, Span cue)
    {
        var (start, _) = d.Sentences[cue.Sentence];
        var j = cue.First - 1;
        while (j > start && cue.First - j <= 3 && BeforeCue.Contains(d.Tokens[j].Lower)) j--;
        if (j - 3 <= start || d.Tokens[j].Lower is not ("that" or "which" or "who")) return null;
        var head = d.Tokens[j - 1].Lower;
        if (!d.Tokens[j - 1].IsWord || d.Tokens[j - 1].IsCapitalized || !(Communities.Contains(head) || Bodies.Contains(head) || Speakers.IsOrganisationNoun(head))) return null;
        var article = j - 2;
        while (article > start && j - article <= 4 && d.Tokens[article].IsWord && !d.Tokens[article].IsCapitalized && d.Tokens[article].Lower is not ("a" or "an" or "the")) article--;
        if (d.Tokens[article].Lower is not ("a" or "an") || article - 2 < start || d.Tokens[article - 1].Text != ",") return null;
        var last = article - 2;
        var first = last;
        while (first > start && d.Tokens[first - 1].IsWord && d.Tokens[first - 1].IsCapitalized && !People.IsFunctionWord(d.Tokens[first - 1].Text)) first--;
        if (!d.Tokens[last].IsCapitalized || People.IsFunctionWord(d.Tokens[first].Text) || last - first > 5) return null;
        return new Span(first, last, cue.Sentence);
    }

    /// <summary>Places that speak as one when set off after their name ("Brampton, a city that has long complained …").</summary>
    static readonly HashSet<string> Communities = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "community", "municipality", "province", "country", "nation", "region", "county", "township", "hamlet", "reserve",
    };

    /// <summary>Bodies that speak as one, besides companies ("the group that organised the rally said").</summary>
    static readonly HashSet<string> Bodies = new(StringComparer.Ordinal)
    {
        "group", "organization", "organisation", "association", "agency", "council", "board", "federation", "coalition", "committee",
        "department", "ministry", "government", "party", "team", "club", "league", "body", "office", "authority", "network", "alliance",
    };

    static readonly HashSet<string> Counted = new(StringComparer.Ordinal) { "thousands", "hundreds", "dozens", "scores", "millions", "tens" };

    /// <summary>What crowds do in a place ("rallied outside", "marched to"): the verb of a sentence, not part of who.</summary>
    static readonly HashSet<string> Gathered = new(StringComparer.Ordinal) { "rallied", "marched", "gathered", "walked", "protested", "demonstrated", "assembled", "converged", "picketed", "massed", "poured", "streamed", "crowded", "flocked", "camped" };

    static readonly HashSet<string> Motion = new(StringComparer.Ordinal) { "outside", "at", "in", "on", "into", "onto", "across", "through", "off", "out", "to", "toward", "towards", "near", "along", "around", "past", "inside", "down", "up" };

    /// <summary>
    /// Where a name the tagger cut after "of" or a plural possessive starts: "The Canadian Alliance of | Students' Associations",
    /// "the Bank of | Canada" and "The Registered Nurses' | Association of Ontario" are one name each; "the head of | Statistics
    /// Canada" is not (a lower-case word before "of").
    /// </summary>
    static int WholeName(AttributionTagger.Doc d, int first, int sentenceStart)
    {
        // ("Dying With Dignity Canada", "Mothers Against Drunk Driving", "Doctors Without Borders": a name in title case keeps its
        // small words capitalised.)
        if (first - 2 < sentenceStart || !d.Tokens[first].IsCapitalized || !d.Tokens[first - 2].IsCapitalized
            || !(d.Tokens[first - 1].Text is "of" or "for" or "With" or "Against" or "Without" || d.Tokens[first - 1].Text is "'" or "’" && d.Tokens[first - 2].Text.EndsWith('s')))
            return first;
        var k = first - 2;
        while (k - 1 >= sentenceStart && (d.Tokens[k - 1].IsCapitalized && d.Tokens[k - 1].IsWord && !(k - 1 == sentenceStart && d.Tokens[k - 1].Text is "But" or "And" or "So" or "Yet")
               || d.Tokens[k - 1].Text is "of" or "and" && k - 2 >= sentenceStart && d.Tokens[k - 2].IsCapitalized
               || d.Tokens[k - 1].Text is "'" or "’" && k - 2 >= sentenceStart && d.Tokens[k - 2].IsCapitalized && d.Tokens[k - 2].Text.EndsWith('s'))) k--;
        if (k - 1 >= sentenceStart && d.Tokens[k - 1].Text is "the") k--;
        return k;
    }

    static Dictionary<int, List<Span>> BySentence(List<Span> spans)
    {
        var map = new Dictionary<int, List<Span>>();
        foreach (var s in spans)
        {
            if (!map.TryGetValue(s.Sentence, out var list)) map[s.Sentence] = list = [];
            list.Add(s);
        }
        return map;
    }

    static bool Conjunction(string text, AttributionTagger.Doc d, int token) => Word(text, d, token) is "and" or "but";

    static ReadOnlySpan<char> Word(string text, AttributionTagger.Doc d, int token) => text.AsSpan(d.Tokens[token].Start, d.Tokens[token].End - d.Tokens[token].Start);

    /// <summary>"The van sped west on Main Street, police said, and struck two parked cars near the bridge.": the remark before the
    /// cue goes on after it, to the sentence's end, where the reporter only broke it to say who spoke.</summary>
    static Span RunOn(string text, AttributionTagger.Doc d, Span cue, Span content)
    {
        if (content.Last >= cue.First || content.Sentence != cue.Sentence || cue.First - content.Last > 6 || Reaches(d, content)) return content;
        ReadOnlySpan<char> W(int i) => text.AsSpan(d.Tokens[i].Start, d.Tokens[i].End - d.Tokens[i].Start);
        var end = d.Sentences[cue.Sentence].End;
        var and = cue.Last + 2;
        if (and + 1 >= end || !W(content.Last + 1).SequenceEqual(",") || !W(cue.Last + 1).SequenceEqual(",") || !(W(and) is "and" or "but")) return content;
        var last = end - 1;
        while (last > and && !d.Tokens[last].IsWord) last--;
        for (var i = and; i <= last; i++)
            if (d.InQuote[i] || (d.Rule[i] & 2) != 0) return content;
        return content with { Last = last };
    }

    static Span Join(Span a, Span b) => new(Math.Min(a.First, b.First), Math.Max(a.Last, b.Last), Math.Min(a.Sentence, b.Sentence));

    /// <summary>A quotation that runs over several sentences is one content: quoted spans with only punctuation between them
    /// join. The reporter's words do not run on into the next sentence ("… would not raise taxes. “We're not going to do
    /// it,” Ford said." is two remarks, and so are two unquoted sentences).</summary>
    static List<Span> MergeAcrossSentences(AttributionTagger.Doc d, List<Span> spans)
    {
        var merged = new List<Span>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && merged[^1] is var p && s.Sentence - d.SentenceOf[p.Last] == 1 && OnlyPunctuation(d, p.Last + 1, s.First)
                && d.Paragraph[p.Last] == d.Paragraph[s.First] && d.InQuote[Trim(d, p).Last] && d.InQuote[Trim(d, s).First])
                merged[^1] = p with { Last = s.Last };
            else merged.Add(s);
        }
        return merged;
    }

    static bool OnlyPunctuation(AttributionTagger.Doc d, int from, int to)
    {
        for (var i = from; i < to; i++) if (d.Tokens[i].IsWord) return false;
        return true;
    }

    /// <summary>The spans of the sentences after <paramref name="reached"/> (the last sentence <see cref="Near"/> reaches) up to
    /// <paramref name="to"/>, included.</summary>
    static IEnumerable<Span> NearAfter(Dictionary<int, List<Span>> spans, int reached, int to)
    {
        for (var s = reached + 1; s <= to; s++)
            if (spans.TryGetValue(s, out var list))
                foreach (var x in list) yield return x;
    }

    static IEnumerable<Span> Near(Dictionary<int, List<Span>> spans, int sentence)
    {
        for (var s = sentence - 1; s <= sentence + 1; s++)
            if (spans.TryGetValue(s, out var list))
                foreach (var x in list) yield return x;
    }

    /// <summary>Whether a content may take its cue from the sentence before or after: only a quotation does ("“…” | he said").</summary>
    static bool Reaches(AttributionTagger.Doc d, Span content) => d.Tokens[content.First].IsOpenQuote || d.Tokens[content.Last].IsCloseQuote
        || d.InQuote[content.First];

    /// <summary>The span nearest <paramref name="to"/> in its sentence, else (when <paramref name="reach"/>) in the sentence before or
    /// after, one in the same paragraph first: a quotation that ends a paragraph ("“This land is ours.”") goes on with the
    /// speaker before it, not with the next paragraph's "Trump said tariffs would rise"; a quotation that is a paragraph
    /// of its own goes on with the paragraph before, as news copy continues a speaker's quotation.</summary>
    static Span? Nearest(AttributionTagger.Doc d, Dictionary<int, List<Span>> spans, Span to, bool reach = true)
    {
        Span? best = null;
        var bestKey = int.MaxValue;
        // A quotation that is a paragraph of its own continues the paragraph before; a later paragraph's cue is not its.
        var own = reach && WholeParagraph(d, to);
        // ("“I do not drive. What am I supposed to do?” Thomas said.": a quotation of several sentences reaches the one after its last.)
        var last = reach ? d.SentenceOf[to.Last] : to.Sentence;
        foreach (var s in last > to.Sentence ? Near(spans, to.Sentence).Concat(NearAfter(spans, to.Sentence + 1, last + 1)) : Near(spans, to.Sentence))
        {
            if (Overlaps(s, to) || (!reach && s.Sentence != to.Sentence)) continue;
            if (own && d.Paragraph[s.First] > d.Paragraph[to.First]) continue;
            var key = Gap(s, to) + (d.Paragraph[s.First] == d.Paragraph[to.First] ? 0 : s.First < to.First ? 4_000 : 5_000);
            // "told a jury Wednesday | that he called her … | and said …": words that open with "that" a few words after a cue are its.
            if (s.Last < to.First && to.First - s.Last <= 6 && d.Tokens[to.First].Lower == "that" && s.Sentence == to.Sentence
                && !Enumerable.Range(s.Last + 1, to.First - s.Last - 1).Any(k => !d.Tokens[k].IsWord)) key = -1;
            if (key < bestKey) { bestKey = key; best = s; }
        }
        return best;
    }

    /// <summary>Whether a span is its paragraph, but for punctuation at either end.</summary>
    static bool WholeParagraph(AttributionTagger.Doc d, Span c)
    {
        var p = d.Paragraph[c.First];
        for (var i = c.First - 1; i >= 0 && d.Paragraph[i] == p; i--) if (d.Tokens[i].IsWord) return false;
        for (var i = c.Last + 1; i < d.Tokens.Length && d.Paragraph[i] == p; i++) if (d.Tokens[i].IsWord) return false;
        return true;
    }

    /// <summary>The source nearest the cue, outside the content and never a dateline: in the cue's sentence, else the sentence
    /// before in the same paragraph (the sentence after is the next remark's, another paragraph another context); the one before
    /// the cue wins a tie.</summary>
    static Span? NearestSource(AttributionTagger.Doc d, Dictionary<int, List<Span>> sources, Span cue, Span content)
    {
        Span? best = null;
        var bestKey = int.MaxValue;
        foreach (var s in Near(sources, cue.Sentence))
        {
            if (Overlaps(s, cue) || (s.First >= content.First && s.Last <= content.Last) || Dateline(d, s) || s.Sentence > cue.Sentence || d.Paragraph[s.Last] != d.Paragraph[cue.First]) continue;
            var key = Math.Abs(s.Sentence - cue.Sentence) * 100_000 + (s.Last < cue.First ? (cue.First - s.Last) * 2 : (s.First - cue.Last) * 2 + 1);
            if (key < bestKey) { bestKey = key; best = s; }
        }
        return best;
    }

    /// <summary>Whether a cue is an aside giving a former name ("formerly Twitter,", "formerly known as Twitter").</summary>
    static bool FormerName(AttributionTagger.Doc d, Span cue) => d.Tokens[cue.First].Lower is "formerly" or "previously";

    /// <summary>A clause's subject by name, with an age set off: "Jessica Whitehawk, 34, ", "Omar Haddad ".</summary>
    /// <summary>People a subject describes by a plural noun and where they are ("Passengers on a flight from Cancún", "Parents at a
    /// Surrey school", "Residents of the building"): the noun then a preposition.</summary>
    static bool PeopleDescribed(string subject) =>
        subject.Split(' ') is [var noun, "on" or "at" or "of" or "from" or "in" or "near", ..] && PeopleInThePlural(noun.ToLowerInvariant());

    /// <summary>A noun of people in the plural, in lower case: "passengers", "riders", "parents", "workers".</summary>
    internal static bool PeopleInThePlural(string lower) =>
        lower.Length > 3 && lower[^1] == 's' && (Groups.Contains(lower) || Refine.HeadlinePeople.Contains(lower) || People.IsRoleNoun(lower[..^1]));

    [GeneratedRegex(@"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s+\d{1,3},)?\s*$")]
    private static partial Regex SubjectNamed();

    /// <summary>Where a remark was made, not what was said: "news conference at", "meeting in".</summary>
    [GeneratedRegex(@"\b(?:conference|meeting|briefing|rally|event|hearing|session|scrum|forum|town hall)\b")]
    private static partial Regex Occasion();

    /// <summary>Whether the rules' words begin a few words before the tagger's ("A 27- | year-old man has been charged …", "In
    /// Moncton, | a man …"): up to four tokens (eight with a relative pronoun), past any dateline, within one sentence.</summary>
    static bool ShortPrefix(string text, AttributionTagger.Doc d, TextSpan rules, TextSpan tagged)
    {
        var from = AttributionTagger.Doc.LowerBound(d.Tokens, WithoutDateline(text, d, rules).Start);
        var to = AttributionTagger.Doc.LowerBound(d.Tokens, tagged.Start);
        // ("Gary Filmon, who led | Manitoba through …, has died at 83": a subject and the relative clause opening on it.)
        return to > from && (to - from <= 4 || to - from <= 8 && Enumerable.Range(from, to - from).Any(i => d.Tokens[i].Lower is "who" or "whose" or "which"))
               && to < d.Tokens.Length && d.SentenceOf[from] == d.SentenceOf[to];
    }

    /// <summary>A dateline ("MONTREAL —", "WASHINGTON (AP) —", "MISSISSAUGA, Ont. —"): capitals opening a paragraph before a dash; where the story was
    /// filed, never who spoke. The index of the first token after the dash, or -1.</summary>
    static int PastDateline(AttributionTagger.Doc d, int first)
    {
        // ("BRAMPTON, Ont. — The family …": the abbreviation's point ended a sentence; this one opens with the dateline's dash.)
        if (first > 0 && first + 1 < d.Tokens.Length && d.Tokens[first].Text is "—" or "–" && d.Tokens[first - 1].Text == "." && d.Paragraph[first - 1] == d.Paragraph[first]) return first + 1;
        if (first > 0 && d.Paragraph[first - 1] == d.Paragraph[first]) return -1;
        var i = first;
        while (i < d.Tokens.Length && i - first < 8 && (d.Tokens[i].Text is "," or "(" or ")" or "." || d.Tokens[i].IsWord && d.Tokens[i].Text.Length >= 2 && !d.Tokens[i].Text.Any(char.IsLower)
               || i > first && d.Tokens[i].IsCapitalized && d.Tokens[i].Text.Length <= 5 && i + 1 < d.Tokens.Length && d.Tokens[i + 1].Text == "." // "MISSISSAUGA, Ont. —"
               || i > first && DatelineRegions.Contains(d.Tokens[i].Text) // "IQALUIT, Nunavut —", "HALIFAX, Nova Scotia —"
               // ("KYIV, Ukraine —", "GAZA CITY, Gaza Strip —": a country or region after a city in capitals.)
               || i > first + 1 && d.Tokens[i].IsCapitalized && d.Tokens[i - 1].Text is "," && !d.Tokens[first].Text.Any(char.IsLower)
               || i > first + 2 && d.Tokens[i].IsCapitalized && d.Tokens[i - 1].IsCapitalized && d.Tokens[i - 2].Text is "," && !d.Tokens[first].Text.Any(char.IsLower))) i++;
        return i > first && i < d.Tokens.Length && d.Tokens[i].Text is "—" or "–" or "--" ? i + 1 : -1;
    }

    /// <summary>Provinces and territories a dateline writes out ("IQALUIT, Nunavut —").</summary>
    static readonly HashSet<string> DatelineRegions = new(StringComparer.Ordinal)
    {
        "Nunavut", "Yukon", "Alberta", "Ontario", "Quebec", "Manitoba", "Saskatchewan", "Nova", "Scotia", "New", "Brunswick", "British", "Columbia",
        "Newfoundland", "and", "Labrador", "Prince", "Edward", "Island", "Northwest", "Territories",
    };

    static bool Dateline(AttributionTagger.Doc d, Span s) => PastDateline(d, s.First) is var k && k > s.Last;

    /// <summary>Tokens between two spans; a sentence boundary between them counts as 10,000.</summary>
    static int Gap(Span a, Span b) => Math.Abs(a.Sentence - b.Sentence) * 10_000 + (a.First > b.Last ? a.First - b.Last : b.First - a.Last);

    static bool Overlaps(Span a, Span b) => a.First <= b.Last && b.First <= a.Last;

    static TextSpan Of(string text, AttributionTagger.Doc d, Span s) => TextSpan.Of(text, d.Tokens[s.First].Start, d.Tokens[s.Last].End);
}
