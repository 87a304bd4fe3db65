using System.Text.RegularExpressions;

namespace FactCheck.Extraction;

/// <summary>One attributed claim: who (source, resolved to a speaker name), through what (channel), the cue, the content and its quotes.</summary>
public sealed record Attribution(TextSpan Source, TextSpan Cue, TextSpan Content, string Speaker, string? Channel,
    IReadOnlyList<TextSpan> Quotes, double CheckWorthiness, IReadOnlyList<string> Reasons, string? SpeakerRole = null, string? SpeakerKind = null);

/// <summary>
/// Finds attributions in article text. Rules over sentences and tokens (reporting verbs such as "said", "insisted",
/// "believe"; "according to"; nominal cues such as "warnings from Ukraine that …"; quotation patterns) read each
/// sentence first; a learned tagger (<see cref="AttributionTagger"/>, weights shipped in the assembly) then marks
/// sources, cues and contents token by token, reading the rules' marks as features, and <see cref="AttributionGrouping"/>
/// joins its spans into attributions. Pure C#, no network, no download. Offsets are C# string indices into the input.
/// </summary>
public static partial class AttributionExtractor
{
    /// <summary>The speaker of an attribution whose source the article does not name ("It was reported that …").</summary>
    public const string UnnamedSource = "unnamed source";

    /// <summary>The attributed claims of a text: what the desk may open (narration and unnamed fragments left out).</summary>
    public static IReadOnlyList<Attribution> Extract(string text) => Find(text, claimsOnly: true);

    /// <summary>
    /// Every attribution in the sense of annotated corpora such as PolNeAR, which also count intentions ("plans to",
    /// "wants") and unnamed fragments: what <c>eval attribution</c> scores. <see cref="Extract"/> is this less narration.
    /// </summary>
    public static IReadOnlyList<Attribution> Attributions(string text) => Find(text, claimsOnly: false);

    /// <summary>The attributed claims of a text as one tagger reads them (<see cref="AttributionTagger.Contextual"/>, say).</summary>
    public static IReadOnlyList<Attribution> Extract(string text, AttributionTagger tagger) => Find(text, claimsOnly: true, tagger);

    static IReadOnlyList<Attribution> Find(string text, bool claimsOnly, AttributionTagger? chosen = null)
    {
        if ((chosen ?? AttributionTagger.Default) is not { } tagger || string.IsNullOrWhiteSpace(text)) return Rules(text);
        var (doc, rules, people) = Read(text);
        var found = Refine.Apply(text, people, AttributionGrouping.Group(text, doc, tagger.Tag(doc), rules, people, claimsOnly), claimsOnly);
        return claimsOnly ? Framed(text, Continued(text, OnceEach(found), people), people) : found;
    }

    /// <summary>
    /// One claim per remark: "An actuarial report commissioned by the province estimated …" read by the tagger (source "the
    /// province") and by the rules (the report) with the same cue and words is one claim, the reading that names its channel
    /// or, failing that, the longer source.
    /// </summary>
    static IReadOnlyList<Attribution> OnceEach(IReadOnlyList<Attribution> found)
    {
        var best = new Dictionary<(int, int, int, int), int>();
        for (var i = 0; i < found.Count; i++)
        {
            var a = found[i];
            var key = (a.Cue.Start, a.Cue.End, a.Content.Start, a.Content.End);
            if (!best.TryGetValue(key, out var j)) best[key] = i;
            else if ((a.Channel is not null, a.Source.Length).CompareTo((found[j].Channel is not null, found[j].Source.Length)) > 0) best[key] = i;
        }
        return best.Count == found.Count ? found : [.. found.Where((a, i) => best[(a.Cue.Start, a.Cue.End, a.Content.Start, a.Content.End)] == i)];
    }

    /// <summary>
    /// Quotations a sentence about one person frames without a verb of saying: "The union's president, Raj Patel, did not mince
    /// words. “This offer is an insult.”" (a quotation closing the paragraph of a sentence naming one person and no one else);
    /// "His message was blunt: “…”" (the person "his" means); "“We will not back down.” That was the message from Raj Patel."
    /// A reader takes each as that person's words; so does the desk, and says why.
    /// </summary>
    static IReadOnlyList<Attribution> Framed(string text, IReadOnlyList<Attribution> found, People people)
    {
        if (text.AsSpan().IndexOfAny("“\"") < 0) return found;
        var result = found.ToList();
        List<Attribution>? added = null;
        for (var i = 0; i < result.Count; i++)
        {
            var a = result[i];
            if (a.Speaker != UnnamedSource || a.Quotes.Count == 0 || !a.Cue.Text.TrimEnd().EndsWith(':')) continue;
            var start = SentenceOpening(text, a.Cue.Start);
            var opening = Refine.FirstWord(text.AsSpan(start, a.Cue.Start - start));
            var who = opening is "his" or "her" ? people.Meant(a.Cue.Start, i > 0 ? result[i - 1] : null, opening == "his" ? 'M' : 'F')
                : people.NamedBetween(start, a.Cue.Start) is [var one] ? one : null;
            if (who is not null) result[i] = a with { Speaker = who, SpeakerRole = people.RoleAtFirstMention(who), Reasons = [.. a.Reasons, "framed by the sentence naming the speaker"] };
        }
        // What the remarks already cover, by start, with the furthest end reached so far: a quotation inside one is taken.
        var covered = result.SelectMany(r => new[] { (r.Content.Start, r.Content.End), (r.Cue.Start, r.Cue.End) }).Where(x => x.Item2 > x.Item1).OrderBy(x => x.Item1).ToArray();
        var reach = new int[covered.Length];
        for (var k = 0; k < covered.Length; k++) reach[k] = Math.Max(k > 0 ? reach[k - 1] : 0, covered[k].Item2);
        bool Covered(int from, int to)
        {
            int lo = 0, hi = covered.Length;
            while (lo < hi) { var mid = (lo + hi) >>> 1; if (covered[mid].Item1 < to) lo = mid + 1; else hi = mid; }
            return lo > 0 && reach[lo - 1] > from;
        }
        var q = 0;
        while ((q = text.IndexOfAny(['“', '"'], q)) >= 0)
        {
            var close = text.IndexOfAny(['”', '"', '\n'], q + 1);
            if (close < 0 || text[close] == '\n') { q = close < 0 ? text.Length : close + 1; continue; }
            var (from, to) = (q, close + 1);
            q = to;
            // A quotation that is a sentence of its own (a stop or a question inside it, nothing but space and the paragraph's end
            // or the next sentence after it), that no remark covers.
            if (to - from < 20 || text[close - 1] is not ('.' or '?' or '!') || Covered(from, to)) continue;
            var before = from;
            while (before > 0 && text[before - 1] is ' ' or '\t') before--;
            var opensParagraph = before == 0 || text[before - 1] == '\n';
            if (!opensParagraph && text[before - 1] is not ('.' or '!' or '?' or ':')) continue;
            string? who = null;
            var (whereFrom, whereTo) = (0, 0); // where the sentence naming them is
            // The sentence before it in its paragraph names one person, says nothing of its own and quotes nobody.
            if (!opensParagraph)
            {
                var start = SentenceOpening(text, before - 1);
                // The person is its subject, named in its first words ("For Raj Patel, the answer is simple", "Asked about the offer,
                // Raj Patel didn't hesitate"), and it holds no clause of its own ("related that …").
                if (text.AsSpan(start, before - start).IndexOfAny("“”\"") < 0 && !Covered(start, before) && people.NamedBetween(start, before) is [var one]
                    && people.FirstAfter(start, before - start) is { } subject && text[start..subject.At] is var lead && lead.Count(c => c == ' ') <= 5
                    // "But the oversized Trump face …": after an article with no comma between, the name only describes a thing.
                    && (lead.Contains(',') || !ArticleWord().IsMatch(lead))
                    // "And it threw Santilli for a loop": after a pronoun subject, the name is the object.
                    && !PronounWord().IsMatch(lead)
                    && !text.AsSpan(start, before - start).Contains(" that ", StringComparison.Ordinal)) (who, whereFrom, whereTo) = (one, start, before);
            }
            // "That was the message from union president Raj Patel on Monday."
            if (who is null && MessageFrom().Match(text, to) is { Success: true } m
                && (text.IndexOfAny(['.', '\n'], m.Index + m.Length) is var stop and > 0 ? stop : text.Length) is var end
                && people.NamedBetween(m.Index, end) is [var named]) (who, whereFrom, whereTo) = (named, m.Index, end);
            if (who is null) continue;
            var content = TextSpan.Of(text, from, to);
            var at = TextSpan.Of(text, from, from);
            // The source is the name where the framing sentence writes it (in full, else the surname).
            var (written, length) = (text.IndexOf(who, whereFrom, whereTo - whereFrom, StringComparison.Ordinal), who.Length);
            if (written < 0 && who[(who.LastIndexOf(' ') + 1)..] is var surname)
                (written, length) = (text.IndexOf(surname, whereFrom, whereTo - whereFrom, StringComparison.Ordinal), surname.Length);
            var source = written >= 0 ? TextSpan.Of(text, written, written + length) : at;
            var quotes = Quotes(text, content);
            var (score, reasons) = CheckWorthiness.Score(content.Text, who, source, at, quotes.Count > 0, people);
            (added ??= []).Add(new Attribution(source, at, content, who, null, quotes, score, [.. reasons, "framed by the sentence naming the speaker"], people.RoleAtFirstMention(who)));
        }
        return added is null ? result : [.. result.Concat(added).OrderBy(f => f.Cue.Start)];
    }

    [GeneratedRegex(@"\G\s*(?:That|This|Such)\s+(?:was|is|has been)\s+(?:the\s+)?(?:\w+\s+)?(?:message|word|warning|verdict|view|reaction|response|assessment|plea|promise|reply|answer)\s+(?:from|of)\b")]
    private static partial Regex MessageFrom();

    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?)\b")]
    private static partial Regex ArticleWord();

    [GeneratedRegex(@"\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou)\b")]
    private static partial Regex PronounWord();

    /// <summary>Where the sentence holding a position opens (<see cref="People.SentenceStart"/>), past the space after the stop.</summary>
    internal static int SentenceOpening(string text, int position)
    {
        var k = People.SentenceStart(text, position);
        while (k < position && char.IsWhiteSpace(text[k])) k++;
        return k;
    }

    /// <summary>
    /// A paragraph that is one quotation and nothing else (closed, or left open to run on into the next), right after a
    /// paragraph whose last remark is a named speaker's quotation, goes on with that speaker, as news copy continues a
    /// quotation ("“We have nurses working 16-hour shifts,” Ariss said.¶“Nobody wants a strike.”"). Its cue is empty: the
    /// desk shows it as continuing the quotation before.
    /// </summary>
    static IReadOnlyList<Attribution> Continued(string text, IReadOnlyList<Attribution> found, People people)
    {
        if (found.Count == 0) return found;
        List<Attribution>? added = null;
        var next = 0; // the first remark at or after the paragraph being read; remarks come in text order
        Attribution? lastOfPrevious = null;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var (a, b) = (start, end);
            while (a < b && char.IsWhiteSpace(text[a])) a++;
            while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
            if (a < b)
            {
                Attribution? last = null; // the paragraph's last remark
                while (next < found.Count && found[next].Cue.Start < end) last = found[next++];
                // A remark whose words reach into the paragraph has its cue in a paragraph next to it: look at the remarks around.
                bool Touched() { for (var k = Math.Max(0, next - 3); k < Math.Min(found.Count, next + 3); k++) if (found[k].Content.Start < b && a < found[k].Content.End) return true; return false; }
                Attribution? RunOn(int from, int to) { for (var k = Math.Max(0, next - 3); k < Math.Min(found.Count, next + 3); k++) if (found[k].Content.Start < from && from < found[k].Content.End && found[k].Content.End <= to) return found[k]; return null; }
                // A quotation left open runs on into the next paragraph's quotation, whose cue names who speaks in both ("“It's going
                // to be tough on the families.¶“But we'll make it work,” he said.").
                if (last is null && b - a > 20 && OneQuotation(text.AsSpan(a, b - a)) && !Closed(text.AsSpan(a, b - a)) && !Touched()
                    && next < found.Count && found[next] is var following && following.Speaker != UnnamedSource && following.Content.Start > b
                    && following.Content.Length > 0 && text[following.Content.Start] == text[a] && text.AsSpan(b, following.Content.Start - b).IsWhiteSpace()
                    && following.Cue.Start < (text.IndexOf('\n', following.Content.Start) is var nextEnd and >= 0 ? nextEnd : text.Length))
                {
                    (added ??= []).Add(Going(a, b, following, "runs on into the speaker's quotation in the paragraph after"));
                    lastOfPrevious = null;
                }
                // A paragraph left open runs on only in the marks the speaker's quotation was written in: an excerpt set off with
                // straight marks after curly ones is another text quoted at length, not more of the remark.
                else if (last is null && lastOfPrevious is { } before && b - a > 20 && OneQuotation(text.AsSpan(a, b - a)) && !Touched()
                    && (Closed(text.AsSpan(a, b - a)) || before.Content.Text.Contains(text[a])))
                    (added ??= []).Add(lastOfPrevious = Going(a, b, before, "continues the speaker's quotation in the paragraph before"));
                // A named speaker's remark ending the paragraph, quoted or reported ("Mayor Kerr said the budget would rise."), goes
                // on into a paragraph that is one quotation.
                else if (last is not null)
                    lastOfPrevious = last.Content.End <= b && last.Content.Length > 0
                                     && last.Speaker != UnnamedSource && (last.Quotes.Count > 0 && last.Content.Text[0] is '“' or '"' || last.Cue.Start < last.Content.Start) ? last : null;
                // A quotation run on from the paragraph before and ending here goes on, as it is, into a quotation paragraph after.
                else lastOfPrevious = RunOn(a, b) is { } run && run.Speaker != UnnamedSource && run.Quotes.Count > 0 ? run : null;
            }
            start = end + 1;
        }
        return added is null ? found : [.. found.Concat(added).OrderBy(f => f.Cue.Start)];

        // A paragraph that is one quotation, as the speaker's of the remark next to it (the article does say who: in the paragraph
        // before or after), scored as theirs, and said so.
        Attribution Going(int a, int b, Attribution speaking, string why)
        {
            var content = TextSpan.Of(text, a, b);
            var at = TextSpan.Of(text, a, a);
            var quotes = Quotes(text, content);
            var (score, reasons) = CheckWorthiness.Score(content.Text, speaking.Speaker, speaking.Source, at, quotes.Count > 0, people);
            return new Attribution(at, at, content, speaking.Speaker, speaking.Channel, quotes, score, [.. reasons, why], speaking.SpeakerRole);
        }

        static bool Closed(ReadOnlySpan<char> p) => p.Length > 1 && (p[0] == '“' ? p[^1] == '”' : p[^1] == '"' && p.Count('"') == 2);

        // Also a quotation the paragraph opens and leaves open, as news copy runs a quotation on over paragraphs ("“I would do
        // it again. People wait four days.¶“If that's what it costs me, fine.”").
        static bool OneQuotation(ReadOnlySpan<char> p) =>
            p[0] is '“' && (p[^1] is '”' && p.Count('”') == 1 || p.Count('”') == 0) && p.Count('“') == 1
            || p[0] is '"' && (p[^1] is '"' && p.Count('"') == 2 || p.Count('"') == 1);
    }

    /// <summary>
    /// The rules' reading of a text and the tagger's document of it, with one people index and one tokenisation for
    /// both; the rules' remarks are not scored (only those kept are). Training builds its documents here too.
    /// </summary>
    internal static (AttributionTagger.Doc Doc, List<Attribution> Rules, People People) Read(string text)
    {
        var people = People.Index(text);
        var tokenized = new List<List<Token>>();
        var rules = Rules(text, people, tokenized, score: false);
        return (AttributionTagger.Doc.Build(text, tokenized, rules), rules, people);
    }

    /// <summary>What the rules alone find; the tagger is trained on top of this.</summary>
    public static IReadOnlyList<Attribution> Rules(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Rules(text, People.Index(text), null, score: true);

    /// <summary>The rules; <paramref name="tokenized"/> receives the tokens of every sentence read, and without
    /// <paramref name="score"/> check-worthiness is left at 0 for the caller to fill in.</summary>
    internal static List<Attribution> Rules(string text, People people, List<List<Token>>? tokenized, bool score)
    {
        var result = new List<Attribution>();
        var sentences = Text.Sentences(text);
        Attribution? previous = null;
        var previousSentence = -10;
        var headlineQuotation = Refine.HeadlineQuotationEnd(text);
        string?[]? interviewed = null; // whom a Q&A interviews, looked up at its first answer
        var headlineEnd = text.IndexOf('\n');
        for (var si = 0; si < sentences.Count; si++)
        {
            var (start, end) = sentences[si];
            if (end - start > 5000) continue; // not prose: a table, a dump
            var tokens = Text.Tokens(text, start, end);
            if (tokens.Count > 0) tokenized?.Add(tokens);
            if (tokens.Count < 3) continue;
            var insideQuote = QuoteDepth(tokens, OpensInsideQuote(text, start));
            var taken = new List<(int Start, int End)>();
            for (var i = 0; i < tokens.Count; i++)
            {
                if (i == 0 && (TryColon(text, tokens, start) ?? TryDash(text, tokens, start)) is { } colon)
                {
                    // "PENCE: Well, look, …" / "Pat Caddell: Democrat voters worried …" — transcripts and headlines.
                    var (cs, cc, cn) = colon;
                    // "A: It's a big mistake." in a Q&A: the one interviewed, as the article names them ("Q&A with Vice President Joe
                    // Biden"); in an explainer's "Q: … A: …" the reporter answers, and that is no one's claim.
                    // (Where the article names no one so, the answer stays "A", for the desk to name.)
                    var interviewee = cs.Text is "A" or "Answer" ? (interviewed ??= [Interviewee(text, people)])[0] : null;
                    var cspeaker = interviewee ?? Speakers.Resolve(cs, text, people, null);
                    var cq = Quotes(text, cn);
                    var (cscore, creasons) = score ? CheckWorthiness.Score(cn.Text, cspeaker, cs, cc, cq.Count > 0, people) : (0, []);
                    result.Add(previous = new Attribution(cs, cc, cn, cspeaker, null, cq, cscore, creasons));
                    previousSentence = si;
                    taken.Add((cn.Start, cn.End));
                    break;
                }
                if (insideQuote[i] || tokens[i].Start < headlineQuotation) continue; // ("'I thought …': Cyclist urges …": the headline's quotation)
                if (taken.Any(t => tokens[i].Start >= t.Start && tokens[i].Start < t.End)) continue; // a source's own words
                // ("near Port Hope that …", "Port Hope Mayor Olena Hankivsky": a cue's word capitalised after a capitalised word is part of a
                // name, below a headline that may capitalise every word.)
                if (tokens[i].IsCapitalized && i > 0 && tokens[i - 1] is { IsCapitalized: true, IsWord: true } && headlineEnd > 0 && tokens[i].Start > headlineEnd) continue;
                var found = TryAccordingTo(text, tokens, i, start, end, people) ?? TryInWords(text, tokens, i, end) ?? TrySaysBetween(text, tokens, i, start, end)
                            ?? TryNominal(text, tokens, i, end) ?? TryVerb(text, tokens, i, start, end, sentences, si);
                if (found is null) continue;
                var (source, cue, content) = found.Value;
                if (content.Length < 3 || source.Length == 0) continue;
                // "Coun. Dianne Saxe, who chairs …, says she agrees.": a remark opening another's words ("she agrees") does not reach
                // back into the one who says them.
                if (previous is { } outer && previousSentence == si && source.Start == outer.Content.Start && source.End <= outer.Content.End
                    && content.Start < outer.Cue.End && outer.Source.Start < content.End) continue;
                taken.Add((source.Start, source.End));
                taken.Add((cue.Start, cue.End));
                var continuing = previous is not null && si - previousSentence <= 3 ? previous : null;
                var speaker = Speakers.ResolveSource(source, text, people, continuing);
                var channel = Channels.Find(text, start, end, cue, content);
                if (channel is null && continuing is not null && si - previousSentence <= 1 && speaker == continuing.Speaker
                    && (Lexicon.Pronouns.Contains(source.Text.ToLowerInvariant()) || Speakers.SpeakerOfDocument(source.Text, continuing) is not null))
                    channel = continuing.Channel; // "But he conceded …", "the release said" keep the channel of the previous remark
                var quotes = Quotes(text, content);
                var (worth, reasons) = score ? CheckWorthiness.Score(content.Text, speaker, source, cue, quotes.Count > 0, people) : (0, []);
                var a = new Attribution(source, cue, content, speaker, channel, quotes, worth, reasons);
                result.Add(a);
                previous = a;
                previousSentence = si;
                i = Math.Max(i, tokens.FindLastIndex(t => t.End <= cue.End));
            }
        }
        return result;
    }

    /// <summary>Whether a sentence begins inside a quotation opened earlier in its paragraph: “One. Two.”</summary>
    internal static bool OpensInsideQuote(string text, int start)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        if (start - lineStart > 20_000) return false;
        var before = text.AsSpan(lineStart, start - lineStart);
        return before.Count('“') > before.Count('”');
    }

    static bool[] QuoteDepth(List<Token> tokens, bool startsOpen)
    {
        var inside = new bool[tokens.Count];
        var open = startsOpen;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].Text;
            if (t == "“") open = true;
            else if (t == "”") { open = false; continue; }
            else if (t is "\"" or "''") { open = !open; continue; }
            inside[i] = open && t != "“";
        }
        return inside;
    }

    // ── NAME: content (at the start of a line) ────────────────────────────────────────────────────
    static (TextSpan, TextSpan, TextSpan)? TryColon(string text, List<Token> t, int sStart)
    {
        if (sStart > 0 && text[sStart - 1] != '\n' && !(sStart > 1 && text[sStart - 1] == '"' && text[sStart - 2] == '\n')) return null;
        var k = t[0].IsOpenQuote ? 1 : 0;
        var first = k;
        while (k < t.Count && k - first < 4 && t[k].IsWord && t[k].IsCapitalized) k++;
        if (k == first || k >= t.Count - 1 || t[k].Text != ":") return null;
        // "Opinion: …", "Correction: …", "The Latest: …": a section's or a notice's label, nobody's name.
        if (IsLabel(string.Join(' ', t.Skip(first).Take(k - first).Select(w => w.Lower)))) return null;
        var lineEnd = text.IndexOf('\n', t[k].End);
        if (lineEnd < 0) lineEnd = text.Length;
        var content = Trim(text, t[k + 1].Start, lineEnd);
        if (content.Length < 3) return null;
        return (TextSpan.Of(text, t[first].Start, t[k - 1].End), TextSpan.Of(text, t[k].Start, t[k].End), content);
    }

    [GeneratedRegex(@"\b(?:(?:Q&A|Q & A|Q and A|[Ii]nterview|[Cc]onversation|[Cc]hat)\s+with|(?:We|I) (?:asked|spoke (?:with|to)|talked (?:with|to)|put (?:\w+ ){0,3}questions to))\s+(?:[a-z][\w-]*\s+){0,3}((?:[A-Z][\w.'’-]*\s?){1,6})")]
    private static partial Regex InterviewWith();

    /// <summary>Whom a Q&A interviews: the person named after "Q&A with" or "interview with" near the top, known to the article; else null.</summary>
    static string? Interviewee(string text, People people)
    {
        if (InterviewWith().Match(text, 0, Math.Min(600, text.Length)) is { Success: true } m && people.Named(m.Groups[1].Value.Trim(), m.Groups[1].Index) is { } named
            && named.Contains(' ') && people.Known.Contains(named)) return named;
        // Else the one person the headline names ("Laura Bush sees hope, help for Afghan women").
        var headline = text.IndexOf('\n') is var end and > 0 ? end : 0;
        return headline > 0 && people.NamedBetween(0, headline) is [var only] && only.Contains(' ') ? only : null;
    }

    /// <summary>
    /// Whether the words before a line's colon are a section's or a notice's label, nobody's name: "Opinion", "The Latest",
    /// "Canadian Press NewsAlert", "Delegate Update", "Morning Email" (lower case).
    /// </summary>
    internal static bool IsLabel(string lower) =>
        Labels.Contains(lower) || lower.LastIndexOf(' ') is var space and > 0 && LabelEnds.Contains(lower[(space + 1)..]);

    static readonly HashSet<string> LabelEnds = new(StringComparer.Ordinal)
    {
        "newsalert", "alert", "update", "updates", "email", "newsletter", "briefing", "roundup", "recap", "explainer", "analysis", "opinion", "note", "brief", "briefs",
    };

    static readonly HashSet<string> Labels = new(StringComparer.Ordinal)
    {
        "opinion", "analysis", "editorial", "obituary", "obituaries", "in memoriam", "q", "question", "commentary", "column", "correction", "clarification", "update", "updated", "note", "editor's note",
        "warning", "source", "sources", "watch", "listen", "video", "photos", "breaking", "exclusive", "explainer", "review", "letters",
        "related", "read more", "the latest", "live", "fact check", "first person", "perspective", "podcast", "newsletter", "newsalert", "live updates", "in photos",
        "in pictures", "timeline", "factbox", "fact box", "glance", "at a glance", "by the numbers", "what we know", "the big picture", "morning briefing", "evening briefing",
    };

    // ── “…” ― Name (a reader's comment, a signed quotation) ───────────────────────────────────────
    static (TextSpan, TextSpan, TextSpan)? TryDash(string text, List<Token> t, int sStart)
    {
        if (t.Count < 2 || t[0].Text is not ("―" or "—") || !t[1].IsCapitalized) return null;
        var k = 1;
        // The signer's name, initials with their dots ("― Edwin G. Monroy", "― Julie A. Diaz Martinez").
        while (k < t.Count && k <= 6)
        {
            if (t[k].IsWord && t[k].IsCapitalized) k++;
            else if (t[k].Text == "." && t[k - 1].Text.Length == 1 && k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].IsCapitalized) k++;
            else break;
        }
        // The quotation that ends just before the dash, found by matching its marks backwards.
        var close = sStart - 1;
        while (close >= 0 && char.IsWhiteSpace(text[close])) close--;
        if (close < 0 || text[close] is not ('”' or '"')) return null;
        var depth = 0;
        var open = -1;
        for (var c = close; c >= 0 && close - c < 5000; c--)
        {
            // A quotation opened with the wrong mark at the start of a line (”Fear. I am afraid …” ― Name).
            if (text[c] == '”' && c < close && depth == 1 && (c == 0 || text[c - 1] == '\n')) { open = c; break; }
            if (text[c] == '”') depth++;
            else if (text[c] == '“' && --depth == 0) { open = c; break; }
            else if (text[c] == '"' && c < close) { open = c; break; }
        }
        if (open < 0) return null;
        return (TextSpan.Of(text, t[1].Start, t[k - 1].End), TextSpan.Of(text, t[0].Start, t[0].End), TextSpan.Of(text, open, close + 1));
    }

    // ── according to ────────────────────────────────────────────────────────────────────────────────
    static (TextSpan, TextSpan, TextSpan)? TryAccordingTo(string text, List<Token> t, int i, int sStart, int sEnd, People people)
    {
        if (t[i].Lower != "according" || i + 1 >= t.Count || t[i + 1].Lower != "to") return null;
        var cue = TextSpan.Of(text, t[i].Start, t[i + 1].End);
        var j = i + 2;
        var srcEnd = j;
        while (srcEnd < t.Count && t[srcEnd].Text is not ("," or "." or ";" or ":" or "”" or "\"")) srcEnd++;
        if (srcEnd == j) return null;
        // ("According to Immigration, Refugees and Citizenship Canada, …": a name that lists its words with commas.)
        if (Speakers.ListedName().Match(text, t[j].Start) is { Success: true } listed && listed.Index == t[j].Start)
            while (srcEnd < t.Count && t[srcEnd].End <= listed.Index + listed.Length) srcEnd++;
        // "…, according to his daughter, Lucia Moretti.": the description and the name it gives are one source.
        if (i > 1 && NameAfterComma(t, srcEnd, people) is var named and > 0) srcEnd = named;
        var source = TextSpan.Of(text, t[j].Start, t[srcEnd - 1].End);
        TextSpan content;
        // ("CALGARY — According to police, …": after a dateline too.)
        if (i <= 1 || t[i - 1].Text is "—" or "–" && i <= 10 && t.Take(i - 1).All(x => !x.IsWord || !x.Text.Any(char.IsLower))) // "According to X, content."
        {
            if (srcEnd >= t.Count - 1) return null;
            // ("According to the province's weekly crop report, released Thursday, 58 per cent …": when the document came out is set
            // off before the words.)
            var from = srcEnd + 1;
            // ("According to the statement of claim, filed in Court of King's Bench last week, Maria Santos …": where it was filed too.)
            if (t[from].Lower is "released" or "published" or "issued" or "posted" or "tabled" or "updated" or "filed" or "obtained" or "dated" or "submitted" or "prepared" or "commissioned" or "sent"
                && t.FindIndex(from, Math.Min(14, t.Count - from), w => w.Text is "," or ".") is var aside and > 0 && t[aside].Text == "," && aside + 1 < t.Count) from = aside + 1;
            content = Trim(text, t[from].Start, sEnd);
        }
        // ("As of Monday, according to Newfoundland and Labrador Hydro, about 5,000 customers were without power.": when, then the
        // source set off, then the words.)
        else if (srcEnd + 1 < t.Count && t[srcEnd].Text == "," && t[i - 1].Text == ","
                 && (t.FindIndex(0, Math.Min(i, 10), x => x.Text is "—" or "–") is var dash && dash >= 0 && t.Take(dash).All(x => !x.IsWord || !x.Text.Any(char.IsLower)) ? dash + 1 : 0) is var opens
                 && i - 1 - opens is > 0 and <= 6 && t[opens].Lower is "as" or "on" or "in" or "by" or "since" or "at" or "last" or "this" or "until" or "earlier" or "later"
                 && t.Skip(opens).Take(i - 1 - opens).All(x => x.IsWord && !Lexicon.VerbCues.Contains(x.Lower) && !Refine.Finite(x.Lower)))
            content = Trim(text, t[srcEnd + 1].Start, sEnd);
        else // "content, according to X."
        {
            var last = i - 1;
            while (last > 0 && t[last].Text is "," or "—" or "-") last--;
            content = Trim(text, sStart, t[last].End);
        }
        return (source, cue, content);
    }

    // ── In Fillmore's words, … / In the words of Mayor Andy Fillmore, … ─────────────────────────────────
    static (TextSpan, TextSpan, TextSpan)? TryInWords(string text, List<Token> t, int i, int sEnd)
    {
        if (t[i].Lower != "in" || i + 4 >= t.Count || !(i == 0 || t[i - 1].Text is "—" or "-" && i <= 12)) return null;
        int sourceFirst, sourceLast, comma;
        TextSpan cue;
        if (t[i + 1].Lower == "the" && t[i + 2].Lower == "words" && t[i + 3].Lower == "of")
        {
            comma = t.FindIndex(i + 4, w => w.Text == ",");
            if (comma < 0 || comma - (i + 4) is < 1 or > 8) return null;
            (sourceFirst, sourceLast) = (i + 4, comma - 1);
            cue = TextSpan.Of(text, t[i].Start, t[i + 3].End);
        }
        else
        {
            var words = t.FindIndex(i + 1, Math.Min(6, t.Count - i - 1), w => w.Lower == "words");
            if (words < 0 || words + 1 >= t.Count || t[words + 1].Text != "," || !(t[words - 1].Text.EndsWith("'s", StringComparison.Ordinal) || t[words - 1].Text.EndsWith("’s", StringComparison.Ordinal))) return null;
            (sourceFirst, sourceLast, comma) = (i + 1, words - 1, words + 1);
            if (t.Skip(sourceFirst).Take(sourceLast - sourceFirst + 1).Any(w => !w.IsCapitalized)) return null; // ("In his own words": no one named)
            cue = TextSpan.Of(text, t[words].Start, t[words].End);
        }
        var sourceEnd = t[sourceLast].End - (t[sourceLast].Text.EndsWith("'s", StringComparison.Ordinal) || t[sourceLast].Text.EndsWith("’s", StringComparison.Ordinal) ? 2 : 0);
        if (comma + 1 >= t.Count || sourceEnd <= t[sourceFirst].Start) return null;
        return (TextSpan.Of(text, t[sourceFirst].Start, sourceEnd), cue, Trim(text, t[comma + 1].Start, sEnd));
    }

    // ── The plan, says café owner Nadia Haddad, was never explained … ─────────────────────────────────
    /// <summary>A speaker set off inside the sentence they speak ("The plan, says Nadia Haddad, was never explained …"): the whole
    /// sentence is the remark.</summary>
    static (TextSpan, TextSpan, TextSpan)? TrySaysBetween(string text, List<Token> t, int i, int sStart, int sEnd)
    {
        if (t[i].Lower is not ("says" or "said" or "argues" or "argued" or "insists" or "insisted") || i < 2 || t[i - 1].Text != "," || i + 3 >= t.Count) return null;
        // Words before the comma open the sentence, with no verb of their own that speaks, and no quotation.
        if (t.Take(i).Any(w => w.Text is "“" or "”" or "\"" || Lexicon.VerbCues.Contains(w.Lower))) return null;
        var close = t.FindIndex(i + 1, w => w.Text is "," or "." or ";");
        if (close < 0 || t[close].Text != "," || close - i < 2 || close - i > 9 || close + 2 >= t.Count) return null;
        // The name closes the aside: a capitalised word before the comma, no day or month ("said on Saturday,"), and the sentence
        // goes on in lower case after it.
        // The aside is a name, after its role in lower case: "café owner Nadia Haddad", never "McConnell's trip was … than Clinton's".
        var named = t.FindIndex(i + 1, close - i - 1, w => w.IsCapitalized);
        if (named < 0 || Enumerable.Range(named, close - named).Any(k => !t[k].IsCapitalized && t[k].Text != ".")
            || Enumerable.Range(i + 1, named - i - 1).Any(k => !t[k].IsWord || Lexicon.VerbCues.Contains(t[k].Lower)
                // (Never words with a verb of their own: "Her co-author, …, said the findings should worry people in the North, who …".)
                || Lexicon.NpStop.Contains(t[k].Lower) || Modal(t[k].Lower))) return null;
        if (!t[close - 1].IsCapitalized || !t[close + 1].IsWord || t[close + 1].IsCapitalized || t[i + 1].Lower is "on" or "in" or "at" or "during" or "last" or "this" or "earlier" or "later"
            || Lexicon.Weekdays.Contains(t[close - 1].Text) || Lexicon.Months.Contains(t[close - 1].Text)) return null;
        return (TextSpan.Of(text, t[i + 1].Start, t[close - 1].End), TextSpan.Of(text, t[i].Start, t[i].End), Trim(text, sStart, sEnd));
    }

    /// <summary>The token after a full name the article knows that follows the comma at <paramref name="comma"/> and closes
    /// the sentence or its clause (", Lucia Moretti." / ", Lucia Moretti, who …"); 0 if none.</summary>
    static int NameAfterComma(List<Token> t, int comma, People people)
    {
        if (comma >= t.Count || t[comma].Text != ",") return 0;
        var end = comma + 1;
        while (end < t.Count && end - comma <= 4 && t[end].IsWord && t[end].IsCapitalized) end++;
        if (end - comma < 3 || (end < t.Count && t[end].Text is not ("." or ","))) return 0;
        var name = string.Join(' ', t.Skip(comma + 1).Take(end - comma - 1).Select(w => w.Text));
        return people.Known.Contains(name) ? end : 0;
    }

    // ── warnings from Ukraine that … ────────────────────────────────────────────────────────────────
    static (TextSpan, TextSpan, TextSpan)? TryNominal(string text, List<Token> t, int i, int sEnd)
    {
        if (!Lexicon.NominalCues.Contains(t[i].Lower) || i + 2 >= t.Count) return null;
        // "said in a statement of claim filed in …": a court filing's name, no one's claim.
        if (t[i].Lower is "claim" or "defence" or "defense" && i >= 2 && t[i - 1].Lower == "of" && t[i - 2].Lower == "statement") return null;
        // "Ukraine's warnings that …", "the ministry's assessment that …"
        if (i >= 1 && (t[i - 1].Text.EndsWith("’s", StringComparison.Ordinal) || t[i - 1].Text.EndsWith("'s", StringComparison.Ordinal)) && t[i + 1].Lower == "that")
        {
            var owner = i - 1;
            var first = owner;
            while (first - 1 >= 0 && owner - first < 5 && t[first - 1].IsWord && (t[first - 1].IsCapitalized || t[first - 1].Lower is "the"))
                first--;
            // The source is the owner without its "'s".
            var ownerEnd = t[owner].End - 2;
            if (ownerEnd <= t[first].Start) return null;
            return (TextSpan.Of(text, t[first].Start, ownerEnd), TextSpan.Of(text, t[i].Start, t[i].End), Trim(text, t[i + 1].Start, sEnd));
        }
        var by = i + 1;
        if (t[by].Lower is not ("from" or "by")) return null;
        var j = by + 1;
        var srcEnd = j;
        while (srcEnd < t.Count && srcEnd - j < 8 && t[srcEnd].Text is not ("," or "." or ";") && t[srcEnd].Lower is not ("that" or "in" or "on" or "over" or "about" or "to" or "of"))
            srcEnd++;
        if (srcEnd == j) return null;
        // "A report by the foundation found that …": the verb after the maker is the cue, and the report the channel (TryVerb).
        for (var k = j + 1; k < srcEnd; k++) if (Lexicon.VerbCues.Contains(t[k].Lower) && !t[k].IsCapitalized) return null;
        var that = srcEnd;
        while (that < t.Count && that - srcEnd < 8 && t[that].Lower != "that") that++;
        if (that >= t.Count || t[that].Lower != "that") return null;
        var source = TextSpan.Of(text, t[j].Start, t[srcEnd - 1].End);
        return (source, TextSpan.Of(text, t[i].Start, t[i].End), Trim(text, t[that].Start, sEnd));
    }

    // ── X said (that) …, "…," X said, "…," said X ───────────────────────────────────────────────────
    static (TextSpan, TextSpan, TextSpan)? TryVerb(string text, List<Token> t, int i, int sStart, int sEnd, List<(int Start, int End)> sentences, int si)
    {
        // "“…,” she laughed": a verb that only signs a quotation, never opens words of its own.
        var signing = Lexicon.Signing.Contains(t[i].Lower);
        if (!signing && !Lexicon.VerbCues.Contains(t[i].Lower) && !CourtHeard(t, i) && !DocumentReads(t, i)) return null;
        // ("which included medical files and school reports, were posted …": a plural noun that ends its phrase is no verb.)
        if (t[i].Lower is "reports" or "claims" or "estimates" or "reviews" or "notes" && i > 0 && t[i - 1].IsWord && !t[i - 1].IsCapitalized && !Lexicon.Pronouns.Contains(t[i - 1].Lower)
            && (i + 1 >= t.Count || t[i + 1].Text is "," or "." or ";" or ")" || t[i + 1].Lower is "and" or "or" or "were" or "are" or "have" or "had")) return null;
        // ("A proposed class-action lawsuit", "the alleged victim", "an expected rise": a participle after an article is an adjective.)
        if (i > 0 && t[i - 1].Lower is "a" or "an" or "the" && t[i].Lower.EndsWith("ed", StringComparison.Ordinal) && i + 1 < t.Count && t[i + 1].IsWord) return null;
        // "repeated warnings", "reported remarks": a participle before a noun of speech is an adjective, not the cue.
        if (i + 1 < t.Count && Lexicon.NominalCues.Contains(t[i + 1].Lower)) return null;
        // "the land claims organization", "insurance claims": a kind of claim, nobody claiming.
        if (t[i].Lower is "claims" or "claim" && i > 0 && Refine.KindsOfClaim.Contains(t[i - 1].Lower) && (i + 1 >= t.Count || t[i + 1].Lower is not ("that" or "to"))) return null;
        var cueStart = i;
        var cueEnd = i + 1;
        // Multi-word cues: "has learned", "said in a statement" stay simple: the verb is the cue.
        if (t[i].Lower is "pointed" or "pointing" or "points" or "point" && (i + 1 >= t.Count || t[i + 1].Lower is not ("out" or "to"))) return null;
        if (t[i].Lower is "called" or "calling" or "calls" or "call")
        {
            if (i + 1 >= t.Count || t[i + 1].Lower is not ("for" or "on")) return null;
            cueEnd = i + 2;
        }
        // ("has argued for months that …": how long, not what for.)
        if (cueEnd < t.Count && cueEnd == i + 1 && Lexicon.PhrasalCues.Contains(t[i].Lower + " " + t[cueEnd].Lower) && !Duration(t, cueEnd + 1))
            cueEnd++;
        var auxStart = cueStart;
        while (auxStart - 1 >= 0 && Lexicon.Between.Contains(t[auxStart - 1].Lower)) auxStart--;
        var cueTail = cueEnd;
        if (cueTail + 3 < t.Count && t[cueTail].Lower == "in" && t[cueTail + 1].Lower is "a" or "an" && t[cueTail + 2].Lower is "statement" or "interview" or "email" or "e-mail"
                or "notice" or "release" or "letter" or "memo" or "bulletin" or "post")
        {
            cueTail += 3;
            // ("said in a statement of claim": the filing whole.)
            if (cueTail + 1 < t.Count && t[cueTail - 1].Lower == "statement" && t[cueTail].Lower == "of" && t[cueTail + 1].Lower is "claim" or "defence" or "defense") cueTail += 2;
        }
        var cue = TextSpan.Of(text, t[auxStart].Start, t[cueTail - 1].End);
        // "Measles was declared eliminated in 1998, according to …": a passive's subject is what was said, never who said it ("was quoted
        // as saying" keeps its speaker).
        if (auxStart < cueStart && Lexicon.PassiveOfSaying.Contains(t[i].Lower)
            && Enumerable.Range(auxStart, cueStart - auxStart).Any(k => Refine.Auxiliaries.Contains(t[k].Lower))
            && !(cueEnd < t.Count && t[cueEnd].Lower is "by")) return null;

        // “…,” said X.   “…,” X said.
        var (quoteSource, quoteContent) = QuotedBefore(text, t, cueStart, cueEnd, sStart, sentences, si);
        if (quoteSource is not null && quoteContent is not null) return (quoteSource, cue, quoteContent);
        if (signing) return null;

        var source = SubjectBefore(text, t, cueStart);
        // "A Calgary man who was buried by an avalanche while backcountry skiing near Revelstoke says …": the person the relative clause
        // describes, not the clause's last words.
        // ("A former officer who assaulted a man should spend eight years in prison, a Crown prosecutor told court": a source set off
        // after the words is who speaks.)
        if (source is { } inClause && RelativeOpener(t, cueStart) is var (openFirst, openLast, relative) && inClause.Start > t[relative].Start
            && !(t.FindIndex(x => x.Start == inClause.Start) is var setOff and > 0 && t[setOff - 1].Text == "," && t[setOff].Lower is "a" or "an" or "the"))
            source = TextSpan.Of(text, t[openFirst].Start, t[openLast].End);
        // "help doctors write their notes has raised …": a possessive before the word makes it a noun, nobody's saying (a noun of
        // saying still is someone's: "his claim that …").
        if (source is { } owner && owner.Text.ToLowerInvariant() is "their" or "his" or "its" or "our" or "my" or "your"
            && (cueEnd >= t.Count || t[cueEnd].Lower is not ("that" or ":"))) return null;
        // "… but she said nothing was agreed": "nothing", "nobody" say nothing.
        if (source is { } none && none.Text.ToLowerInvariant() is "nothing" or "something" or "everything" or "anything" or "nobody" or "none" or "no one") return null;
        if (source is null && cueStart > 1 && t[cueStart - 1].Text == "," && t[i].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            // "Trump did X, saying Y": the speaker is the sentence's subject.
            source = SentenceSubject(text, t, cueStart);
            if (source is not null && cueEnd < t.Count - 1) return (source, cue, Trim(text, t[t[cueEnd].Lower == "that" ? cueEnd : cueEnd].Start, sEnd));
            return null;
        }
        // "Mayor Andy Fillmore did not vote, but told reporters he supported the plan": the speaker is the sentence's subject.
        if (source is null && cueStart > 1 && t[cueStart - 1].Lower is "but" or "and" && ButSaid.Contains(t[i].Lower))
            source = SentenceSubject(text, t, cueStart - 1);
        // "A neighbour, who asked not to be named because she feared for her safety, told CTV News she heard …": one told is the
        // subject set off before the comma ("told" is never inverted: "…, told CTV News" names whom, not who).
        if (source is null && cueStart > 1 && t[cueStart - 1].Text == "," && t[i].Lower is "told" or "tells"
            && SentenceSubject(text, t, cueStart) is { } told && told.End < text.Length && text[told.End] == ',') source = told;
        if (source is null)
        {
            // Inverted without quotes: ", said the minister." — content is what precedes.
            if (cueStart > 0 && t[cueStart - 1].Text == "," && t[i].Lower is not ("told" or "tells"))
            {
                var after = NpAfter(text, t, cueEnd);
                // Who is named after the cue opens with a name or an article ("…, said the minister"), not "said early intervention makes …".
                // (Never what was announced: "…, announced the charge Thursday.")
                // (Never words with a verb of their own: "…, said the findings should worry people in the North, who …".)
                if (after is not null && !Enumerable.Range(cueEnd, after.Value.Next - cueEnd).Any(m => Modal(t[m].Lower))
                    && (EndsSentence(t, after.Value.Next) || t[i].Lower is "said" or "says" or "added" or "wrote" && RoleToTheEnd(t, after.Value.Next)) && (t[cueEnd].IsCapitalized || t[cueEnd].Lower is "the" or "a" or "an" or "one" or "his" or "her" or "their" or "its")
                    && !(t[cueEnd].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its" && cueEnd + 1 < t.Count && !t[cueEnd + 1].IsCapitalized
                         && !Lexicon.PersonNouns.Contains(t[cueEnd + 1].Lower) && !People.IsRoleNoun(t[cueEnd + 1].Lower) && !Speakers.IsOrganisationNoun(t[cueEnd + 1].Lower)
                         && !Lexicon.Agents.Contains(t[cueEnd + 1].Lower) && !People.IsRoleModifier(t[cueEnd + 1].Lower) && cueEnd + 2 < t.Count && Lexicon.Weekdays.Contains(t[cueEnd + 2].Text)))
                    return (after.Value.Span, cue, Trim(text, sStart, t[cueStart - 2].End));
            }
            return null;
        }

        // X said that …   X said: “…”   X told reporters …
        var k = cueEnd;
        var limit = Math.Min(t.Count, cueEnd + 14);
        if (cueEnd + 1 < t.Count && t[cueEnd].Text == "," && t[cueEnd + 1].IsOpenQuote) return (source, cue, Trim(text, t[cueEnd + 1].Start, sEnd));
        for (var j = cueEnd; j < limit; j++)
        {
            var w = t[j].Lower;
            if (NestedCue(t, cueEnd, j)) break; // "said First Nations have been warning for years that …": that "that" is theirs
            // "Eaton said divisions that try the model should …": a plural noun right after "said" is the subject its "that" describes.
            if (w == "that" && j == cueEnd + 1 && t[i].Lower is "said" or "says" or "say" && t[cueEnd].IsWord && !t[cueEnd].IsCapitalized
                && t[cueEnd].Lower.Length > 3 && t[cueEnd].Lower.EndsWith('s') && !t[cueEnd].Lower.EndsWith("ss", StringComparison.Ordinal) && !t[cueEnd].Lower.EndsWith("ly", StringComparison.Ordinal)
                && t[cueEnd].Lower is not ("reporters" or "journalists" or "yes" or "always" or "perhaps" or "sometimes" or "afterwards" or "nevertheless" or "thus" or "was" or "has" or "is" or "does")
                && !Days.Contains(t[cueEnd].Text))
                return (source, cue, Trim(text, t[cueEnd].Start, sEnd));
            // ("responded to an unusually high number of calls that night": a "that" of when opens no words.)
            if (w == "that" && j + 1 < t.Count && t[j + 1].Lower is "night" or "day" or "morning" or "evening" or "afternoon" or "week" or "weekend" or "month" or "year" or "time" or "season" or "summer" or "winter" or "spring" or "fall")
                continue;
            // ("is calling for an independent inquiry into a fuel spill that contaminated …": after a cue ending in a preposition, a
            // "that" after its object opens a relative clause of that object, not the words.)
            if (w == "that" && j > cueEnd && t[cueEnd - 1].Lower is "for" or "about" or "against")
                return (source, cue, Trim(text, t[cueEnd].Start, sEnd));
            // ("said residents have stopped trusting that the hospital will be open": a clause with a verb of its own between "said"
            // and the "that" is the remark, and the "that" is its own.)
            if (w == "that" && j > cueEnd + 2 && t[i].Lower is "said" or "says" or "say" && t[cueEnd].IsWord && !t[cueEnd].IsCapitalized
                && t[cueEnd].Lower is not ("in" or "on" or "at" or "during" or "to" or "with" or "after" or "before" or "from" or "through" or "via" or "by")
                && Enumerable.Range(cueEnd + 1, j - cueEnd - 1).Any(m => t[m].Lower is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "can" or "could" or "should" or "does" or "do" or "did"
                    && t[m - 1].IsWord && t[m - 1].Lower is not ("who" or "which" or "that" or "what")
                    // ("said former councillor Raj Sandhu claimed more than $12,000 in expenses that …": a name and its verb.)
                    || t[m].Lower.EndsWith("ed", StringComparison.Ordinal) && Lexicon.VerbCues.Contains(t[m].Lower) && t[m - 1].IsCapitalized && t[m - 1].IsWord))
                return (source, cue, Trim(text, t[cueEnd].Start, sEnd));
            if (w == "that")
            {
                // "Shopify is laying off 10 per cent of its staff, chief executive Tobi Lütke told employees in a memo Tuesday | that was
                // later posted …": a "that" opening a relative clause after the source set off behind its words is no remark; the words
                // are the clause before the comma.
                if (j > cueEnd && j + 1 < t.Count && t[j + 1].Lower is "was" or "is" or "were" or "are" or "has" or "had" or "have" or "will" or "would" or "appeared"
                    && t.FindIndex(x => x.Start >= source.Start) is var at and > 1 && t[at - 1].Text == "," && t[at - 2].End - t[0].Start > 20)
                    return (source, cue, Trim(text, sStart, t[at - 2].End));
                return (source, cue, Trim(text, t[j].Start, sEnd));
            }
            // (Not the colon of a time: "heard shouting around 2:30 a.m.")
            if (t[j].Text == ":" && !(j > 0 && j + 1 < t.Count && t[j - 1].End == t[j].Start && t[j].End == t[j + 1].Start && char.IsDigit(t[j + 1].Text[0])))
                return j + 1 < t.Count ? (source, cue, Trim(text, t[j + 1].Start, sEnd)) : null;
            if (t[j].IsOpenQuote && j == cueEnd + (t[cueEnd].Text == "," ? 1 : 0)) return (source, cue, Trim(text, t[j].Start, sEnd));
            if (t[j].Text is "," or ";" or "." or "?" or "!") break;
        }
        // "…, he said." — the content came first ("…, Miller said Monday.", "…, she said last week." too).
        var past = PastWhen(t, PastPlace(t, PastWhen(t, PastChannel(t, PastWhen(t, PastTold(t, i, cueEnd))))));
        var ends = EndsSentence(t, cueEnd) || EndsSentence(t, past) || Appositive(t, past) || ClauseAfter(t, past)
            // ("…, the health unit said Friday, and officials warn more are likely.": another's remark joined after the cue.)
            || past + 3 < t.Count && t[past].Text == "," && t[past + 1].Lower is "and" or "but" && !t[past + 2].IsOpenQuote && !Lexicon.Pronouns.Contains(t[past + 2].Lower)
               && Enumerable.Range(past + 3, Math.Min(3, t.Count - past - 3)).Any(k => Lexicon.VerbCues.Contains(t[k].Lower) && t[k - 1].IsWord && !Lexicon.VerbCues.Contains(t[k - 1].Lower))
            // ("…, Finance Minister Eric Girard said Tuesday as he tabled his budget.": when, then what he was doing.)
            || past > cueEnd && past + 1 < t.Count && t[past].Lower is "as" or "while" or "after" or "before" or "when" && t[past + 1].IsWord
               && t[past - 1].Text is not ("," or ":") && Days.Contains(t[past - 1].Text);
        if (ends || (cueEnd < t.Count && t[cueEnd].Text == ","))
        {
            var before = source.Start;
            var comma = t.FindLastIndex(x => x.End <= before && x.Text is "," or "—");
            if (comma <= 0) return null;
            // "Acts of protest, Mr. Obama said, are acts of patriotism": the content runs on past the interruption.
            var end = ends ? t[comma - 1].End : sEnd;
            return (source, cue, Trim(text, QuoteStart(text, t, sStart, sentences, si), end));
        }
        // "X said the meeting would …": the rest of the sentence, past an object such as "reporters" or "CNN".
        // ("told jurors the trial …", "has told jurors …": whom, one word, then the words with their article; the verb may end the cue.)
        if ((t[i].Lower is "told" or "tells" or "tell" or "telling" || cueEnd - 1 > i && t[cueEnd - 1].Lower is "told" or "tells" or "tell") && k < t.Count
            && Lexicon.ToldPeople.Contains(t[k].Lower) && t[k].Lower is not ("reporters" or "journalists")) k++;
        // ("told a London, Ont., court Tuesday he did not see …", "told a Winnipeg court": the court, with its place before it, and when.)
        else if (t[i].Lower is "told" or "tells" or "tell" or "telling" && CourtOfPlace(t, k) is var court and > 0)
        {
            k = court;
            while (k < t.Count && Days.Contains(t[k].Text)) k++;
        }
        else if (t[i].Lower is "told" or "tells" or "tell" or "telling")
        {
            // ("told reporters the government wants …": "the" before a word in lower case opens the words, unless an audience follows.)
            while (k < t.Count && (t[k].IsCapitalized || t[k].Lower is "reporters" or "journalists" or "him" or "her" or "them" or "me" or "us"
                                   || t[k].Lower is "the" or "a" or "an" && k + 1 < t.Count && (t[k + 1].IsCapitalized || Lexicon.Audiences.Contains(t[k + 1].Text)
                                       || k + 2 < t.Count && t[k + 1].IsWord && (Lexicon.Audiences.Contains(t[k + 2].Text) || ClauseOpens(t[k + 2].Lower)))
                                   // ("told the couple the work would resume": whom, a noun right before the clause's own article or pronoun.)
                                   || k > 0 && t[k - 1].Lower is "the" or "a" or "an" && k + 1 < t.Count && t[k].IsWord && ClauseOpens(t[k + 1].Lower)
                                   || k > 0 && t[k - 1].Lower == "the" && Lexicon.Audiences.Contains(t[k].Text)
                                   // ("told the legislative assembly the territory would …": an adjective before the audience.)
                                   || k > 0 && t[k - 1].Lower == "the" && k + 1 < t.Count && t[k].IsWord && Lexicon.Audiences.Contains(t[k + 1].Text)
                                   || k > 1 && t[k - 2].Lower == "the" && Lexicon.Audiences.Contains(t[k].Text)
                                   // ("Staff told council the city spent …": an audience without its article.)
                                   || k > 0 && t[k - 1].Lower is "told" or "tells" or "tell" or "telling" && Lexicon.Audiences.Contains(t[k].Text) && k + 1 < t.Count && ClauseOpens(t[k + 1].Lower))) k++;
        }
        // "told reporters after the meeting he …": when it was said is not what was said.
        if (k + 3 < t.Count && t[k].Lower is "after" or "following" or "at" or "during" && t[k + 1].Lower is "the" or "a" && Occasions.Contains(t[k + 2].Text)) k += 3;
        if (k >= t.Count - 1) return null;
        if (t[k].Lower is "to" or "for" or "of" or "by" or "with" or "on" or "about" or "up" or "out" or "off" // "asked for", "warned of": not a clause,
            && !(t[k].Lower is "up" or "about" && k + 2 < t.Count && (t[k + 1].Lower == "to" ? t[k + 2] : t[k + 1]).Text is [>= '0' and <= '9', ..])
            && !(t[k].Lower == "about" && k + 2 < t.Count && AQuantity(t, k + 1))) return null; // but "said up to 30 …", "said about a third of …" are
        return (source, cue, Trim(text, t[k].Start, sEnd));
    }

    /// <summary>"a third of", "half", "a dozen", "one in five" at <paramref name="k"/>: a quantity, not what a remark was about.</summary>
    static bool AQuantity(List<Token> t, int k) =>
        t[k].Lower is "half" or "twice" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "a" or "an"
        && (t[k].Lower is not ("a" or "an") || k + 1 < t.Count && t[k + 1].Lower is "third" or "quarter" or "half" or "fifth" or "tenth" or "dozen" or "hundred" or "thousand" or "million" or "billion")
        && (t[k].Lower is not ("one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten")
            || k + 1 < t.Count && (t[k + 1].Lower is "in" or "of" or "per" or "percent" or "dozen" or "hundred" or "thousand" or "million" or "billion" || k + 2 < t.Count && t[k + 2].Lower is "of" or "per"));

    /// <summary>The token after "a London, Ont., court" or "a Winnipeg court" at <paramref name="k"/>: an audience after its place's
    /// name (capitalised words, a province's abbreviation set off by commas), else -1.</summary>
    static int CourtOfPlace(List<Token> t, int k)
    {
        if (k >= t.Count || t[k].Lower is not ("a" or "an" or "the")) return -1;
        var m = k + 1;
        while (m < t.Count && m < k + 8 && (t[m].IsCapitalized && t[m].IsWord || t[m].Text == "," && m > k + 1
               || t[m].Text == "." && t[m - 1].IsCapitalized && t[m - 1].Text.Length <= 4 && t[m - 1].End == t[m].Start)) m++;
        return m > k + 1 && m < t.Count && t[m].IsWord && Lexicon.Audiences.Contains(t[m].Text) && !Lexicon.Audiences.Contains(t[m - 1].Text) ? m + 1 : -1;
    }

    /// <summary>A word that opens a clause's subject: "the", "he", "there" (after whom a remark was told to).</summary>
    internal static bool ClauseOpens(string lower) => lower is "the" or "a" or "an" or "he" or "she" or "it" or "they" or "we" or "there" or "his" or "her" or "their" or "its" or "this" or "that";

    /// <summary>A modal verb: words with one ("the results should worry …") are no name.</summary>
    static bool Modal(string lower) => lower is "should" or "would" or "could" or "will" or "can" or "may" or "might" or "must";

    /// <summary>"months", "years", "a decade", "some time" at token <paramref name="k"/>: a stretch of time after "for".</summary>
    internal static bool Duration(List<Token> t, int k) =>
        k < t.Count && (t[k].Lower is "months" or "years" or "weeks" or "days" or "decades" or "hours" or "ages"
            || k + 1 < t.Count && t[k].Lower is "a" or "some" or "many" or "several" or "two" or "three" or "the" && t[k + 1].Lower is "decade" or "year" or "time" or "while" or "months" or "years" or "weeks" or "decades" or "past" or "last");

    /// <summary>A sentence opening with a described person and "who" or "whose" before the cue ("A Calgary man who was buried …"):
    /// the tokens of the description and of the pronoun, else null.</summary>
    static (int First, int Last, int Relative)? RelativeOpener(List<Token> t, int cue)
    {
        var k = Opening(t, cue);
        if (k >= cue || t[k].Lower is not ("a" or "an" or "the")) return null;
        var j = k + 1;
        // ("A Brampton man accused of defrauding seniors told victims …": a participle's phrase describes him as "who" would.)
        bool Opens(int x) => t[x].Lower is "who" or "whose"
                             || t[x].Lower is "accused" or "charged" or "convicted" or "suspected" or "acquitted" or "arrested" && x + 1 < cue && t[x + 1].Lower is "of" or "with" or "in";
        while (j < cue && j - k <= 4 && t[j].IsWord && !Opens(j)) j++;
        if (j >= cue - 1 || j == k + 1 || !Opens(j) || cue - j > 20) return null;
        var head = t[j - 1];
        // ("A Surrey couple who lost their savings … are warning": two people as one.)
        if (head.IsCapitalized || !(People.IsRoleNoun(head.Lower) || Speakers.DescribedSex(head.Lower) is not null || head.Lower is "couple" or "family")) return null;
        for (var m = j + 1; m < cue; m++) if (t[m].Text is ";" or ":" or "." || t[m].IsOpenQuote) return null;
        // "A Kamloops woman who was denied benefits has won her appeal after a tribunal found …": a clause of its own, with its own
        // subject, says who found it ("while backcountry skiing" has none).
        for (var m = j + 2; m < cue - 1; m++)
            if (t[m].Lower is "after" or "because" or "when" or "since" or "until" or "although" or "though" or "before" or "once"
                && t[m + 1].Lower is "a" or "an" or "the" or "it" or "he" or "she" or "they" or "its" or "his" or "her" or "their") return null;
        return (k, j - 1, j);
    }

    /// <summary>Cues that go on a sentence whose subject did something else first ("… did not vote, but told reporters …").</summary>
    static readonly HashSet<string> ButSaid = ["said", "says", "told", "tells", "added", "insisted", "warned", "noted", "acknowledged", "conceded", "stressed", "argued", "wrote"];

    /// <summary>Whether token <paramref name="j"/> is a cue of a clause of its own after the cue ending at <paramref name="cueEnd"/>:
    /// a verb of saying after an auxiliary ("have been warning", "has argued", "are insisting"), whose "that" is not the first cue's.</summary>
    static bool NestedCue(List<Token> t, int cueEnd, int j) =>
        j > cueEnd + 1 && Lexicon.VerbCues.Contains(t[j].Lower)
        && (t[j - 1].Lower is "has" or "have" or "had" or "been" or "will" or "would"
            || t[j - 1].Lower is "is" or "are" or "was" or "were" && t[j].Lower.EndsWith("ing", StringComparison.Ordinal))
        // "said a survey of its members found that …": what a study found is inside the remark, its "that" the study's.
        || j > cueEnd + 1 && t[j].Lower is "found" or "finds" or "showed" or "shows" or "suggests" or "suggested" or "concluded" or "concludes" or "indicates"
               or "indicated" or "revealed" or "reveals" or "estimated" or "estimates"
           && t[j - 1].IsWord && !t[j - 1].IsCapitalized && (!Lexicon.NpStop.Contains(t[j - 1].Lower) && !Lexicon.Pronouns.Contains(t[j - 1].Lower)
                   && t[j - 1].Lower is not ("a" or "an" or "the" or "of" or "in" or "on" or "at")
               // ("said the society had surveyed its members and found that …": the same subject's finding.)
               || t[j - 1].Lower is "and" && j - 2 > cueEnd && t[j - 2].IsWord)
        // "said investigators believe the shooting was targeted but that …", "said he thinks that …": the belief and its "that" are the
        // remark's.
        || j > cueEnd && t[j].Lower is "believe" or "believes" or "think" or "thinks" or "suspect" or "suspects" && t[j - 1].IsWord
           && !Lexicon.NpStop.Contains(t[j - 1].Lower) && t[j - 1].Lower is not ("i" or "to");

    static readonly HashSet<string> Days = new([.. Lexicon.Weekdays, .. Lexicon.RelativeDays, "earlier", "later"], StringComparer.OrdinalIgnoreCase);
    static readonly HashSet<string> DayParts = new(StringComparer.OrdinalIgnoreCase) { "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend" };

    /// <summary>The token after a time said with a cue ("said Monday", "said on Tuesday night", "said last week",
    /// "said earlier this month"), or <paramref name="k"/> when none follows.</summary>
    /// <summary>The token after where a cue was said, when the sentence ends there ("said in Quebec City.", "told reporters on
    /// Parliament Hill.", "said outside the courthouse in Surrey."), else <paramref name="k"/>.</summary>
    static int PastPlace(List<Token> t, int k)
    {
        var j = k;
        while (j < t.Count && t[j].Lower is "in" or "at" or "on" or "outside" or "near" or "from")
        {
            var m = j + 1;
            if (m < t.Count && t[m].Lower is "the") m++;
            var named = m;
            // "in Quebec City", "on Parliament Hill", "outside the courthouse", "at Queen's Park", "in St. John's"
            while (m < t.Count && m < named + 5 && (t[m].IsCapitalized || t[m].Text is "." or "'s" or "’s" || t[m].Lower is "of" && m > named
                       || m == named && t[j].Lower is "outside" or "near" or "at" && t[m].IsWord && t[m - 1].Lower == "the" && !Occasions.Contains(t[m].Text)
                       // ("at police headquarters", "at city hall": a building named in lower case.)
                       || m < named + 2 && t[j].Lower is "outside" or "at" && t[m].IsWord && (PlaceNouns.Contains(t[m].Lower) || m + 1 < t.Count && PlaceNouns.Contains(t[m + 1].Lower)))
                   && !(t[m].Text == "." && m + 1 >= t.Count)) m++; // (not the full stop that ends the sentence)
            if (m == named) return k;
            j = m;
        }
        return j > k && (EndsSentence(t, j) || j < t.Count && t[j].Text == ",") ? j : k;
    }

    // ("announced Friday at the Stelco plant in Hamilton": a work site named by its owner.)
    static readonly HashSet<string> PlaceNouns = new(["headquarters", "hall", "courthouse", "scene", "station", "legislature", "detachment", "hospital",
        "plant", "mill", "mine", "factory", "facility", "site", "airport", "port", "campus", "offices", "building", "arena", "church"], StringComparer.Ordinal);

    static int PastWhen(List<Token> t, int k)
    {
        var j = k;
        if (j < t.Count && t[j].Lower == "on") j++;
        if (j < t.Count && Days.Contains(t[j].Text)) j++;
        else if (j < t.Count && t[j].Lower is "last" or "this" && j + 1 < t.Count && DayParts.Contains(t[j + 1].Text)) return j + 2;
        else return k;
        if (j < t.Count && t[j].Lower is "this" or "last" && j + 1 < t.Count && DayParts.Contains(t[j + 1].Text)) return j + 2;
        if (j < t.Count && DayParts.Contains(t[j].Text)) j++;
        return j;
    }

    /// <summary>Past whom a "told" tells ("told reporters", "told CBC News", "told the Canadian Press"), else <paramref name="k"/>.</summary>
    static int PastTold(List<Token> t, int cue, int k)
    {
        if (t[cue].Lower is not ("told" or "tells" or "tell")) return k;
        bool Name(int j) => j < t.Count && t[j].IsCapitalized && !Days.Contains(t[j].Text);
        // ("told the commission's board on Wednesday", "told the city's finance committee": whose audience, then the audience.)
        if (k + 2 < t.Count && t[k].Lower is "the" or "its" or "his" or "her" or "their" && (t[k + 1].Lower.EndsWith("'s", StringComparison.Ordinal) || t[k + 1].Lower.EndsWith("’s", StringComparison.Ordinal))
            && (Lexicon.Audiences.Contains(t[k + 2].Text) || Lexicon.ToldPeople.Contains(t[k + 2].Lower)))
            return k + 3;
        // "the" only before a name or an audience: "told CBC News | the blaze started" keeps its "the".
        if (k + 1 < t.Count && t[k].Lower == "the" && (Name(k + 1) || Lexicon.Audiences.Contains(t[k + 1].Text))) k++;
        // "told a news conference in Quebec City.", "told a rally": an occasion told, which ends whom.
        if (k + 1 < t.Count && t[k].Lower is "a" or "an" && (k + 2 < t.Count && t[k + 1].Lower is "news" or "press" or "virtual" or "town" or "campaign" ? k + 2 : k + 1) is var occasion
            && occasion < t.Count && Lexicon.Audiences.Contains(t[occasion].Text))
            return occasion + 1;
        // An audience ends whom: "told the court | Pratt used the money", "told her | the plan was dead".
        // ("told court Monday", as Canadian copy writes it, without the article.)
        if (k < t.Count && (Lexicon.ToldPeople.Contains(t[k].Lower) || t[k].Lower is "him" or "her" or "them" or "me" or "us" or "court" or "council" or "jurors"
            || t[k - 1].Lower == "the" && Lexicon.Audiences.Contains(t[k].Text)))
            return k + 1;
        // A name, with "and" or "of" inside it ("The Globe and Mail").
        while (Name(k) || k + 1 < t.Count && t[k].Lower is "and" or "of" && k > 0 && Name(k - 1) && Name(k + 1)) k++;
        return k;
    }

    static readonly HashSet<string> Occasions = new([.. Lexicon.ChannelNouns, "meeting", "hearing", "event", "rally", "session", "update", "call",
        "announcement", "summit", "debate", "forum", "ceremony", "sermon", "lecture", "affidavit", "ruling", "decision", "judgment", "posting", "notice", "bulletin", "advisory"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The token after the occasion a cue names before the sentence ends ("said in a news release", "said at a news
    /// conference in Ottawa", "wrote in a post on Facebook", "wrote on X", "said during a briefing with reporters"), else <paramref name="k"/>.</summary>
    static int PastChannel(List<Token> t, int k)
    {
        if (k >= t.Count || t[k].Lower is not ("in" or "at" or "during" or "on" or "via" or "through")) return k;
        var noun = -1;
        for (var j = k + 1; j < Math.Min(t.Count, k + 6) && t[j].IsWord; j++)
            if (Occasions.Contains(t[j].Text) || j == k + 1 && t[k].Lower == "on" && (t[j].IsCapitalized || t[j].Lower == "social")) { noun = j; break; } // "wrote on Facebook"
        if (noun < 0) return k;
        var m = noun + 1;
        while (m < t.Count && m < noun + 10 && (t[m].IsCapitalized || Occasions.Contains(t[m].Text) || Days.Contains(t[m].Text) || DayParts.Contains(t[m].Text)
               || t[m].Lower is "on" or "in" or "at" or "from" or "to" or "with" or "the" or "a" or "an" or "its" or "his" or "her" or "their"
                   or "posted" or "published" or "issued" or "sent" or "released" or "late" or "early" or "last" or "this" or "news" or "social" or "media"
                   or "reporters" or "journalists" or "website" or "site" or "page" or "account" or "channel" or "feed" or "blog" or "official")) m++;
        return m;
    }

    /// <summary>", a move the union called …" after a cue: a phrase set beside the whole remark, which came before the cue.</summary>
    static bool Appositive(List<Token> t, int k) =>
        k + 2 < t.Count && t[k].Text == "," && t[k + 2].IsWord && char.IsLower(t[k + 2].Text[0])
        && (t[k + 1].Lower is "a" or "an"
            // ", the fastest increase in two years" (but ", the biggest victor was not on the stage" goes on as a clause)
            || t[k + 1].Lower == "the" && Ranked(t[k + 2].Lower) && !t.Skip(k + 3).Any(x => Refine.Finite(x.Lower)));

    /// <summary>A superlative or an ordinal: "fastest", "largest", "first", "third", "latest", "most".</summary>
    internal static bool Ranked(string w) => w is "first" or "second" or "third" or "fourth" or "fifth" or "latest" or "most" or "least" or "last" or "only"
        || w.Length > 5 && w.EndsWith("est", StringComparison.Ordinal) && w is not ("interest" or "request" or "protest" or "contest" or "harvest" or "forest" or "honest" or "modest");

    /// <summary>", after complaints passed 70,000" after a cue: the circumstances of the whole remark, which came before the cue.</summary>
    static bool ClauseAfter(List<Token> t, int k) =>
        // (", days after the doctors' association said …", ", two weeks before …": when, measured from something else.)
        k + 3 < t.Count && t[k].Text == "," && (t[k + 1].Lower is "days" or "hours" or "weeks" or "months" or "years" or "minutes" && t[k + 2].Lower is "after" or "before" or "since"
            || t[k + 1].Lower is "a" or "two" or "three" or "four" or "five" or "several" or "just" or "only" && t[k + 2].Lower is "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years" or "hours" or "hour"
               && t[k + 3].Lower is "after" or "before" or "since")
        // (", even as …", ", even though …": the same.)
        || k + 2 < t.Count && t[k].Text == "," && t[k + 1].Lower is "even" && t[k + 2].Lower is "as" or "though" or "if" or "when" or "while"
        || k + 1 < t.Count && t[k].Text == "," && t[k + 1].Lower is "after" or "as" or "when" or "while" or "before" or "amid" or "following" or "despite" or "since" or "because"
            or "but" or "though" or "although" or "yet" or "whereas"
            // ", calling the cameras a “cash cow”", ", adding that …": a remark of its own, under its own cue.
            or "calling" or "adding" or "noting" or "arguing" or "warning" or "citing" or "describing" or "saying"
        // (", in a bid to cut …", ", in an effort to …", ", as part of …": what it was for.)
        || k + 4 < t.Count && t[k].Text == "," && (t[k + 1].Lower is "in" && t[k + 2].Lower is "a" or "an" && t[k + 3].Lower is "bid" or "effort" or "attempt" or "move" && t[k + 4].Lower is "to" or "that"
            || t[k + 1].Lower is "as" && t[k + 2].Lower is "part" && t[k + 3].Lower is "of");

    /// <summary>", chair of the Hunters and Trappers Organization." after a name: a role set beside it that ends the sentence (not
    /// ", adding that …" nor a quotation).</summary>
    static bool RoleToTheEnd(List<Token> t, int k)
    {
        if (k + 2 >= t.Count || t[k].Text != "," || t.Count - k > 20 || t[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal) || t[k + 1].Lower is "and" or "but" or "or" or "then") return false;
        for (var m = k + 1; m < t.Count - 1; m++)
            if (t[m].IsOpenQuote || t[m].IsCloseQuote || t[m].Lower is "said" or "says" or "told" or "tells" || t[m].Text is ";" or ":") return false;
        return EndsSentence(t, t.Count - 1);
    }

    static bool EndsSentence(List<Token> t, int k) => k >= t.Count || (k == t.Count - 1 && t[k].Text is "." or "!" or "?" or "”" or "\"")
        || (k == t.Count - 2 && t[k].Text is "." && t[k + 1].IsCloseQuote);

    /// <summary>"Court heard that …", "the jury heard on Monday that …": what was said in the proceedings, as court reports write it.</summary>
    internal static bool CourtHeard(List<Token> t, int i) =>
        t[i].Lower == "heard" && i > 0 && PastWhen(t, i + 1) is var k && k < t.Count && Proceedings.Contains(t[i - 1].Lower)
        // ("Court heard she wrote herself 300 cheques", "Court heard Pruett hid them": the clause without its "that".)
        && (t[k].Lower == "that" || t[k].Lower is "he" or "she" or "they" or "it" or "we" || t[k].IsCapitalized && t[k].IsWord && k + 1 < t.Count && !t[k + 1].IsCapitalized && t[k + 1].IsWord);

    /// <summary>"“…,” the statement read", "the release reads": a document's words.</summary>
    internal static bool DocumentReads(List<Token> t, int i) =>
        t[i].Lower is "read" or "reads" && i > 0 && Documents.Contains(t[i - 1].Lower);

    internal static readonly HashSet<string> Documents = [.. Lexicon.ChannelNouns, "note", "sign", "notice", "ruling", "decision", "petition", "motion", "bulletin", "advisory"];

    internal static readonly HashSet<string> Proceedings = ["court", "jury", "jurors", "inquiry", "hearing", "tribunal", "trial", "commission", "committee", "inquest"];

    /// <summary>
    /// The subject noun phrase ending just before a cue, read leftwards. An appositive or a parenthesis between the name
    /// and the cue belongs to the source span ("Ryan Ellis, a Republican tax consultant, said"); <see cref="Head"/> then
    /// gives the name alone, for the speaker.
    /// </summary>
    /// <summary>Nouns ending in "-ly" that are no adverb: "A Halifax family said" is the family, not "A Halifax" saying family-ly.</summary>
    static readonly HashSet<string> LyNouns = ["family", "ally", "assembly", "rally", "monopoly", "anomaly", "bully", "homily", "supply"];

    static TextSpan? SubjectBefore(string text, List<Token> t, int cue)
    {
        var j = cue - 1;
        // Auxiliaries and adverbs between the subject and the cue are not the subject: "has also said", "Clinton now says".
        while (j > 0 && (Lexicon.Between.Contains(t[j].Lower) || (t[j].IsWord && !t[j].IsCapitalized
               && (t[j].Lower.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(t[j].Lower) || t[j].Lower is "now" or "long" or "still" or "often" or "always" or "later"))))
            j--;
        if (j < 0 || Lexicon.Between.Contains(t[j].Lower)) return null;
        // "Animal Justice renewed its | call for …": the one whose call it is, before the verb and the possessive.
        if (j >= 2 && j + 1 < t.Count && (Lexicon.NominalCues.Contains(t[j + 1].Lower) || t[j + 1].Lower is "call" or "calls" or "demand" or "demands")
            && t[j].Lower is "its" or "their" or "his" or "her" && t[j - 1] is { IsWord: true, IsCapitalized: false } done
            && (done.Lower.EndsWith("ed", StringComparison.Ordinal) || Refine.Finite(done.Lower)) && !Lexicon.VerbCues.Contains(done.Lower) && t[j - 2].IsWord)
            j -= 2;
        var end = j;
        // "Canada Mortgage and Housing Corp. said": the company's abbreviation and its point.
        if (t[j].Text == "." && j > 0 && t[j - 1].End == t[j].Start && t[j - 1].Text is "Corp" or "Inc" or "Co" or "Ltd") j--;
        if (t[j].Text == ")")
        {
            // "Gov. Mike Pence (R-IN) said": the name before the parenthesis.
            var open = t.FindLastIndex(j, x => x.Text == "(");
            if (open <= 0 || j - open > 8) return null;
            j = open - 1;
        }
        else if (t[j].Text == ",")
        {
            // "The Institute for the Study of War, a Washington-based research group, said …"
            var open = t.FindLastIndex(j - 1, x => x.Text == ",");
            // A long description after a name ("Dr. Kevin Russell, a developmental pediatrician who has worked with autistic children
            // in Manitoba for 20 years, said") is still the name's appositive.
            // ("The province's Special Investigations Unit, which investigates incidents involving police that result in death or serious
            // injury, announced": a body's long relative clause too.)
            // ("One official, who spoke on condition of anonymity because they were not authorized to discuss the files, said": a
            // person described, with a long "who" clause.)
            if (open <= 0 || j - open > 12 && !(j - open <= 24 && (t[open - 1].IsCapitalized || t[open + 1].Lower is "who" && t[open - 1].IsWord) && (t[open + 1].Lower is "a" or "an" or "the" or "who"
                || t[open + 1].Lower is "which" && !t.Skip(open + 2).Take(j - open - 2).Any(x => Lexicon.VerbCues.Contains(x.Lower))))) return null;
            end = j - 1;
            j = open - 1;
            if (t[j].Text == ")") { var p = t.FindLastIndex(j, x => x.Text == "("); if (p > 0 && j - p <= 8) j = p - 1; }
        }
        if (j < 0 || !t[j].IsWord) return null;
        var lower = t[j].Lower;
        if (lower is "who" or "which") return TextSpan.Of(text, t[j].Start, t[j].End);
        // ("Chief Dawna Hope said": a cue's word capitalised after a capitalised word is a name's.)
        if (Lexicon.NpStop.Contains(lower) || Lexicon.VerbCues.Contains(lower) && !(t[j].IsCapitalized && j > 0 && t[j - 1] is { IsCapitalized: true, IsWord: true })) return null;
        var first = j;
        while (first - 1 >= 0 && j - first < 9)
        {
            var p = t[first - 1];
            if (p.Text == "." && first - 2 >= 0 && t[first - 2].Text.Length <= 4 && t[first - 2].IsCapitalized) { first -= 2; continue; } // Mr. / G.
            // "the Alberta Teachers' Association": a plural's possessive apostrophe inside a name.
            if (p.Text is "'" or "’" && first - 2 >= 0 && t[first - 2].End == p.Start && t[first - 2].Lower.EndsWith('s') && t[first].IsCapitalized) { first -= 2; continue; }
            // ("The Canadian Home Builders' Association — Calgary Region said": a body's branch, after a dash, is of the body's name.)
            if (p.Text == "—" && first - 2 >= 0 && t[first - 2].Text is "Association" or "Union" or "Federation" or "Society" or "Council" or "Chamber" or "Institute" or "Alliance"
                    or "Coalition" or "Network" or "Foundation" or "Board" && Enumerable.Range(first, j - first + 1).All(x => t[x].IsCapitalized || t[x].Lower is "of" or "and"))
            { first--; continue; }
            if (!p.IsWord && p.Text is not ("-" or "&")) break;
            // "Mr. Grassley and Mr. Leahy said", "the Canada Mortgage and Housing Corporation said": names joined by "and" are one source.
            if (p.Lower is "and" && first - 2 >= 0 && t[first - 2].IsCapitalized && t[first].IsCapitalized) { first--; continue; }
            // ("…, but riders and drivers say": two groups of people in the plural, joined, after a comma or "but".)
            if (p.Lower is "and" && first == j && first - 3 >= 0 && t[first - 2] is { IsWord: true, IsCapitalized: false } one
                && AttributionGrouping.PeopleInThePlural(one.Lower) && AttributionGrouping.PeopleInThePlural(t[first].Lower)
                && t[first - 3].Text is "," or "but" or "But") { first -= 2; break; }
            if (Lexicon.NpStop.Contains(p.Lower) || Lexicon.VerbCues.Contains(p.Lower) && !(p.IsCapitalized && first - 2 >= 0 && t[first - 2] is { IsCapitalized: true, IsWord: true })
                    // ("A proposed class-action lawsuit …": a participle after an article is the subject's adjective.)
                    && !(first - 2 >= 0 && t[first - 2].Lower is "a" or "an" or "the" && p.Lower.EndsWith("ed", StringComparison.Ordinal))) break;
            if (p.Lower is "but" or "and" or "so") break;
            first--;
        }
        // A pronoun at the end is the whole subject ("Speaking on Monday, he"); after a relative pronoun, what follows.
        // ("a director in the agency's IT branch": initials written in capitals are no pronoun.)
        var pron = Enumerable.Range(first, j - first + 1).LastOrDefault(x => Lexicon.Pronouns.Contains(t[x].Lower) && !(t[x].Text.Length > 1 && t[x].Text.All(char.IsUpper)), -1);
        // "The family of a man who died in custody is calling for …": the subject is before the relative clause.
        // ("A witness who lives nearby, Gurpreet Gill, told CBC News": with the name set off after the clause, which says who.)
        // ("78 per cent of members who cast ballots supported the deal": people in the plural, bare, before the clause.)
        if (pron > first && pron < j && t[pron].Lower is "who" && t[pron - 1].IsWord && !t[pron - 1].IsCapitalized && NounPhraseBefore(t, pron - 1) is var np
            && (np < pron - 1 || AttributionGrouping.Groups.Contains(t[pron - 1].Lower)))
            return TextSpan.Of(text, t[np].Start, end > j + 1 && end - j <= 5 && Enumerable.Range(j + 2, end - j - 1).All(x => t[x].IsCapitalized) ? t[end].End : t[pron - 1].End);
        if (pron >= 0) first = pron < j && t[pron].Lower is "which" or "who" or "that" ? pron + 1 : pron;
        // "a decision | several doctors say": the thing they speak of is not who speaks.
        if (t[first].Lower is "a" or "an" or "the")
            for (var q = first + 2; q < j && q - first <= 3 && t[q - 1].IsWord && char.IsLower(t[q - 1].Text[0]); q++)
                if (Lexicon.OpensCommenters(t[q].Lower) && !Lexicon.OpensCommenters(t[q - 1].Lower)) { first = q; break; }
        // "…, a move | the city says is key to …": a noun the remark is about, then the one who speaks after "the".
        for (var x = j; x > first + 1; x--)
            if (t[x].Lower is "the" && t[x - 1] is { IsWord: true, IsCapitalized: false } about && !Lexicon.NpStop.Contains(about.Lower) && !Lexicon.VerbCues.Contains(about.Lower)
                && about.Lower is not ("of" or "for" or "and" or "or" or "at" or "in" or "on" or "with" or "from" or "to" or "by" or "as" or "about" or "than" or "over")
                && !about.Lower.EndsWith("ing", StringComparison.Ordinal) && !about.Lower.EndsWith("ed", StringComparison.Ordinal) && !about.Lower.EndsWith("ly", StringComparison.Ordinal)
                && t[first].Lower is "a" or "an")
            {
                first = x;
                break;
            }
        // Leading prepositions, time words and verb forms are not the speaker: "In Minsk officials", "contradicting Tulsa police".
        // ("despite a poll suggesting …", "amid warnings from …": the preposition is no part of the poll.)
        while (first < j && (t[first].Lower is "in" or "on" or "at" or "after" or "for" or "from" or "of" or "with" or "by" or "then" or "now"
                   or "despite" or "amid" or "amidst" or "during" or "against" or "unlike" or "like" or "than" or "toward" or "towards" or "via"
               || (!t[first].IsCapitalized && (t[first].Lower.EndsWith("ing", StringComparison.Ordinal) || t[first].Lower.EndsWith("ed", StringComparison.Ordinal)))))
            first++;
        // "In May Trudeau said": the month after the preposition is when, not the speaker's given name.
        if (first > 0 && first < j && t[first - 1].Lower is "in" or "on" && (Lexicon.Months.Contains(t[first].Text) || Lexicon.Weekdays.Contains(t[first].Text))
            && t[first + 1].IsCapitalized) first++;
        if (t[first].Text is "-") return null;
        // "The family of a man shot and killed by RCMP officers in Surrey last month is calling for …": the family calls, not whoever
        // the participle's "by" names.
        if (first >= 2 && t[first - 1].Lower == "by" && !t[first - 2].IsCapitalized && t[first - 2].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            var participle = first - 2;
            while (participle >= 2 && t[participle - 1].Lower is "and" or "or" && t[participle - 2].IsWord && !t[participle - 2].IsCapitalized) participle -= 2;
            var opening = Opening(t, participle);
            if (participle - opening is >= 2 and <= 10 && t[opening].Lower is "the" or "a" or "an" && t.Skip(opening).Take(participle - opening).All(x => x.IsWord || x.Text is "-" or "'" or "’"))
                return TextSpan.Of(text, t[opening].Start, t[participle - 1].End);
        }
        // "the Markham, Ont., product said": the description of where the person is from, whole.
        if (first == j && Speakers.HomeNouns.Contains(t[j].Lower) && t[j].Start > 0
            && Speakers.HomeBefore().Match(text, Math.Max(0, t[j].Start - 60), Math.Min(60, t[j].Start)) is { Success: true } home)
            return TextSpan.Of(text, home.Index, t[j].End);
        return TextSpan.Of(text, t[first].Start, t[Math.Max(end, j)].End);
    }

    /// <summary>Where a noun phrase ending at <paramref name="last"/> starts, reaching back over "of" to its determiner ("The family of
    /// a 31-year-old man"); <paramref name="last"/> itself when no determiner is found within eight tokens.</summary>
    static int NounPhraseBefore(List<Token> t, int last)
    {
        for (var k = last; k >= 0 && last - k < 8; k--)
        {
            if (t[k].Lower is "the" or "a" or "an" or "his" or "her" or "their")
            {
                // "The family of | a 31-year-old man": a determiner after "of" belongs to a longer phrase.
                if (k >= 2 && t[k - 1].Lower is "of" or "for" && NounPhraseBefore(t, k - 2) is var outer && outer < k - 2) return outer;
                // ("Parents of | the children who died said": people in the plural opening the sentence, bare, before "of".)
                if (k >= 2 && t[k - 1].Lower is "of" && (k == 2 || !t[k - 3].IsWord) && (AttributionGrouping.Groups.Contains(t[k - 2].Lower) || t[k - 2].Lower is "relatives" or "friends" or "supporters"))
                    return k - 2;
                return k;
            }
            if (!t[k].IsWord && t[k].Text != "-" || Lexicon.VerbCues.Contains(t[k].Lower) || Lexicon.NpStop.Contains(t[k].Lower)) return last;
        }
        return last;
    }

    /// <summary>The name in a source span: the part before an appositive comma or a parenthesis.</summary>
    internal static TextSpan Head(string text, TextSpan source)
    {
        var cut = source.Text.IndexOfAny([',', '(']);
        // ("The survey of 3,200 teachers": a thousands separator sets nothing off.)
        while (cut > 0 && cut + 1 < source.Text.Length && source.Text[cut] == ',' && char.IsAsciiDigit(source.Text[cut - 1]) && char.IsAsciiDigit(source.Text[cut + 1]))
            cut = source.Text.IndexOfAny([',', '('], cut + 1);
        if (cut <= 0) return source;
        var end = source.Start + cut;
        while (end > source.Start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.Of(text, source.Start, end);
    }

    static TextSpan? SentenceSubject(string text, List<Token> t, int before)
    {
        var k = Opening(t, before);
        var end = k;
        // "The Bank of Canada", "The Federation of Independent Business": a name goes on over "of" and "for".
        while (end < before && end - k < 9 && (t[end].IsWord && (t[end].IsCapitalized || Lexicon.Pronouns.Contains(t[end].Lower)
               || end > k && t[end].Lower is "of" or "for" && end + 1 < before && t[end + 1].IsCapitalized
               // ("The Saskatchewan Government and General Employees' Union": "and" and a plural's possessive inside a body's name.)
               || end > k + 1 && t[end].Lower is "and" && t[end - 1].IsCapitalized && end + 1 < before && t[end + 1].IsCapitalized)
               || end > k && t[end].Text is "'" or "’" && t[end - 1].Text.EndsWith('s') && end + 1 < before && t[end + 1].IsCapitalized)) end++;
        // ("Quebec's largest teachers' union will ask …, saying …": a possessive's noun phrase, up to the verb.)
        if (end > k && end < before && t[end - 1].Text is var owner && (owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal)))
            while (end < before && end - k < 9 && (t[end].IsWord && !t[end].IsCapitalized && !Lexicon.VerbCues.Contains(t[end].Lower) && !Refine.Finite(t[end].Lower)
                       && t[end].Lower is not ("should" or "may" or "might" or "must" or "who" or "which" or "that") && !t[end].Lower.EndsWith("ed", StringComparison.Ordinal)
                   || t[end].Text is "'" or "’" && t[end - 1].Text.EndsWith('s'))) end++;
        // "The authority confirmed the figures but said …": an article's noun, up to the verb.
        // ("In an email, the airline …": the article in lower case after a phrase set off.)
        if (end == k && k > 0 && t[k - 1].Text == "," && t[k].Lower is "the" or "a" or "an") end = k + 1;
        if (end == k + 1 && t[k].Lower is "the" or "a" or "an" or "this" or "that")
            while (end < before && end - k < 4 && t[end].IsWord && !t[end].IsCapitalized && !Lexicon.VerbCues.Contains(t[end].Lower) && !Refine.Finite(t[end].Lower)
                   && !t[end].Lower.EndsWith("ed", StringComparison.Ordinal)) end++;
        return end == k ? null : TextSpan.Of(text, t[k].Start, t[end - 1].End);
    }

    /// <summary>Where a sentence's own words open: past a dateline ("OTTAWA — The Bank of Canada held …": the dateline is where, not
    /// who; it opens with a place in capitals, "FORT NELSON, B.C.", "THOMPSON, Man.", not a name, "Premier Doug Ford —") and a
    /// leading conjunction.</summary>
    static int Opening(List<Token> t, int before)
    {
        var k = 0;
        var dash = t.FindIndex(0, Math.Min(before, 8), x => x.Text is "—" or "–");
        if (dash > 0 && t[0].IsWord && t[0].Text.Length >= 2 && !t[0].Text.Any(char.IsLower)
            && t.Take(dash).All(x => !x.IsWord || !x.Text.Any(char.IsLower) || x.IsCapitalized && x.Text.Length <= 4)) k = dash + 1;
        while (k < before && (!t[k].IsWord || t[k].Lower is "but" or "and" or "so" or "still" or "yet" or "then")) k++;
        // ("In an email, the airline apologized and said …": a phrase set off before the subject is where or how, not who.)
        if (k < before && t[k].Lower is "in" or "on" or "at" or "during" or "through" or "via" or "after" && t.FindIndex(k + 1, Math.Min(8, before - k - 1), x => x.Text == ",") is var comma and > 0
            && comma + 1 < before && t.Skip(k + 1).Take(comma - k - 1).All(x => x.IsWord)) k = comma + 1;
        return k;
    }

    /// <summary>"said co-founder and chief executive Mahshid Yassaei": an "and" between two role words before a name is the role's.</summary>
    static bool AndInRole(List<Token> t, int k, int and) =>
        t[and].Lower == "and" && and > k && !t[and - 1].IsCapitalized && People.IsRoleNoun(t[and - 1].Lower.Split('-')[^1])
        && Enumerable.Range(and + 1, Math.Min(4, t.Count - and - 1)).FirstOrDefault(x => t[x].IsCapitalized, -1) is var name and > 0
        && Enumerable.Range(and + 1, name - and - 1).All(x => t[x].IsWord && !t[x].IsCapitalized) && People.IsRoleNoun(t[name - 1].Lower);

    static (TextSpan Span, int Next)? NpAfter(string text, List<Token> t, int k)
    {
        var end = k;
        while (end < t.Count && end - k < 10 && (t[end].IsWord || t[end].Text is "." && end + 1 < t.Count && t[end + 1].IsWord)
               && (!Lexicon.NpStop.Contains(t[end].Lower) || AndInRole(t, k, end))
               // ("said incident commander Landon Shepherd at a briefing Tuesday": where he said it, not who he is.)
               && !(t[end].Lower is "at" && end > k && t[end - 1].IsCapitalized && end + 1 < t.Count && t[end + 1].Lower is "a" or "an")) end++;
        if (end == k) return null;
        return (TextSpan.Of(text, t[k].Start, t[end - 1].End), end);
    }

    /// <summary>“Content,” said X. / “Content,” X said. The quote may have opened in an earlier sentence.</summary>
    static (TextSpan? Source, TextSpan? Content) QuotedBefore(string text, List<Token> t, int cueStart, int cueEnd, int sStart, List<(int Start, int End)> sentences, int si)
    {
        // Find a closing quote right before the cue (optionally with a source between).
        var j = cueStart - 1;
        TextSpan? source = null;
        var appositive = false;
        // ("“…,” Kowalchuk, now 78, said with a laugh": a source with an appositive ends in a comma too.)
        if (j >= 0 && !t[j].IsCloseQuote && (t[j].Text != "," || j > 0 && !t[j - 1].IsCloseQuote))
        {
            var s = SubjectBefore(text, t, cueStart);
            if (s is null) return (null, null);
            // (A name set off with its appositive, never a description: "…''provider,'' a study by a sociologist, Mikhail Dmitriyev, concluded".)
            appositive = t[j].Text == ",";
            if (appositive && (!char.IsUpper(s.Text[0]) || s.Text.StartsWith("The ", StringComparison.Ordinal) || s.Text.StartsWith("A ", StringComparison.Ordinal) || s.Text.StartsWith("An ", StringComparison.Ordinal)))
                return (null, null);
            j = t.FindLastIndex(x => x.End <= s.Start);
            source = s;
        }
        if (j < 0) return (null, null);
        if (t[j].Text == "," && j - 1 >= 0 && t[j - 1].IsCloseQuote) j--;
        else if (t[j].IsCloseQuote && j - 1 >= 0 && t[j - 1].Text is "," or "?" or "!") { }
        else return (null, null);
        var close = j;
        if (source is null)
        {
            var after = NpAfter(text, t, cueEnd);
            if (after is null) return (null, null);
            source = after.Value.Span;
            // ("“…,” said its vice-president, Martin Vézina.": the name set off after the role is who spoke.)
            var named = after.Value.Next + 1;
            var nameEnd = named;
            while (nameEnd < t.Count && nameEnd - named < 4 && t[nameEnd].IsWord && t[nameEnd].IsCapitalized) nameEnd++;
            if (t[after.Value.Next - 1].IsWord && !t[after.Value.Next - 1].IsCapitalized && after.Value.Next < t.Count && t[after.Value.Next].Text == ","
                && nameEnd - named >= 2 && (EndsSentence(t, nameEnd) || nameEnd < t.Count && t[nameEnd].Text == "," && nameEnd + 1 < t.Count && t[nameEnd + 1].Lower is "who"))
                source = TextSpan.Of(text, after.Value.Span.Start, t[nameEnd - 1].End);
        }
        var open = t.FindLastIndex(close - 1, x => x.IsOpenQuote);
        // (Set off with an appositive, only a quotation that opens the sentence: never a show's title, "On “Face the Nation,” Sen. Bernie
        // Sanders (Vt.), who lost …, identified …".)
        if (appositive && open > 0) return (null, null);
        int contentStart;
        if (open >= 0 && t[open].Text != "”") contentStart = t[open].Start;
        else contentStart = Math.Max(sStart, QuoteStart(text, t, sStart, sentences, si) - 1);
        var contentEnd = t[close].End;
        // “Here he is, babe,” she said, “Donald's here.” / … she said. “Donald's here.” — the quotation goes on.
        var afterSource = t.FindIndex(x => x.Start >= Math.Max(source.End, t[cueEnd - 1].End));
        if (afterSource >= 0 && afterSource + 1 < t.Count && t[afterSource].Text == "," && t[afterSource + 1].IsOpenQuote)
            contentEnd = t[^1].IsCloseQuote ? t[^1].End : t[^1].Text == "." && t.Count > 1 && t[^2].IsCloseQuote ? t[^2].End : contentEnd;
        else
            for (var next = si + 1; next < sentences.Count && next <= si + 3; next++)
            {
                var (ns, ne) = sentences[next];
                var seg = text.AsSpan(ns, ne - ns).TrimEnd();
                if (seg.Length < 3 || seg[0] is not ('“' or '"') || seg[^1] is not ('”' or '"')) break;
                contentEnd = ns + seg.Length;
            }
        if (contentEnd <= contentStart) return (null, null);
        return (source, TextSpan.Of(text, contentStart, contentEnd));
    }

    /// <summary>Where an open quotation that this sentence closes began: here, or up to three sentences back.</summary>
    static int QuoteStart(string text, List<Token> t, int sStart, List<(int Start, int End)> sentences, int si)
    {
        if (t.Count > 0 && t[0].IsOpenQuote) return t[0].End;
        for (var back = si - 1; back >= 0 && back >= si - 3; back--)
        {
            var s = sentences[back];
            var seg = text.AsSpan(s.Start, s.End - s.Start);
            var opens = seg.Count('“');
            var closes = seg.Count('”');
            if (opens > closes) return s.Start + seg.IndexOf('“') + 1;
            if (closes > 0) break;
        }
        return sStart;
    }

    static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or '—')) start++;
        // A sentence's full stop goes, an abbreviation's stays ("after 10 p.m.", "in the U.S.").
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':'
                               || text[end - 1] == '.' && !(end - 3 >= start && text[end - 3] == '.' && char.IsLetter(text[end - 2])))) end--;
        // Keep a closing quote only when its opening quote is inside the span.
        if (end > start && text[end - 1] is '”' && text.AsSpan(start, end - start).Count('“') < text.AsSpan(start, end - start).Count('”'))
        {
            end--;
            while (end > start && text[end - 1] is '.' or ',' or ' ') end--;
        }
        return TextSpan.Of(text, start, end);
    }

    /// <summary>Verbatim quotations inside the content: “…” or "…", without the marks.</summary>
    internal static List<TextSpan> Quotes(string text, TextSpan content)
    {
        var list = new List<TextSpan>();
        foreach (Match m in QuotePattern().Matches(text[content.Start..content.End]))
        {
            var g = m.Groups[1].Success ? m.Groups[1] : m.Groups[2];
            var s = content.Start + g.Index;
            var e = s + g.Length;
            // Words in quotation marks that are not the speaker's: a title, a nickname, a slogan, someone's promise.
            if (NotTheSpeakers(text, content.Start + m.Index, content.Start + m.Index + m.Length)
                || SomeoneElseSaid(text.AsSpan(content.Start, m.Index))) continue;
            while (e > s && text[e - 1] is '.' or ',') e--;
            if (e > s) list.Add(TextSpan.Of(text, s, e));
        }
        return list;
    }

    [GeneratedRegex("“([^“”]+)”|\"([^\"]+)\"")]
    private static partial Regex QuotePattern();

    /// <summary>
    /// Whether the quotation from <paramref name="open"/> to <paramref name="close"/> holds words that are not the speaker's: a
    /// title ("a report, titled “Waiting for Care,”"), a nickname inside a name ("Sidney “Sid the Kid” Crosby"), a slogan or a
    /// promise someone else made ("broken his promise to “fix health care”", "the premier's pledge to “end hallway medicine”").
    /// A reader must never see those as the speaker's own words.
    /// </summary>
    static bool NotTheSpeakers(string text, int open, int close)
    {
        var before = text.AsSpan(Math.Max(0, open - 40), Math.Min(40, open)).TrimEnd();
        if (OthersWordsBefore().IsMatch(before)) return true;
        // "rejected Troster's characterization of his remarks as “fear-mongering”": the word is the one whose characterization it is.
        if (OthersCharacterization().IsMatch(text.AsSpan(Math.Max(0, open - 100), Math.Min(100, open)))) return true;
        // A nickname: a capitalised word before, a capitalised word after, nothing between but spaces, a few words inside.
        return close - open <= 30 && open >= 2 && text[open - 1] == ' ' && char.IsLetter(text[open - 2]) && close + 2 < text.Length && text[close] == ' ' && char.IsUpper(text[close + 1])
               && text.AsSpan(0, open - 1).LastIndexOf(' ') + 1 is var given && Lexicon.IsGivenName(text[given..(open - 1)]);
    }

    /// <summary>
    /// Whether the words before a quotation in a claim give it to someone else: a verb of calling or describing whose subject is not
    /// a pronoun ("the mayor had called the budget “…”", "the province described the request as “…”", "critics who call the plan
    /// “…”", "residents in his ward tell him they “…”"); "she called it “…”" and "he respects Clinton and calls her “…”" stay the
    /// speaker's.
    /// </summary>
    static bool SomeoneElseSaid(ReadOnlySpan<char> before)
    {
        Match? last = null;
        foreach (Match m in CalledBy().Matches(before.ToString())) last = m;
        // (A conjunction or "to" before the verb keeps the sentence's subject: "he respects Clinton and calls her “…”".)
        return last is not null && last.Groups["who"].Value.ToLowerInvariant() is not ("he" or "she" or "they" or "i" or "we" or "you" or "it" or "and" or "but" or "or"
                   or "then" or "also" or "to" or "not" or "just" or "only" or "him" or "her" or "them" or "me" or "us" or "yet" or "never" or "already" or "still"
                   or "even" or "hadn’t" or "hadn't" or "hasn’t" or "hasn't" or "has" or "had" or "have" or "his" or "their" or "its" or "our" or "my" or "your")
               && before[(last.Index + last.Length)..] is var between && between.IndexOfAny(".;\"“”") < 0 && between.Length <= 80
               // ("“…,” Smith said, “…”": a quotation the reporter interrupted to say who spoke goes on in the speaker's words.)
               && !Interruption(before[..last.Index]);
    }

    /// <summary>Whether text ends with a closing quotation mark and, after it, only the capitalised words of a name or title
    /// ("“We will cut taxes,” Mayor Ann ").</summary>
    static bool Interruption(ReadOnlySpan<char> before)
    {
        var close = before.LastIndexOfAny("\"”");
        if (close < 0) return false;
        foreach (var word in before[(close + 1)..].ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            if (!char.IsUpper(word[0])) return false;
        return true;
    }

    [GeneratedRegex(@"\b(?<who>[\w'’-]+)\s+(?:(?:who|which|that|had|has|have|once|also|later|then|repeatedly|publicly|previously|at\s+last)\s+){0,2}(?:(?:called|calls|dubbed|dubs|labelled|labeled|labels|termed|terms)(?!\s+(?:for|on|upon|off|out|in)\b)|(?<=(?:who|that|some|many|critics|others|opponents|people)\s+)call\b(?!\s+(?:for|on|upon|off|out|in)\b)|(?:described|describes|describe)(?=[^“”""]{0,60}\sas\s*$)|(?:tell|tells|told)(?=\s+(?:him|her|them|us|me)\b))")]
    private static partial Regex CalledBy();

    [GeneratedRegex(@"\b[A-Z][\w-]*['’]s?\s+(?:characteri[sz]ation|description|label|labelling|labeling|accusation|depiction|portrayal)\b[^.;""“”]{0,60}?\sas\s*$")]
    private static partial Regex OthersCharacterization();

    [GeneratedRegex(@"(?:\b(?:titled|entitled|nicknamed|so-called|slogan|motto|hashtag|(?:promise|pledge|vow|commitment|commitments|campaign)\s+to|known\s+as)|['’]s\s+(?:promise|pledge|vow|slogan|motto|commitment)(?:\s+to)?)\s*,?$", RegexOptions.IgnoreCase)]
    private static partial Regex OthersWordsBefore();
}
