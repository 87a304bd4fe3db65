namespace FactCheck.Extraction;

/// <summary>
/// Turns the tagger's spans (cues, sources, contents, each on its own) into attributions: every content joins the
/// nearest cue (its sentence first, then the sentences either side), every cue left over joins the nearest content, and
/// each pair takes the source nearest its cue. A pair without a source in reach, or a cue without content, is dropped.
/// </summary>
internal static class AttributionGrouping
{
    readonly record struct Span(int First, int Last, int Sentence);

    /// <summary>The speaker of an attribution whose source the article does not name.</summary>
    public const string Unknown = "unnamed source";

    public static List<Attribution> Group(string text, AttributionTagger.Doc d, byte[][] tags, IReadOnlyList<Attribution> rules)
    {
        var cues = Spans(d, tags[AttributionTagger.CueRole]);
        var sources = Spans(d, tags[AttributionTagger.SourceRole]);
        var contents = MergeAcrossSentences(d, Spans(d, tags[AttributionTagger.ContentRole]));
        var pairs = new List<(Span Cue, Span Content)>();
        var used = new HashSet<Span>();
        foreach (var c in contents)
            if (Nearest(cues, c) is { } cue) { pairs.Add((cue, c)); used.Add(cue); }
        foreach (var cue in cues)
            if (!used.Contains(cue) && Nearest(contents, cue) is { } c) pairs.Add((cue, c));

        // A source and a content the tagger found with a few untagged words between them and no cue: those words are the
        // cue it missed ("Politifact seized on | that …", "Trump unleashed | a flurry of tweets").
        var usedSources = pairs.Select(p => NearestSource(sources, p.Cue, p.Content)).ToHashSet();
        foreach (var src in sources)
        {
            if (usedSources.Contains(src)) continue;
            var next = contents.FirstOrDefault(c => c.First > src.Last && c.Sentence == src.Sentence);
            if (next == default || next.First - src.Last - 1 is < 1 or > 4) continue;
            if (!Enumerable.Range(src.Last + 1, next.First - src.Last - 1).All(i => d.Tokens[i].IsWord)) continue;
            pairs.Add((new Span(src.Last + 1, next.First - 1, src.Sentence), next));
        }
        var people = People.Index(text);
        var result = new List<Attribution>();
        Attribution? previous = null;
        var previousSentence = -10;
        foreach (var (cue, content) in pairs.OrderBy(p => p.Cue.First).ThenBy(p => p.Content.First))
        {
            var source = NearestSource(sources, cue, content);
            var continuing = previous is not null && cue.Sentence - previousSentence <= 3 ? previous : null;
            TextSpan sourceSpan;
            string speaker;
            if (source is { } s) sourceSpan = Of(text, d, s);
            else if (rules.FirstOrDefault(r => r.Cue.Start < d.Tokens[cue.Last].End && d.Tokens[cue.First].Start < r.Cue.End) is { } rule) sourceSpan = rule.Source;
            else
            {
                // No source in reach ("It was reported that …", a quotation continued): an empty span at the cue,
                // and the speaker of the remark just before, if there is one.
                sourceSpan = TextSpan.Of(text, d.Tokens[cue.First].Start, d.Tokens[cue.First].Start);
            }
            var cueSpan = Of(text, d, cue);
            var contentSpan = Of(text, d, content);
            speaker = sourceSpan.Length == 0 ? continuing?.Speaker ?? Unknown : Speakers.Resolve(AttributionExtractor.Head(text, sourceSpan), text, people, continuing);
            var (ss, se) = d.Sentences[cue.Sentence];
            var channel = Channels.Find(text[d.Tokens[ss].Start..d.Tokens[se - 1].End]);
            if (channel is null && continuing is not null && Lexicon.Pronouns.Contains(sourceSpan.Text.ToLowerInvariant()) && speaker == continuing.Speaker)
                channel = continuing.Channel; // "But he conceded …" keeps the channel of his previous remark
            var quotes = AttributionExtractor.Quotes(text, contentSpan);
            var (score, reasons) = CheckWorthiness.Score(contentSpan.Text, speaker, sourceSpan, cueSpan, quotes.Count > 0, people);
            var a = new Attribution(sourceSpan, cueSpan, contentSpan, speaker, channel, quotes, score, reasons);
            result.Add(a);
            previous = a;
            previousSentence = cue.Sentence;
        }
        return result;
    }

    static List<Span> Spans(AttributionTagger.Doc d, byte[] labels) =>
        AttributionTagger.Spans(labels).Select(s => new Span(s.First, s.Last, d.SentenceOf[s.First])).ToList();

    /// <summary>A quotation that runs over several sentences is one content: spans with only punctuation between them join.</summary>
    static List<Span> MergeAcrossSentences(AttributionTagger.Doc d, List<Span> spans)
    {
        var merged = new List<Span>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && merged[^1] is var p && s.Sentence - d.SentenceOf[p.Last] == 1 && OnlyPunctuation(d, p.Last + 1, s.First)
                && SameParagraph(d, p.Last, s.First))
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

    static bool SameParagraph(AttributionTagger.Doc d, int a, int b) => d.Paragraph[a] == d.Paragraph[b];

    /// <summary>The span nearest <paramref name="to"/> in its sentence, else in the sentence before or after; null beyond that.</summary>
    static Span? Nearest(List<Span> spans, Span to)
    {
        Span? best = null;
        var bestKey = int.MaxValue;
        foreach (var s in spans)
        {
            var sentences = Math.Abs(s.Sentence - to.Sentence);
            if (sentences > 1 || Overlaps(s, to)) continue;
            var gap = s.First > to.Last ? s.First - to.Last : to.First - s.Last;
            var key = sentences * 10_000 + gap;
            if (key < bestKey) { bestKey = key; best = s; }
        }
        return best;
    }

    /// <summary>The source nearest the cue, outside the content: in the cue's sentence, else the sentence before or after; the one before the cue wins a tie.</summary>
    static Span? NearestSource(List<Span> sources, Span cue, Span content)
    {
        Span? best = null;
        var bestKey = int.MaxValue;
        foreach (var s in sources)
        {
            var sentences = Math.Abs(s.Sentence - cue.Sentence);
            if (sentences > 1 || Overlaps(s, cue) || (s.First >= content.First && s.Last <= content.Last)) continue;
            var key = sentences * 100_000 + (s.Last < cue.First ? (cue.First - s.Last) * 2 : (s.First - cue.Last) * 2 + 1);
            if (key < bestKey) { bestKey = key; best = s; }
        }
        return best;
    }

    static bool Overlaps(Span a, Span b) => a.First <= b.Last && b.First <= a.Last;

    static TextSpan Of(string text, AttributionTagger.Doc d, Span s) => TextSpan.Of(text, d.Tokens[s.First].Start, d.Tokens[s.Last].End);
}
