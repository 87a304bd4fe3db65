using System.Text;
using System.Text.Json;
using FactCheck.Extraction;

namespace FactCheck.Cli;

public static class ExtractCommands
{
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Reads an article as UTF-8 (a path, or - for stdin); refuses binary files and other encodings with the reason.</summary>
    public static string ReadArticle(string path)
    {
        byte[] bytes;
        if (path == "-")
        {
            using var ms = new MemoryStream();
            Console.OpenStandardInput().CopyTo(ms);
            bytes = ms.ToArray();
        }
        else
        {
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
            if (new FileInfo(path).Length > MaxBytes) throw new UsageException($"{path}: larger than {MaxBytes / 1024 / 1024} MB; split it into articles");
            bytes = File.ReadAllBytes(path);
        }
        var name = path == "-" ? "stdin" : path;
        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0) throw new UsageException($"{name}: looks binary (a NUL byte at offset {nul}); give UTF-8 text");
        try { return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException ex) { throw new UsageException($"{name}: not UTF-8 text (invalid bytes at offset {ex.Index}); convert it first, e.g. iconv -f latin1 -t utf-8"); }
    }

    static object Span(TextSpan s) => new { start = s.Start, end = s.End, text = s.Text };

    public static int Extract(Args a, TextWriter o, TextWriter err)
    {
        var files = a.Positional.Skip(1).ToList();
        if (files.Count == 0) throw new UsageException("give one or more FILEs (or - for stdin)");
        var json = a.Has("json");
        foreach (var file in files)
        {
            var text = ReadArticle(file);
            var found = AttributionExtractor.Extract(text);
            if (json)
            {
                o.WriteLine(JsonSerializer.Serialize(new
                {
                    file,
                    attributions = found.Select(x => new
                    {
                        source = Span(x.Source), cue = Span(x.Cue), content = Span(x.Content), speaker = x.Speaker, speakerKind = x.SpeakerKind ?? FactCheck.Publishing.SpeakerKinds.Kind(x.Speaker), speakerRole = x.SpeakerRole, channel = x.Channel,
                        quotes = x.Quotes.Select(Span), checkworthiness = x.CheckWorthiness, reasons = x.Reasons,
                    }),
                }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                continue;
            }
            o.WriteLine($"{file}: {found.Count} attribution(s)");
            if (text.Trim().Length == 0) err.WriteLine($"{file}: empty");
            var n = 0;
            foreach (var x in found)
            {
                o.WriteLine();
                o.WriteLine($"[{++n}] {x.Speaker}{(x.Channel is null ? "" : $" (via {x.Channel})")} — {(x.Cue.Length > 0 ? x.Cue.Text : "(continues the quotation before)")}   check-worthiness {x.CheckWorthiness:0.00}");
                o.WriteLine(x.Source.Length > 0 ? $"    source:  {x.Source.Text}  [{x.Source.Start}..{x.Source.End})" : "    source:  (not named in the article)");
                o.WriteLine($"    content: {x.Content.Text}  [{x.Content.Start}..{x.Content.End})");
                foreach (var q in x.Quotes) o.WriteLine($"    quote:   “{q.Text}”");
                if (x.Reasons.Count > 0) o.WriteLine($"    why:     {string.Join("; ", x.Reasons)}");
            }
        }
        return 0;
    }
}

/// <summary>
/// `factcheck ingest PATH… [--title T] [--outlet O] [--published DATE] [--url U] [--all] [--as USER] [--quiet]`: stores
/// articles and opens their check-worthy claims. One file prints its attributions; many files (or folders, read for
/// their *.txt) print a summary table; each article is stored once (by its text), a file that cannot be read is listed
/// and the rest go on; Ctrl+C stops between articles and says what was done.
/// </summary>
public static class IngestCommand
{
    sealed record Row(string File, string Status, long? ArticleId, int Attributions, int Opened);

    public static async Task<int> Run(CliHost host, Commands.Context c)
    {
        var a = c.Args;
        var o = c.Out;
        var files = Files(a.Positional.Skip(1).ToList());
        if (files.Count > 1 && (a.Opt("title") is not null || a.Opt("url") is not null))
            throw new UsageException("--title and --url name one article; give one FILE, or leave them out for many");
        DateTimeOffset? published = null;
        if (a.Opt("published") is { } p)
            published = DateTimeOffset.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d)
                ? d.ToUniversalTime() : throw new UsageException($"--published must be a date such as 2022-12-19, not '{p}'");
        var actor = await host.Actor(a, required: false);
        Task<FactCheck.Features.Articles.IngestArticle.Result> Ingest(string text) =>
            host.Send(new FactCheck.Features.Articles.IngestArticle.Command(text, a.Opt("title"), a.Opt("outlet"), a.Opt("url"), published, a.Has("all"), Actor: actor)).AsTask(); // Ctrl+C is checked between articles, never inside one

        if (files.Count == 1)
        {
            var r = await Ingest(ExtractCommands.ReadArticle(files[0]));
            if (!r.Created)
            {
                o.WriteLine($"already ingested as article {r.ArticleId} on {r.StoredAt:yyyy-MM-dd HH:mm}Z; nothing created");
                return 0;
            }
            var skipped = r.Items.Count - r.Opened - r.Capped;
            o.WriteLine($"article {r.ArticleId} stored; {r.Items.Count} attribution(s): opened {r.Opened} claim(s)" +
                        (skipped > 0 ? $", {skipped} below check-worthiness {r.Threshold:0.00} not opened (--all opens them)" : "") +
                        (r.Capped > 0 ? $", {r.Capped} more not opened: at most {r.Cap} per article (FactCheck:Intake:MaxClaimsPerArticle)" : ""));
            foreach (var i in r.Items)
                o.WriteLine($"  {(i.ClaimId is { } id ? $"claim {id,-5}" : "  —       ")} {i.Attribution.CheckWorthiness:0.00}  {i.Attribution.Speaker}: {Short(i.Attribution.Content.Text, 80)}");
            return 0;
        }

        var rows = new List<Row>();
        var stopped = false;
        await LongWork.Run(c, "articles ingested", files.Count, async progress =>
        {
            foreach (var file in files)
            {
                if (c.Stop.IsCancellationRequested) { stopped = true; break; }
                try
                {
                    var r = await Ingest(ExtractCommands.ReadArticle(file));
                    rows.Add(r.Created ? new Row(file, "stored", r.ArticleId, r.Items.Count, r.Opened) : new Row(file, "already ingested", r.ArticleId, 0, 0));
                }
                catch (Exception ex) when (ex is UsageException or FactCheckException) { rows.Add(new Row(file, "error: " + ex.Message, null, 0, 0)); }
                progress.Report(rows.Count);
            }
            return 0;
        });
        var width = Math.Min(60, rows.Max(r => r.File.Length));
        o.WriteLine($"{"file".PadRight(width)}  {"article",7}  {"attributions",12}  {"opened",6}  status");
        foreach (var r in rows)
            o.WriteLine($"{Short(r.File, width).PadRight(width)}  {r.ArticleId?.ToString() ?? "—",7}  {r.Attributions,12}  {r.Opened,6}  {r.Status}");
        var stored = rows.Count(r => r.Status == "stored");
        var failed = rows.Count(r => r.Status.StartsWith("error", StringComparison.Ordinal));
        o.WriteLine($"{files.Count} file(s): {stored} stored, {rows.Count(r => r.Status == "already ingested")} already ingested, {failed} failed; " +
                    $"{rows.Sum(r => r.Attributions)} attribution(s), {rows.Sum(r => r.Opened)} claim(s) opened");
        if (stopped)
        {
            c.Err.WriteLine($"stopped by Ctrl+C after {rows.Count} of {files.Count} file(s); the others were not read");
            return 130;
        }
        return failed > 0 ? 2 : 0;
    }

    /// <summary>The files to read: each path as given, a folder's *.txt in name order, - for stdin.</summary>
    static List<string> Files(List<string> paths)
    {
        if (paths.Count == 0) throw new UsageException("give one or more FILEs or folders (or - for stdin)");
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var inside = Directory.GetFiles(p, "*.txt").Order(StringComparer.Ordinal).ToList();
                if (inside.Count == 0) throw new UsageException($"{p}: a folder without *.txt articles");
                files.AddRange(inside);
            }
            else if (p == "-" || File.Exists(p)) files.Add(p);
            else throw new UsageException($"{p}: no such file or folder");
        }
        return files;
    }

    static string Short(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
