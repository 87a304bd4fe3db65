using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using FactCheck.Data;
using FactCheck.Features.Claims;
using FactCheck.Search;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Cli;

/// <summary>
/// `factcheck eval similar --docs FILE --queries FILE --qrels FILE [--top 5] [--errors] [--sweep]`: "has this been
/// checked already?" scored on CheckThat!-shaped data. The docs (id, claim, title; tab-separated, quoted fields) open as
/// claims in a throwaway SQLite desk through AddClaim, as any claim does, and each is indexed with its title as a
/// published card's headline; every query is then searched as the ingest preview searches a text. Prints MAP@k, P@1,
/// recall@k, and the precision and recall of the "same claim" label on the top match.
/// </summary>
public static class EvalSimilar
{
    public static async Task<int> Run(Args a, TextWriter o)
    {
        var ranker = Enum.TryParse<MatchIndex.Ranker>(a.Opt("ranker") ?? "fused", true, out var rk) ? rk : throw new UsageException("--ranker: fused, lexical or semantic");
        var top = a.Int("top") ?? 5;
        if (top is < 1 or > 50) throw new UsageException("--top must be between 1 and 50");
        var docs = ReadTsv(a.Required("docs"), 3);
        var queries = ReadTsv(a.Required("queries"), 2);
        var qrels = ReadQrels(a.Required("qrels"));
        // --desk FILE keeps the loaded desk in a SQLite file and reuses it on the next run (for tuning: loading takes minutes).
        var keep = a.Opt("desk") is { } deskFile ? Path.GetFullPath(deskFile) : null;
        var reuse = keep is not null && File.Exists(keep);
        await using var scratch = keep is not null ? new Bench.ScratchDatabase { Options = new DbOptions { Provider = "sqlite", ConnectionString = $"Data Source={keep}" }, Drop = () => Task.CompletedTask }
            : await Bench.ScratchDatabase.Create("sqlite", null) ?? throw new InvalidOperationException("no scratch database");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FactCheck:Database:Provider"] = "sqlite", ["FactCheck:Database:ConnectionString"] = scratch.Options.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddFactCheckCore(config).BuildServiceProvider();
        await using var _ = services;
        Migrator.Migrate(services.GetRequiredService<DbOptions>());
        var sw = Stopwatch.StartNew();
        var docOf = new Dictionary<long, string>();
        var claimOf = new Dictionary<string, long>();
        if (reuse) for (var i = 0; i < docs.Count; i++) { docOf[i + 1] = docs[i].Fields[0]; claimOf[docs[i].Fields[0]] = i + 1; }
        for (var i = 0; i < docs.Count && !reuse; i++)
        {
            var (line, f) = docs[i];
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            await using var tx = await db.BeginAsync();
            var opened = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AddClaim.Command(f[1], null));
            if (!string.IsNullOrWhiteSpace(f[2])) await FactCheck.Search.ClaimMatches.Index(db, opened.Id, f[1], default, headline: f[2]);
            await tx.CommitAsync();
            docOf[opened.Id] = f[0];
            claimOf[f[0]] = opened.Id;
            if ((i + 1) % 1000 == 0) Console.Error.WriteLine($"opened {i + 1:N0} of {docs.Count:N0} claims ({sw.Elapsed.TotalSeconds:F0} s)");
        }
        o.WriteLine($"{docs.Count:N0} docs opened as claims in {sw.Elapsed.TotalSeconds:F1} s");

        await using var searchScope = services.CreateAsyncScope();
        var session = searchScope.ServiceProvider.GetRequiredService<DbSession>();
        var index = MatchIndex.For(session);
        await index.CatchUp(session, default);
        var judged = queries.Where(q => qrels.ContainsKey(q.Fields[0])).ToList();
        var cleaned = judged.Select(q => Analyzer.Clean(q.Fields[1])).ToList();
        var vectors = Embedder.Encode(cleaned);
        double ap = 0, p1 = 0, recall = 0;
        var tops = new List<(float Cosine, bool Right, bool Agree, float Margin)>();
        var misses = new List<string>();
        for (var qi = 0; qi < judged.Count; qi++)
        {
            var (_, f) = judged[qi];
            var relevant = qrels[f[0]];
            var hits = index.Search(Analyzer.Clean(f[1], keepSignature: true), vectors[qi], top, kind: MatchIndex.ClaimKind, ranker: ranker);
            var ranked = hits.Select(h => docOf.GetValueOrDefault(h.RefId, "?")).ToList();
            double found = 0, sum = 0;
            for (var r = 0; r < ranked.Count; r++)
                if (relevant.Contains(ranked[r])) { found++; sum += found / (r + 1); }
            ap += sum / Math.Min(relevant.Count, top);
            recall += found / relevant.Count;
            var right = ranked.Count > 0 && relevant.Contains(ranked[0]);
            if (right) p1++;
            if (hits.Count > 0) tops.Add((hits[0].Cosine, right, hits[0].LexicalRank == 1 && hits[0].SemanticRank == 1, hits[0].StandsOut ? 1 : 0));
            if (!right && a.Has("errors"))
                misses.Add($"tweet {f[0]}: {Clip(f[1])}\n  wanted {string.Join(", ", relevant)}: {Clip(docs.First(d => relevant.Contains(d.Fields[0])).Fields[1])}\n" +
                           $"  got    {(ranked.Count > 0 ? ranked[0] : "-")}: {(hits.Count > 0 ? Clip(docs.First(d => d.Fields[0] == ranked[0]).Fields[1]) : "")} (cosine {(hits.Count > 0 ? hits[0].Cosine : 0):F2})");
        }
        var n = judged.Count;
        o.WriteLine($"{n} queries with judgements: MAP@{top} {ap / n:F3}, P@1 {p1 / n:F3}, recall@{top} {recall / n:F3}");
        var (precision, labelRecall, labelled) = Label(tops, FactCheck.Search.ClaimMatches.SameThreshold, n, 2);
        o.WriteLine($"\"same claim\" (top match, cosine >= {FactCheck.Search.ClaimMatches.SameThreshold:F2}, standing out): precision {precision:F3}, recall {labelRecall:F3} ({labelled} of {n} labelled)");
        if (a.Has("sweep"))
            for (var t = 0.50f; t <= 0.951f; t += 0.02f)
            {
                var (p, r, c) = Label(tops, t, n);
                var (pa, ra, ca) = Label(tops, t, n, 1);
                var (pm, rm, cm) = Label(tops, t, n, 2);
                o.WriteLine($"  cosine >= {t:F2}: precision {p:F3}, recall {r:F3} ({c}) | both rankers first: {pa:F3} {ra:F3} ({ca}) | stands out: {pm:F3} {rm:F3} ({cm})");
            }
        foreach (var m in misses) o.WriteLine(m);
        return 0;
    }

    static (double Precision, double Recall, int Labelled) Label(List<(float Cosine, bool Right, bool Agree, float Margin)> tops, float threshold, int n, int mode = 0)
    {
        var labelled = tops.Where(t => t.Cosine >= threshold && (mode == 0 || mode == 1 && t.Agree || mode == 2 && t.Margin >= 0.05f)).ToList();
        var right = labelled.Count(t => t.Right);
        return (labelled.Count == 0 ? 1 : (double)right / labelled.Count, (double)right / n, labelled.Count);
    }

    static string Clip(string s) => s.Length > 140 ? s[..140].ReplaceLineEndings(" ") + "…" : s.ReplaceLineEndings(" ");

    /// <summary>A tab-separated file with a header row and quoted fields; each row with its line number.</summary>
    public static List<(int Line, string[] Fields)> ReadTsv(string path, int columns)
    {
        if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
        using var reader = new StreamReader(path);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { Separator = '\t', HasHeader = true, TrackLineNumbers = true }, false);
        var rows = new List<(int, string[])>();
        while (csv.Read())
        {
            var fields = Enumerable.Range(0, columns).Select(i => i < csv.FieldCount ? csv.GetString(i) : "").ToArray();
            if (string.IsNullOrWhiteSpace(fields[0]) || string.IsNullOrWhiteSpace(fields[1]))
                throw new UsageException($"{path}, line {csv.LineNumber}: expected {columns} tab-separated fields (id, text…), found {csv.FieldCount}");
            rows.Add(((int)csv.LineNumber, fields));
        }
        return rows;
    }

    /// <summary>TREC qrels: "query 0 doc relevance" per line; relevance 0 lines are left out.</summary>
    public static Dictionary<string, HashSet<string>> ReadQrels(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
        var map = new Dictionary<string, HashSet<string>>();
        var line = 0;
        foreach (var l in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(l)) continue;
            var p = l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (p.Length != 4) throw new UsageException($"{path}, line {line}: expected 'query 0 doc relevance', got '{Clip(l)}'");
            if (p[3] == "0") continue;
            if (!map.TryGetValue(p[0], out var set)) map[p[0]] = set = [];
            set.Add(p[2]);
        }
        return map;
    }
}
