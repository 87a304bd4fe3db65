using FactCheck.Extraction;

namespace FactCheck.Cli;

/// <summary>
/// `factcheck eval attribution --brat DIR`: scores the extractor against brat standoff files (Source, Cue and Content
/// entities joined by Attribution events, as in PolNeAR). DIR holds text/*.txt and attributions/*.ann (or both side by
/// side); an .ann named NAME_ANNOTATOR.ann belongs to NAME.txt, and the first annotator of each text is used.
/// </summary>
public static class BratEval
{
    public sealed record Gold(string Role, int Start, int End);

    public static int Run(Args a, TextWriter o)
    {
        if (a.Opt("speakers") is { } goldFile) return Speakers(goldFile, Load(() => SpeakerEval.Read(goldFile).ToList()), a.Has("errors"), o);
        if (a.Has("named-speakers")) return Speakers(a.Required("brat"), NamedSpeakers(a.Required("brat")), a.Has("errors"), o);
        var top = a.Int("top") is { } n ? n > 0 ? n : throw new UsageException($"--top: a positive whole number, not {n}") : 40;
        var errorsOf = a.Opt("errors") is { } e ? Roles.FirstOrDefault(r => r.Equals(e, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"--errors '{e}': give source, cue or content") : null;
        var missed = new Dictionary<string, int>();
        var spurious = new Dictionary<string, int>();
        var boundary = new Dictionary<string, int>();
        var dir = a.Required("brat");
        var agreement = a.Has("agreement");
        var pairs = agreement ? AnnotatorPairs(dir) : Pairs(dir).Select(p => (p.Txt, p.Ann, Other: (string?)null)).ToList();
        var scores = Roles.ToDictionary(r => r, _ => new Score());
        var write = a.Opt("write");
        if (write is not null) Directory.CreateDirectory(write);
        foreach (var (txt, ann, other) in pairs)
        {
            var text = File.ReadAllText(txt);
            var gold = ReadAnn(ann);
            if (gold.FirstOrDefault(g => g.Start < 0 || g.End > text.Length || g.End < g.Start) is { } bad)
                throw new UsageException($"{ann}: a {bad.Role} span [{bad.Start}, {bad.End}) is not a span of {Path.GetFileName(txt)} ({text.Length} characters)");
            // With --agreement, a second annotator of the same text stands in for the extractor: the human ceiling.
            var found = other is null ? AttributionExtractor.Attributions(text) : [];
            var predicted = other is null
                ? found.SelectMany(x => new[] { new Gold("Source", x.Source.Start, x.Source.End), new Gold("Cue", x.Cue.Start, x.Cue.End), new Gold("Content", x.Content.Start, x.Content.End) }).Where(g => g.End > g.Start).ToList()
                : ReadAnn(other);
            if (write is not null && other is null) File.WriteAllText(Path.Combine(write, Path.GetFileNameWithoutExtension(txt) + ".ann"), WriteAnn(text, found));
            foreach (var role in Roles)
            {
                var g = gold.Where(x => x.Role == role).Select(x => (x.Start, x.End)).ToList();
                var p = predicted.Where(x => x.Role == role).Select(x => (x.Start, x.End)).ToList();
                scores[role].Add(text, g, p);
                if (role != errorsOf) continue;
                // Spans with no token in common with the other side: what is missed outright, what is made up.
                static bool Overlaps((int Start, int End) x, List<(int Start, int End)> ys) => ys.Any(y => x.Start < y.End && y.Start < x.End);
                foreach (var s in g.Distinct().Where(s => !Overlaps(s, p))) Bump(missed, text[s.Start..s.End]);
                foreach (var s in p.Distinct().Where(s => !Overlaps(s, g))) Bump(spurious, text[s.Start..s.End]);
                // Spans that touch but differ: where the extractor draws the edges otherwise than the annotators.
                foreach (var s in g.Distinct())
                    foreach (var q in p.Distinct().Where(q => q.Start < s.End && s.Start < q.End && q != s))
                    {
                        var pair = $"{Clip(text[s.Start..s.End])} ≠ {Clip(text[q.Start..q.End])}";
                        boundary[pair] = boundary.GetValueOrDefault(pair) + 1;
                    }
            }
        }
        o.WriteLine(agreement ? $"{pairs.Count} pairs of annotators of the same text in {dir}: one scored against the other" : $"{pairs.Count} documents from {dir}");
        o.WriteLine($"{"role",-8} {"exact P",8} {"R",6} {"F1",6}   {"token P",8} {"R",6} {"F1",6}   gold  predicted");
        foreach (var role in Roles)
        {
            var s = scores[role];
            o.WriteLine($"{role,-8} {s.ExactP,8:0.000} {s.ExactR,6:0.000} {s.ExactF,6:0.000}   {s.TokP,8:0.000} {s.TokR,6:0.000} {s.TokF,6:0.000}   {s.GoldSpans,4}  {s.PredSpans,4}");
        }
        if (errorsOf is not null)
        {
            void Top(string what, Dictionary<string, int> counts)
            {
                o.WriteLine($"\n{errorsOf} spans {what} ({counts.Values.Sum()} in all, {counts.Count} distinct), most frequent first:");
                foreach (var (span, n) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
                    o.WriteLine($"{n,6}  {span}");
            }
            Top("in the gold standard that the extractor missed entirely", missed);
            Top("the extractor found that overlap no gold span", spurious);
            Top("in the gold standard (left) that the extractor drew otherwise (right)", boundary);
        }
        return 0;
    }

    /// <summary>The extractor's attributions as brat standoff (entities and Attribution events), to read beside the gold in brat.</summary>
    static string WriteAnn(string text, IReadOnlyList<Attribution> found)
    {
        var w = new StringWriter { NewLine = "\n" };
        int t = 0, e = 0;
        foreach (var x in found)
        {
            var args = new List<string>();
            foreach (var (role, span) in new[] { ("Source", x.Source), ("Cue", x.Cue), ("Content", x.Content) })
            {
                if (span.Length == 0) continue;
                w.WriteLine($"T{++t}\t{role} {span.Start} {span.End}\t{text[span.Start..span.End].ReplaceLineEndings(" ")}");
                args.Add($"{role}:T{t}");
            }
            if (args.Count == 0) continue;
            // An event needs a trigger: brat's Attribution entity, on the cue (or, with no cue, the content).
            var trigger = x.Cue.Length > 0 ? x.Cue : x.Content.Length > 0 ? x.Content : x.Source;
            w.WriteLine($"T{++t}\tAttribution {trigger.Start} {trigger.End}\t{text[trigger.Start..trigger.End].ReplaceLineEndings(" ")}");
            w.WriteLine($"E{++e}\tAttribution:T{t} {string.Join(' ', args)}");
        }
        return w.ToString();
    }

    static void Bump(Dictionary<string, int> counts, string span)
    {
        var key = Clip(span);
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    static string Clip(string span)
    {
        var key = string.Join(' ', span.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return key.Length > 60 ? key[..57] + "..." : key;
    }

    static readonly string[] Roles = ["Source", "Cue", "Content"];

    /// <summary>Texts annotated more than once: every pair of their annotators' files.</summary>
    static List<(string Txt, string Ann, string? Other)> AnnotatorPairs(string dir)
    {
        var result = new List<(string, string, string?)>();
        foreach (var text in Pairs(dir, everyAnnotator: true).GroupBy(p => p.Txt))
        {
            var anns = text.Select(p => p.Ann).ToList();
            for (var i = 0; i < anns.Count; i++)
                for (var j = i + 1; j < anns.Count; j++) result.Add((text.Key, anns[i], anns[j]));
        }
        if (result.Count == 0) throw new UsageException($"{dir}: no text has two annotators");
        return result;
    }

    /// <summary>Each text with the .ann of its first annotator (or, for training, of every annotator).</summary>
    public static List<(string Txt, string Ann)> Pairs(string dir, bool everyAnnotator = false)
    {
        if (!Directory.Exists(dir)) throw new UsageException($"{dir}: no such folder");
        var textDir = Directory.Exists(Path.Combine(dir, "text")) ? Path.Combine(dir, "text") : dir;
        var annDir = Directory.Exists(Path.Combine(dir, "attributions")) ? Path.Combine(dir, "attributions") : dir;
        var texts = Directory.GetFiles(textDir, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f));
        var pairs = new List<(string Txt, string Ann)>();
        var seen = new HashSet<string>();
        foreach (var ann in Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            var txt = texts.TryGetValue(stem, out var t) ? t : stem.LastIndexOf('_') is var u and > 0 && texts.TryGetValue(stem[..u], out var t2) ? t2 : null;
            if (txt is not null && (seen.Add(txt) || everyAnnotator)) pairs.Add((txt, ann));
        }
        if (pairs.Count == 0) throw new UsageException($"{dir}: no .txt/.ann pairs found");
        return pairs;
    }

    /// <summary>Entities that take part in an Attribution event (discontinuous spans as their fragments).</summary>
    public static List<Gold> ReadAnn(string path)
    {
        var entities = new Dictionary<string, List<Gold>>();
        var used = new HashSet<string>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            if (parts[0].StartsWith('T'))
            {
                var head = parts[1].Split(' ', 2);
                if (head.Length < 2 || head[0] is not ("Source" or "Cue" or "Content")) continue;
                entities[parts[0]] = head[1].Split(';').Select(f => f.Split(' ')).Where(f => f.Length == 2)
                    .Select(f => new Gold(head[0], int.Parse(f[0]), int.Parse(f[1]))).ToList();
            }
            else if (parts[0].StartsWith('E'))
                foreach (var arg in parts[1].Split(' ').Skip(1))
                    if (arg.Split(':') is [_, var id]) used.Add(id);
        }
        return entities.Where(e => used.Contains(e.Key)).SelectMany(e => e.Value).ToList();
    }

    sealed class Score
    {
        int _exactTp, _goldSpans, _predSpans, _tokTp, _goldTok, _predTok;
        public int GoldSpans => _goldSpans;
        public int PredSpans => _predSpans;

        public void Add(string text, List<(int Start, int End)> gold, List<(int Start, int End)> pred)
        {
            gold = gold.Distinct().ToList();
            pred = pred.Distinct().ToList();
            _goldSpans += gold.Count;
            _predSpans += pred.Count;
            _exactTp += pred.Count(gold.Contains);
            var tokens = Text.Tokens(text, 0, text.Length).Where(t => t.IsWord).ToList();
            bool In(Token t, List<(int Start, int End)> spans) => spans.Any(s => t.Start >= s.Start && t.End <= s.End);
            foreach (var t in tokens)
            {
                var g = In(t, gold);
                var p = In(t, pred);
                if (g) _goldTok++;
                if (p) _predTok++;
                if (g && p) _tokTp++;
            }
        }

        static double Div(int a, int b) => b == 0 ? 0 : (double)a / b;
        static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        public double ExactP => Div(_exactTp, _predSpans);
        public double ExactR => Div(_exactTp, _goldSpans);
        public double ExactF => F(ExactP, ExactR);
        public double TokP => Div(_tokTp, _predTok);
        public double TokR => Div(_tokTp, _goldTok);
        public double TokF => F(TokP, TokR);
    }

    static T Load<T>(Func<T> read)
    {
        try { return read(); }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException) { throw new UsageException(ex.Message); }
    }

    /// <summary>
    /// `eval attribution --brat DIR --named-speakers`: a speaker gold made from the annotated sources themselves — every
    /// attribution whose source names someone (its last run of capitalised words; a lone surname completed by the first
    /// "Given Surname" the text wrote before it; the run starts after its last title: "House Speaker Paul Ryan" is Paul Ryan,
    /// "Mr. Trump" a lone surname), the longest piece of its content as the quote. Pronoun sources are left
    /// out (the corpus does not say whom they mean). Rough (a source such as "Mrs. Clinton's campaign" gives "Clinton"),
    /// but made without the extractor's own name rules, so it can tell a change in them from noise.
    /// </summary>
    static List<SpeakerEval.Article> NamedSpeakers(string dir)
    {
        var articles = new List<SpeakerEval.Article>();
        foreach (var (txt, ann) in Pairs(dir))
        {
            var text = File.ReadAllText(txt);
            var entities = new Dictionary<string, (string Role, List<(int Start, int End)> Fragments)>();
            var events = new List<Dictionary<string, string>>();
            var number = 0;
            foreach (var line in File.ReadLines(ann))
            {
                number++;
                var parts = line.Split('\t');
                if (parts.Length < 2) continue;
                if (parts[0].StartsWith('T') && parts[1].Split(' ', 2) is [var role, var offsets])
                {
                    var fragments = new List<(int, int)>();
                    foreach (var f in offsets.Split(';').Select(f => f.Split(' ')).Where(f => f.Length == 2))
                    {
                        if (!int.TryParse(f[0], out var start) || !int.TryParse(f[1], out var end) || start < 0 || end > text.Length || end < start)
                            throw new UsageException($"{ann}, line {number}: offsets '{string.Join(' ', f)}' are not a span of {Path.GetFileName(txt)} ({text.Length} characters)");
                        fragments.Add((start, end));
                    }
                    entities[parts[0]] = (role, fragments);
                }
                else if (parts[0].StartsWith('E'))
                    events.Add(parts[1].Split(' ').Skip(1).Select(x => x.Split(':')).Where(x => x.Length == 2).ToDictionary(x => x[0], x => x[1]));
            }
            var quotes = new List<SpeakerEval.Quote>();
            foreach (var e in events)
            {
                if (!e.TryGetValue("Source", out var sid) || !e.TryGetValue("Content", out var cid) || !entities.TryGetValue(sid, out var src) || !entities.TryGetValue(cid, out var content)) continue;
                if (src.Fragments.Count == 0 || content.Fragments.Count == 0 || NameIn(text, src.Fragments) is not { } name) continue;
                var (start, end) = content.Fragments.MaxBy(f => f.End - f.Start);
                quotes.Add(new SpeakerEval.Quote(start, end, text[start..Math.Min(end, start + 80)], name));
            }
            if (quotes.Count > 0) articles.Add(new SpeakerEval.Article(Path.GetFileName(txt), text, quotes));
        }
        return articles;
    }

    static readonly HashSet<string> NotNames = ["I", "He", "She", "It", "They", "We", "You", "Who", "Which", "That", "His", "Her", "Their", "Its", "This", "These", "Those", "The", "A", "An"];

    static string? NameIn(string text, List<(int Start, int End)> fragments)
    {
        var words = string.Join(' ', fragments.Select(f => text[f.Start..f.End])).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', ':', '(', ')', '"', '“', '”'))
            .Where(w => !System.Text.RegularExpressions.Regex.IsMatch(w, @"^[RDI]-[A-Z]")).ToList(); // "Sen. Amy Klobuchar (D-Minn.)": the party tag is not a name
        if (words.Count == 0 || NotNames.Contains(words[0]) && words.Count == 1 || words[0].ToLowerInvariant() is "he" or "she" or "they" or "we" or "i" or "it" or "who" or "which") return null;
        List<string>? last = null, run = null;
        foreach (var w in words)
        {
            var word = w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
            if (word.Length > 0 && char.IsUpper(word[0]) && word.All(c => char.IsLetterOrDigit(c) || c is '\'' or '’' or '.' or '-'))
                (run ??= []).Add(word);
            else { if (run is not null) last = run; run = null; }
        }
        last = run ?? last;
        // "Mr. Trump", "Sen. Warren": the title is not part of the name, so a titled surname is completed as a lone one.
        if (last is not null && last.FindLastIndex(w => SpeakerEval.IsTitle(w.TrimEnd('.'))) is var t and >= 0) last = last[(t + 1)..];
        if (last is null || last.Count == 0 || last.Count == 1 && NotNames.Contains(last[0])) return null;
        if (last.Count > 1) return string.Join(' ', last);
        // A lone surname: the first "Given Surname" (or "Given M. Surname") the text wrote before the source.
        // Else the first one written after it (a headline names "Trump" before the article writes "Donald Trump").
        var surname = System.Text.RegularExpressions.Regex.Escape(last[0]);
        string? Given(string part)
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(part, $@"\b(?:([A-Z][\w'’-]+) )?([A-Z][\w'’-]+(?: [A-Z]\.)?) {surname}\b(?!-)"))
            {
                bool NotGiven(string w) => SpeakerEval.IsTitle(w.TrimEnd('.')) || NotNames.Contains(w) || w is "In" or "But" or "And" or "When" or "As" or "For" or "Former";
                if (NotGiven(m.Groups[2].Value)) continue;
                // "Hillary Rodham Clinton": two given names; "When Hillary Clinton": one.
                return m.Groups[1].Success && !NotGiven(m.Groups[1].Value) && !SpeakerEval.IsFunctionWord(m.Groups[1].Value)
                    ? m.Value : $"{m.Groups[2].Value} {last[0]}";
            }
            return null;
        }
        return Given(text[..fragments[0].Start]) ?? Given(text[fragments[^1].End..]) ?? last[0];
    }

    /// <summary>`eval attribution --speakers GOLD.jsonl [--errors]`: quotes found, speaker right among found, overall.</summary>
    static int Speakers(string gold, List<SpeakerEval.Article> articles, bool errors, TextWriter o)
    {
        var r = SpeakerEval.Run(articles);
        o.WriteLine($"{r.Quotes} quotes with a named speaker in {gold}");
        o.WriteLine($"quotes found                {r.Found,5}  {r.FoundShare:P1}");
        o.WriteLine($"speaker right among found   {r.Right,5}  {r.RightAmongFound:P1}");
        o.WriteLine($"overall (found and right)   {r.Right,5}  {r.Overall:P1}");
        if (errors)
            foreach (var m in r.Misses)
                o.WriteLine($"{m.File} [{m.Gold.Start}, {m.Gold.End}) {m.Gold.Speaker}: {(m.Found is null ? "not found" : "named " + m.Found)} — {m.Gold.Text}");
        return 0;
    }
}
