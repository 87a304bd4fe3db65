using System.Diagnostics;
using System.Globalization;
using FactCheck.Extraction;
using static FactCheck.Extraction.AttributionTagger;

namespace FactCheck.Cli;

/// <summary>
/// `factcheck train attribution --brat DIR --out FILE [--dev DIR] [--epochs N] [--context [--context-scale X]
/// [--context-window N]] [--seed N]`: trains the attribution tagger (averaged structured perceptron,
/// <see cref="AttributionTagger"/>) on brat-annotated articles; with --context it also learns a weight per label for
/// each token's contextual vector (<see cref="ContextVectors"/>, computed once per text before training). Each pass learns from the previous
/// pass's output on documents that pass did not train on (two-fold jackknifing), as it will see it at run time; how much
/// each final table favours B/I over O is tuned on two models each trained on one half of the texts and scored on the
/// other; then everything is trained on all.
/// The model holds hashed feature weights only, never the articles' text.
/// </summary>
public static class TrainAttribution
{
    sealed record Example(string Text, Doc Doc, byte[][] Gold);

    /// <summary>How to train: passes, whether the model reads contextual vectors (how strongly, how many tokens'), the shuffle.</summary>
    sealed record Options(int Epochs, bool Context, float Scale, int Window, int Seed);

    static AttributionTagger New(Options opt) => new()
    {
        DenseWindow = opt.Window,
        Dense = opt.Context ? [.. Enumerable.Range(0, Tables).Select(_ => new float[Labels * opt.Window * ContextVectors.Dimensions])] : null,
    };

    public static async Task<int> Run(Commands.Context c)
    {
        var (a, o) = (c.Args, c.Out);
        var output = a.Required("out");
        var epochs = int.TryParse(a.Opt("epochs") ?? "15", out var e) && e > 0 ? e : throw new UsageException("--epochs: a positive whole number");
        var seed = int.TryParse(a.Opt("seed") ?? "20261125", out var sd) ? sd : throw new UsageException("--seed: a whole number");
        var window = int.TryParse(a.Opt("context-window") ?? "1", out var cw) && cw is 1 or 3 or 5
            ? cw : throw new UsageException("--context-window: 1, 3 or 5 (the token alone, or with one or two neighbours each side)");
        var scale = float.TryParse(a.Opt("context-scale") ?? "1", NumberStyles.Float, CultureInfo.InvariantCulture, out var cs) && cs > 0 && float.IsFinite(cs)
            ? cs : throw new UsageException("--context-scale: a positive number (1 = the vectors weigh as much as one hashed feature)");
        var opt = new Options(epochs, a.Has("context"), scale, window, seed);
        var train = Load(a.Required("brat"), opt, o, everyAnnotator: true);
        if (train.Count < 4) throw new UsageException($"{a.Opt("brat")}: {train.Count} annotated documents; training needs at least 4");
        var sw = Stopwatch.StartNew();
        o.WriteLine($"{train.Count} training documents, {train.Sum(x => x.Doc.Tokens.Length):N0} tokens");

        // Two models, each trained on half the texts and scored on the other half (a text annotated twice stays on one side);
        // then one on all. Three pipelines of 14 tables, each trained for `epochs` passes: the progress counts those passes.
        var (model, bias) = await LongWork.Run(c, "table passes", 3 * 14 * epochs, progress => Task.Run(() =>
        {
            var done = 0;
            void Tick() { c.Stop.ThrowIfCancellationRequested(); progress.Report(Interlocked.Increment(ref done)); }
            var folds = Halves(train);
            // The model on all texts on one core, the two half models one after the other on another: about half the time on two cores.
            var all = Task.Run(() => Pipeline(train, opt, Tick));
            var halves = Task.Run(() => Tune([(Pipeline(folds[0], opt, Tick), folds[1]), (Pipeline(folds[1], opt, Tick), folds[0])]));
            return (all.GetAwaiter().GetResult(), halves.GetAwaiter().GetResult());
        }));
        o.WriteLine($"bias (cue, source, content), tuned on held-out halves: {string.Join(", ", bias)}");
        for (var role = 0; role < Roles.Length; role++) model.Bias[3 + role] = bias[role];
        o.WriteLine($"trained in {sw.Elapsed.TotalSeconds:0.0} s");
        using (var f = File.Create(output)) model.Save(f);
        o.WriteLine($"{output}: {new FileInfo(output).Length:N0} bytes");

        if (a.Opt("dev") is { } dev)
        {
            var examples = Load(dev, opt, o);
            using (var f = File.OpenRead(output)) model = AttributionTagger.Load(f);
            o.WriteLine($"{examples.Count} dev documents, word-token F1 of the rules alone and of the tagger (spans before grouping)");
            var tags = examples.Select(x => model.Tag(x.Doc)).ToList();
            foreach (var role in new[] { SourceRole, CueRole, ContentRole })
            {
                var bit = role switch { SourceRole => 1, CueRole => 2, _ => 4 };
                var (rt, rp, rg) = Count(examples, (x, _, i) => (x.Doc.Rule[i] & bit) != 0, role);
                var (tt, tp, tg) = Count(examples, (_, k, i) => tags[k][role][i] != O, role);
                o.WriteLine($"{Roles[role],-8} rules P {Div(rt, rp):0.000} R {Div(rt, rg):0.000} F1 {F1(rt, rp, rg):0.000}   tagger P {Div(tt, tp):0.000} R {Div(tt, tg):0.000} F1 {F1(tt, tp, tg):0.000}");
            }
        }
        return 0;
    }

    /// <summary>Trains the two passes; the second pass and the first pass's source and content learn from held-out predictions.</summary>
    static AttributionTagger Pipeline(List<Example> train, Options opt, Action tick)
    {
        var folds = Halves(train);
        Dictionary<Example, byte[]> cue1 = [], source1 = [], content1 = [], cue2 = [];
        for (var f = 0; f < 2; f++)
        {
            var m = New(opt);
            TrainTable(m, folds[f], CueRole, _ => (null, null, null), opt, tick);
            foreach (var x in folds[1 - f]) cue1[x] = m.TagRole(x.Doc, CueRole, null);
        }
        for (var f = 0; f < 2; f++)
        {
            var m = New(opt);
            TrainTable(m, folds[f], SourceRole, x => (cue1[x], null, null), opt, tick);
            TrainTable(m, folds[f], ContentRole, x => (cue1[x], null, null), opt, tick);
            foreach (var x in folds[1 - f])
            {
                source1[x] = m.TagRole(x.Doc, SourceRole, cue1[x]);
                content1[x] = m.TagRole(x.Doc, ContentRole, cue1[x]);
            }
        }
        for (var f = 0; f < 2; f++)
        {
            var m = New(opt);
            TrainTable(m, folds[f], 3 + CueRole, x => (cue1[x], source1[x], content1[x]), opt, tick);
            foreach (var x in folds[1 - f]) cue2[x] = m.TagRole(x.Doc, 3 + CueRole, cue1[x], source1[x], content1[x]);
        }
        var model = New(opt);
        TrainTable(model, train, CueRole, _ => (null, null, null), opt, tick);
        TrainTable(model, train, SourceRole, x => (cue1[x], null, null), opt, tick);
        TrainTable(model, train, ContentRole, x => (cue1[x], null, null), opt, tick);
        TrainTable(model, train, 3 + CueRole, x => (cue1[x], source1[x], content1[x]), opt, tick);
        TrainTable(model, train, 3 + SourceRole, x => (cue2[x], source1[x], content1[x]), opt, tick);
        TrainTable(model, train, 3 + ContentRole, x => (cue2[x], source1[x], content1[x]), opt, tick);
        return model;
    }

    static List<Example>[] Halves(List<Example> examples)
    {
        var texts = examples.Select(x => x.Text).Distinct().Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        return [examples.Where(x => texts[x.Text] % 2 == 0).ToList(), examples.Where(x => texts[x.Text] % 2 == 1).ToList()];
    }

    /// <summary>The bias of each final table that maximises word-token F1 on held-out documents; the cue's first, as the others read it.</summary>
    static float[] Tune((AttributionTagger Model, List<Example> Held)[] runs)
    {
        var result = new float[Roles.Length];
        foreach (var role in new[] { CueRole, SourceRole, ContentRole })
        {
            var best = (F: -1.0, Bias: 0f);
            for (var b = 0f; b <= 120f; b += 10f)
            {
                int tp = 0, p = 0, g = 0;
                foreach (var (m, held) in runs)
                {
                    for (var r = 0; r < Roles.Length; r++) m.Bias[3 + r] = r == role ? b : result[r];
                    var tags = held.Select(x => m.Tag(x.Doc)[role]).ToList();
                    var c = Count(held, (_, k, i) => tags[k][i] != O, role);
                    tp += c.Tp; p += c.P; g += c.G;
                }
                var f = F1(tp, p, g);
                if (f > best.F) best = (f, b);
            }
            result[role] = best.Bias;
        }
        return result;
    }

    /// <summary>Word tokens: true positives, predicted and gold, of a prediction (example, its index, token) for one role.</summary>
    static (int Tp, int P, int G) Count(List<Example> examples, Func<Example, int, int, bool> predicted, int role)
    {
        int tp = 0, p = 0, g = 0;
        for (var k = 0; k < examples.Count; k++)
        {
            var x = examples[k];
            for (var i = 0; i < x.Doc.Tokens.Length; i++)
            {
                if (!x.Doc.Tokens[i].IsWord) continue;
                var gold = x.Gold[role][i] != O;
                var pred = predicted(x, k, i);
                if (gold) g++;
                if (pred) p++;
                if (gold && pred) tp++;
            }
        }
        return (tp, p, g);
    }

    static double Div(int a, int b) => b == 0 ? 0 : (double)a / b;
    static double F1(int tp, int p, int g) => 2.0 * tp / Math.Max(1, p + g);

    static List<Example> Load(string dir, Options opt, TextWriter log, bool everyAnnotator = false)
    {
        var list = new List<Example>();
        foreach (var (txt, ann) in BratEval.Pairs(dir, everyAnnotator))
        {
            var text = File.ReadAllText(txt);
            var doc = Doc.For(text);
            var gold = BratEval.ReadAnn(ann);
            var labels = new byte[Roles.Length][];
            for (var role = 0; role < Roles.Length; role++)
            {
                var inside = new bool[doc.Tokens.Length];
                var starts = new bool[doc.Tokens.Length];
                foreach (var span in gold.Where(x => x.Role == Roles[role]))
                {
                    var i = Doc.LowerBound(doc.Tokens, span.Start);
                    if (i < doc.Tokens.Length && doc.Tokens[i].End <= span.End) starts[i] = true;
                    for (; i < doc.Tokens.Length && doc.Tokens[i].End <= span.End; i++) inside[i] = true;
                }
                // B where a span starts, a sentence starts, or the previous token is outside; the decoder never starts with I.
                labels[role] = new byte[doc.Tokens.Length];
                for (var i = 0; i < inside.Length; i++)
                    if (inside[i])
                        labels[role][i] = (byte)(starts[i] || i == 0 || !inside[i - 1] || doc.SentenceOf[i] != doc.SentenceOf[i - 1] ? B : I);
            }
            list.Add(new Example(txt, doc, labels));
        }
        if (opt.Context)
        {
            var byText = list.GroupBy(x => x.Text).ToList();
            var sw = Stopwatch.StartNew();
            Parallel.ForEach(byText, new ParallelOptions { MaxDegreeOfParallelism = 2 }, g =>
            {
                var v = ContextVectors.Of(g.First().Doc);
                foreach (var x in g) x.Doc.Context = v;
            });
            log.WriteLine($"context vectors of {byText.Count} texts in {sw.Elapsed.TotalSeconds:0.0} s");
        }
        return list;
    }

    /// <summary>Averaged structured perceptron over sentences; the table ends up holding the averaged weights.</summary>
    static void TrainTable(AttributionTagger m, List<Example> examples, int table, Func<Example, (byte[]? Cues, byte[]? Sources, byte[]? Contents)> context, Options opt, Action tick)
    {
        var role = table % 3;
        var w = m.Weights[table];
        var tr = m.Transitions[table];
        var wAcc = new float[w.Length];
        var trAcc = new float[tr.Length];
        var dw = m.Dense?[table];
        var dwAcc = dw is null ? null : new float[dw.Length];
        var s2 = opt.Scale * opt.Scale; // the vectors times Scale, the weights kept times Scale: the decoder reads unit vectors
        var feats = new AttributionTagger.Features();
        var order = examples.ToArray();
        var random = new Random(opt.Seed);
        var c = 1f;
        var predicted = new byte[4096];
        for (var epoch = 0; epoch < opt.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var x in order)
            {
                var (cues, sources, contents) = context(x);
                var gold = x.Gold[role];
                foreach (var (start, end) in x.Doc.Sentences)
                {
                    var n = end - start;
                    if (predicted.Length < n) predicted = new byte[n * 2];
                    feats.Build(x.Doc, start, end, cues, sources, contents);
                    var pred = predicted.AsSpan(0, n);
                    m.Decode(table, feats, pred);
                    var differs = false;
                    for (var i = 0; i < n; i++)
                    {
                        int g = gold[start + i], p = pred[i];
                        if (g == p) continue;
                        differs = true;
                        foreach (var id in feats.Of(i))
                        {
                            w[id * Labels + g] += 1; wAcc[id * Labels + g] += c;
                            w[id * Labels + p] -= 1; wAcc[id * Labels + p] -= c;
                        }
                        if (dw is not null && x.Doc.Context is not null)
                        {
                            const int D = ContextVectors.Dimensions;
                            for (var q = 0; q < opt.Window; q++)
                            {
                                var j = i + q - opt.Window / 2;
                                if (j < 0 || j >= n) continue;
                                var v = x.Doc.Context.AsSpan((start + j) * D, D);
                                int og = (g * opt.Window + q) * D, op = (p * opt.Window + q) * D;
                                for (var k = 0; k < D; k++)
                                {
                                    var u = s2 * v[k];
                                    dw[og + k] += u; dwAcc![og + k] += c * u;
                                    dw[op + k] -= u; dwAcc![op + k] -= c * u;
                                }
                            }
                        }
                    }
                    if (differs)
                        for (var i = 0; i < n; i++)
                        {
                            int gp = i == 0 ? 3 : gold[start + i - 1], pp = i == 0 ? 3 : pred[i - 1];
                            tr[gp * Labels + gold[start + i]] += 1; trAcc[gp * Labels + gold[start + i]] += c;
                            tr[pp * Labels + pred[i]] -= 1; trAcc[pp * Labels + pred[i]] -= c;
                        }
                    c++;
                }
            }
            tick();
        }
        for (var k = 0; k < w.Length; k++) w[k] -= wAcc[k] / c;
        for (var k = 0; k < tr.Length; k++) tr[k] -= trAcc[k] / c;
        if (dw is not null) for (var k = 0; k < dw.Length; k++) dw[k] -= dwAcc![k] / c;
    }
}
